/**
 * Checks one plan that has a gold reading (`<name>.xlsx` beside `<name>.gold.json`) as the pane would:
 * the gold's sheet, with the workbook around it (file name, sheet names, document properties, key sheets, other sheets' titles),
 * as at 31 March 2021. Shared by `npm run measure:reader` and the corpus test, so both score the same reading.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkPlan } from '../../shared/check-plan';
import { readOtherSheets } from '../../shared/grid';
import type { PlanReport } from '../../shared/types';
import { readWorkbook } from '../../shared/xlsx';
import { scoreReading, type Gold, type ReadingScore } from './score-reading';

export const GOLD_AS_AT = new Date(Date.UTC(2021, 2, 31));

/**
 * Blind batches sealed until their one measure on arrival: no default walk reads them (measure:reader, list-findings and
 * the other scripts with no folder named), so nobody tuning the reader sees how it reads them before that measure.
 * Measured by naming the folder: `npm run measure:reader -- tests/corpus/holdout25`. Unsealed once measured.
 */
// One batch per line, so batches landing at once merge cleanly.
export const SEALED: ReadonlySet<string> = new Set<string>([
]);

/**
 * The gold readings (`<name>.gold.json`) under each root, in order: a folder's sorted by name, a plan given by its
 * .xlsx as its gold; by default samples/ and then every batch folder of tests/corpus/ not sealed (`SEALED`; none now: holdout93–96 were measured once on the session's start reader, 83dc2f31), sorted. Shared by
 * `npm run measure:reader` and the scripts of tests/reader/, so they walk the same plans in the same order.
 *
 * @example
 * goldPaths(['tests/corpus/holdout21']); // ['tests/corpus/holdout21/…-ashby.gold.json', …]
 */
export function goldPaths(roots: readonly string[] = ['samples', ...readdirSync('tests/corpus').map((d) => join('tests/corpus', d)).filter((d) => statSync(d).isDirectory() && !SEALED.has(d)).sort()]): string[] {
  return roots.flatMap((root) => {
    if (!existsSync(root)) return [];
    if (statSync(root).isFile()) return [root.replace(/\.xlsx$/, '.gold.json')];
    return readdirSync(root).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(root, f));
  });
}

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
