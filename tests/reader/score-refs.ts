/**
 * `npx tsx tests/reader/score-refs.ts` — how many gold refs (the plan's own action numbers) the reader reads, over the
 * plans with a gold reading (samples/, tests/corpus/), and the plans where it misses some. measure:reader does not
 * score refs; a ref missed leaves the action without the number the trust knows it by.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldPlan } from '../support/read-gold-plan';

const roots = ['samples', ...readdirSync('tests/corpus').map((d) => join('tests/corpus', d)).filter((d) => statSync(d).isDirectory()).sort()];
let scored = 0;
let right = 0;
const missed = new Map<string, string[]>();
for (const root of roots) {
  for (const file of readdirSync(root).filter((f) => f.endsWith('.gold.json')).sort()) {
    const { gold, report } = await readGoldPlan(join(root, file));
    const byRow = new Map(report.actions.map((a) => [a.row, a]));
    for (const g of gold.actions) {
      if (!g.ref) continue;
      scored++;
      const read = String(byRow.get(g.row)?.ref ?? '').trim();
      if (read === String(g.ref).trim()) right++;
      else missed.set(file, [...(missed.get(file) ?? []), `row ${g.row}: '${g.ref}' read '${read}'`]);
    }
  }
}
console.log(`refs read as the gold says: ${right}/${scored}`);
for (const [file, rows] of missed) console.log(`  ${file.replace('.gold.json', '')}: ${rows.length} (${rows.slice(0, 2).join('; ')})`);
