/**
 * "Reading does not change under these changes": every plan with a gold reading (the bundled real plans and
 * the written corpus) is laid out again the way trusts lay plans out — reworded, capitalised and broken
 * header cells, title and intro rows, a key block, another column order, an unrelated column, a key written
 * into the status header, headings above header rows, spacer rows, a two-row header, in any combination —
 * and must be read exactly as before: the same actions at their new rows, with the same fields.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid, PlanReport } from '../../../shared/types';
import { readWorkbook } from '../../../shared/xlsx';
import { CHANGES, gridOf, layoutOf } from '../../support/vary-layout';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
// A blind batch is measured (docs/reader.md) before the reader learns from it; until then its known misreadings are not
// held steady under layout changes, and it is listed here. Every batch in the repo has been learnt from, holdout7 last:
// its status marks under R | A | G, key blocks and milestone columns now hold under every change (a status band moves
// as one and takes no column inside it, as no trust splits one: see bandsOf in tests/support/vary-layout.ts). holdout8 and
// holdout9, the fourth and fifth blind batches, are held out until they are learnt from.
const NOT_YET_LEARNT = new Set<string>(['tests/corpus/holdout8', 'tests/corpus/holdout9', 'tests/corpus/holdout10']);
const DIRS = ['samples', ...readdirSync('tests/corpus').map((d) => `tests/corpus/${d}`).filter((d) => statSync(d).isDirectory()).filter((d) => !NOT_YET_LEARNT.has(d)).sort()];
const plans = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.gold.json')).map((f) => `${d}/${f.replace('.gold.json', '')}`));

/** What a user sees of each action: compared field by field, whatever the layout. */
const seen = (report: PlanReport, row: number, theme: string | null | undefined) => {
  const a = report.actions.find((x) => x.row === row);
  if (!a) return null;
  return { action: a.action, lead: a.lead, due: a.due.text, indicators: a.indicators, theme: theme === undefined ? a.theme : theme, statusRag: a.statusRag, progress: a.progress, outcome: a.outcome };
};

describe.each(plans)('the layout of %s changes; its reading does not', (plan) => {
  let grid: Grid;
  let before: PlanReport;
  beforeAll(async () => {
    const gold = JSON.parse(readFileSync(`${plan}.gold.json`, 'utf8')) as { sheet: string };
    const { sheets } = await readWorkbook(readFileSync(`${plan}.xlsx`));
    grid = sheets.find((s) => s.sheetName === gold.sheet)!;
    before = checkPlan(grid, { asAt: AS_AT });
  });

  it('reads the same actions, fields, indicators and colours after any combination of changes', () => {
    const names = Object.keys(CHANGES);
    fc.assert(
      fc.property(fc.shuffledSubarray(names, { minLength: 1 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (chosen, dice) => {
        let i = 0;
        const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
        const layout = layoutOf(grid);
        for (const name of chosen) CHANGES[name](layout, before, pick);
        const after = checkPlan(gridOf(layout), { asAt: AS_AT });
        const headers = before.headerRows.map((r) => r - 1).filter((h, k, all) => all[k - 1] !== h - 1);
        for (const a of before.actions) {
          const block = [...headers].reverse().find((h) => h < a.row - 1);
          const theme = block === undefined ? undefined : layout.themeOfBlock.get(block);
          const expected = { ...seen(before, a.row, undefined)!, ...(theme ? { theme } : {}) };
          expect(seen(after, layout.rowOf[a.row - 1] + 1, undefined), `row ${a.row} after ${chosen.join(', ')}`).toEqual(expected);
        }
        expect(after.actions).toHaveLength(before.actions.length);
        expect(after.standard).toBe(before.standard);
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 30) },
    );
  });
});
