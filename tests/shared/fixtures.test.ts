import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/check-plan';
import { readWorkbook } from '../../shared/xlsx';
import { scoreReading, type Gold } from '../support/score-reading';

const fixtures = readdirSync('samples').filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));

describe.each(fixtures)('the real plan %s', (name) => {
  const gold = JSON.parse(readFileSync(`samples/${name}.gold.json`, 'utf8')) as Gold;
  const load = async () => {
    const { sheets } = await readWorkbook(readFileSync(`samples/${name}.xlsx`));
    const grid = sheets.find((s) => s.sheetName === gold.sheet)!;
    return checkPlan(grid, { asAt: new Date(Date.UTC(2021, 2 /* Mar */, 31)) });
  };

  it('finds every gold action at its row', async () => {
    expect(scoreReading(gold, await load()).missed).toEqual([]);
  });

  it('reads no title, legend, section or header row as an action', async () => {
    const report = await load();
    expect(scoreReading(gold, report).falseActions).toEqual([]);
    expect(report.headerRows).toEqual(gold.headerRows);
  });

  it('detects the standard', async () => {
    expect((await load()).standard).toBe(gold.standard);
  });

  // One judgement call is left to the gold: northants item 8 is given indicator 2 from its wording
  // ("recruitment and selection policy") in a plan with no indicator column, while six other items with
  // such wording are left without one. The reader does not guess indicators from an action's own words.
  it('reads at least 99% of scored fields as the gold says', async () => {
    const score = scoreReading(gold, await load());
    console.log(`${name}: ${score.fieldsEqual}/${score.fieldsScored} scored fields equal${score.wrong.length ? `; differs: ${score.wrong.join('; ')}` : ''}`);
    expect(score.fieldsEqual / score.fieldsScored).toBeGreaterThanOrEqual(0.99);
  });
});
