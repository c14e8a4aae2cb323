/**
 * `npx tsx tests/reader/list-unknown-statuses.ts [> statuses.txt]` — every 'status-not-in-key' finding ("status "X" is not
 * a status we recognise … use one of those words") over the plans with a gold reading (samples/, tests/corpus/), with
 * where the plan's key came from. Users see these before the board and measure:reader does not score statuses, so diff
 * this list on two trees to see which findings a change to status reading adds or removes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldPlan } from '../support/read-gold-plan';

const roots = ['samples', ...readdirSync('tests/corpus').map((d) => join('tests/corpus', d)).filter((d) => statSync(d).isDirectory()).sort()];
for (const root of roots) {
  for (const file of readdirSync(root).filter((f) => f.endsWith('.gold.json')).sort()) {
    const { report } = await readGoldPlan(join(root, file));
    for (const issue of report.issues) {
      if (issue.rule === 'status-not-in-key') console.log(`${file.replace('.gold.json', '')} | ${report.ragKey.source} | ${issue.message}`);
    }
  }
}
