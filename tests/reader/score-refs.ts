/**
 * `npx tsx tests/reader/score-refs.ts` — how many gold refs (the plan's own action numbers) the reader reads, over the
 * plans with a gold reading (samples/, tests/corpus/), and the plans where it misses some. measure:reader does not
 * score refs; a ref missed leaves the action without the number the trust knows it by.
 */
import { basename } from 'node:path';
import { goldPaths, readGoldPlan } from '../support/read-gold-plan';

let scored = 0;
let right = 0;
const missed = new Map<string, string[]>();
for (const goldPath of goldPaths()) {
  const { gold, report } = await readGoldPlan(goldPath);
  const plan = basename(goldPath, '.gold.json');
  const byRow = new Map(report.actions.map((a) => [a.row, a]));
  for (const g of gold.actions) {
    if (!g.ref) continue;
    scored++;
    const read = String(byRow.get(g.row)?.ref ?? '').trim();
    if (read === String(g.ref).trim()) right++;
    else missed.set(plan, [...(missed.get(plan) ?? []), `row ${g.row}: '${g.ref}' read '${read}'`]);
  }
}
console.log(`refs read as the gold says: ${right}/${scored}`);
for (const [plan, rows] of missed) console.log(`  ${plan}: ${rows.length} (${rows.slice(0, 2).join('; ')})`);
