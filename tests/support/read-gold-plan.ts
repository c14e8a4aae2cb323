/**
 * Checks one plan that has a gold reading (`<name>.xlsx` beside `<name>.gold.json`) as the pane would:
 * the gold's sheet, with the workbook around it (file name, sheet names, document properties, key sheets, other sheets' titles),
 * as at 31 March 2021. Shared by `npm run measure:reader` and the corpus test, so both score the same reading.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkPlan } from '../../shared/check-plan';
import { readOtherSheets } from '../../shared/grid';
import type { PlanReport } from '../../shared/types';
import { readWorkbook } from '../../shared/xlsx';
import { scoreReading, type Gold, type ReadingScore } from './score-reading';

export const GOLD_AS_AT = new Date(Date.UTC(2021, 2, 31));

/**
 * @example
 * const { score } = await readGoldPlan('tests/corpus/dev/dev-wres-2016-17-nhft.gold.json');
 * score.found === score.goldActions; // every gold action found
 */
export async function readGoldPlan(goldPath: string): Promise<{ gold: Gold; report: PlanReport; score: ReadingScore }> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const xlsx = goldPath.replace(/\.gold\.json$/, '.xlsx');
  const { sheets, properties } = await readWorkbook(readFileSync(xlsx));
  const grid = sheets.find((s) => s.sheetName === gold.sheet) ?? sheets[0];
  const report = checkPlan(grid, {
    asAt: GOLD_AS_AT,
    workbook: { fileName: basename(xlsx), sheetNames: sheets.map((s) => s.sheetName), properties, ...readOtherSheets(sheets, grid.sheetName ?? '') },
  });
  return { gold, report, score: scoreReading(gold, report) };
}
