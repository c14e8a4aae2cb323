/**
 * `npx tsx tests/reader/list-findings.ts [RULE] [> findings.txt]` — every finding of one rule ('status-not-in-key',
 * 'due-unparsed', …), or of every rule, over the plans with a gold reading (samples/, tests/corpus/), with where the
 * plan's key came from. Users see these findings before the board and measure:reader does not score them, so diff this
 * list on two trees to see which findings a change adds or removes.
 *
 * @example
 * // npx tsx tests/reader/list-findings.ts status-not-in-key
 * // holdout2-wres-2019-20-thornbury | default | status-not-in-key | Row 7: status "Open" is not a status we recognise …
 */
import { basename } from 'node:path';
import { goldPaths, readGoldPlan } from '../support/read-gold-plan';

const rule = process.argv[2];
for (const goldPath of goldPaths()) {
  const { report } = await readGoldPlan(goldPath);
  for (const issue of report.issues) {
    if (!rule || issue.rule === rule) console.log(`${basename(goldPath, '.gold.json')} | ${report.ragKey.source} | ${issue.rule} | ${issue.message}`);
  }
}
