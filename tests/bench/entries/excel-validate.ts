/**
 * excel.validate.*@10000rows: the pane's validate-and-colour flow (read the sheet, check it, colour
 * it) through the add-in's Office.js adapter against the fake Excel, with a 10,000-action plan built
 * from a sample plan's shape. Reports the counted context.sync() round trips and format operations.
 */
import { join } from 'node:path';
import { planFills } from '../../../addin/colour/plan-fills';
import { readAuthorsGrid } from '../../../addin/colour/read-authors-grid';
import { createOfficeAdapter } from '../../../addin/excel/office-adapter';
import { checkPlan } from '../../../shared/check-plan';
import { FakeWorkbook } from '../../support/fake-excel';
import type { BenchEntry } from '../measure';
import { replicatePlan } from './core-validate';
import { readSampleGrids } from './sample-grids';

const AS_AT = new Date(2023, 9 /* Oct */, 31);

/**
 * Runs the flow once for each colour mode the pane offers and reports the worst of them.
 *
 * @example
 * const entries = await measureExcelValidate(); // syncs and formatOps at 10,000 rows
 */
export async function measureExcelValidate(): Promise<BenchEntry[]> {
  const [sample] = await readSampleGrids(join(process.cwd(), 'samples', 'kmpt-wres-2020-22.xlsx'));
  const plan = replicatePlan(sample, 10_000);
  let syncs = 0;
  let formatOps = 0;
  for (const mode of ['status', 'row'] as const) {
    const book = new FakeWorkbook([plan.sheetName ?? 'Plan']);
    const sheet = book.activeSheet;
    const top = plan.origin?.row ?? 0;
    const left = plan.origin?.column ?? 0;
    sheet.setValues(plan.values.map((row) => row.map((v) => v ?? '')), top, left);
    plan.fills?.forEach((row, r) => row.forEach((fill, c) => fill && (sheet.cell(top + r, left + c).fill = fill)));
    book.resetStats();

    // The same steps as the pane's validate(): one read (with the colours the add-in keeps), the core, one colouring write.
    const adapter = createOfficeAdapter(book.excel as never);
    const grid = await readAuthorsGrid(adapter);
    const report = checkPlan(grid, { asAt: AS_AT });
    if (report.actions.length < 9_000) throw new Error(`only ${report.actions.length} actions recognised in the fake sheet`);
    const lastColumn = Math.max(0, ...grid.values.map((r) => r.length - 1)) + (grid.origin?.column ?? 0);
    await adapter.formatCells(planFills(report, mode, lastColumn));
    process.stderr.write(`bench: excel ${mode} mode — ${book.stats.syncs} syncs, ${book.stats.formatOps} format ops, largest request ${(book.stats.maxPayloadBytes / 1024).toFixed(0)} KiB\n`);
    syncs = Math.max(syncs, book.stats.syncs);
    formatOps = Math.max(formatOps, book.stats.formatOps);
  }
  return [
    { name: 'excel.validate.syncs@10000rows', value: syncs, unit: 'syncs' },
    { name: 'excel.validate.formatOps@10000rows', value: formatOps, unit: 'ops' },
  ];
}
