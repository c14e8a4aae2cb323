import { readFileSync } from 'node:fs';
import { checkPlan } from './shared/check-plan';
import { readWorkbook } from './shared/xlsx';
import { CHANGES, gridOf, layoutOf } from './tests/support/vary-layout';
const [plan, list, ...dice] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(`${plan}.gold.json`, 'utf8'));
const { sheets } = await readWorkbook(readFileSync(`${plan}.xlsx`));
const grid = sheets.find((s) => s.sheetName === gold.sheet)!;
const asAt = new Date(Date.UTC(2021, 2, 31));
const before = checkPlan(grid, { asAt });
const d = dice.map(Number); let i = 0;
const layout = layoutOf(grid);
for (const n of list.split(',')) CHANGES[n](layout, before, (k) => (k <= 1 ? 0 : (d[i++ % Math.max(1, d.length)] ?? 0) % k));
const after = checkPlan(gridOf(layout), { asAt });
console.log('before', before.headerRows.join(), JSON.stringify(before.columns), 'after', after.headerRows.join(), JSON.stringify(after.columns));
let shown = 0;
for (const a of before.actions) {
  const b = after.actions.find((x) => x.row === layout.rowOf[a.row - 1] + 1);
  if (!b) { console.log('MISSING', a.row); continue; }
  for (const k of ['action', 'lead', 'theme', 'statusRag', 'progress', 'outcome'] as const) if (a[k] !== b[k] && shown++ < 12) console.log(a.row, k, JSON.stringify(String(a[k]).slice(0, 50)), '→', JSON.stringify(String(b[k]).slice(0, 50)));
  if (a.due.text !== b.due.text && shown++ < 12) console.log(a.row, 'due', a.due.text, '→', b.due.text);
  if (a.indicators.join() !== b.indicators.join() && shown++ < 12) console.log(a.row, 'ind', a.indicators, '→', b.indicators);
}
console.log('counts', before.actions.length, after.actions.length);
if (process.env.DUMP) gridOf(layout).values.slice(0, 14).forEach((r, k) => console.log(k + 1, JSON.stringify(r.map((v) => typeof v === 'string' ? v.slice(0, 30) : v))));
if (process.env.EV) { console.log(after.columnEvidence.map((e) => e.reason)); }
if (process.env.LAST) {
  const { viewSheet } = await import('./shared/grid/view-sheet');
  const { findTables } = await import('./shared/grid/find-tables');
  const { assignColumns } = await import('./shared/grid/assign-columns');
  const g = gridOf(layout); const s = viewSheet(g); const t = findTables(s)[0];
  const h = after.headerRows.at(-1)! - 1;
  const rows = after.actions.filter((a) => a.row - 1 > h).map((a) => a.row - 1);
  console.log('rows', rows, g.values[h]);
  const a = assignColumns(s, t, h, rows, {}, null);
  console.log(a.map, a.evidence.map((e) => `${e.column} ${e.confidence} ${e.reason}`));
}
if (process.env.KEY) { console.log(JSON.stringify(before.ragKey), '\n', JSON.stringify(after.ragKey)); }
if (process.env.TABLES) {
  const { viewSheet } = await import('./shared/grid/view-sheet');
  const { findTables } = await import('./shared/grid/find-tables');
  console.log(findTables(viewSheet(gridOf(layout))), findTables(viewSheet(grid)));
}
