/**
 * `npx tsx tests/reader/list-keys.ts [> keys.txt]` — for every plan with a gold reading (samples/, tests/corpus/), the
 * RAG key the reader used (where it came from and its entries) and how many findings of each rule the plan raised. Run
 * it on two trees and diff the output to see which plans a change to key reading touches: measure:reader scores the
 * stated RAG from the fills, so a key missed shows only here (and to the user, as statuses "not recognised").
 */
import { basename } from 'node:path';
import { goldPaths, readGoldPlan } from '../support/read-gold-plan';

for (const goldPath of goldPaths()) {
  const { report } = await readGoldPlan(goldPath);
  const rules = new Map<string, number>();
  for (const issue of report.issues) rules.set(issue.rule, (rules.get(issue.rule) ?? 0) + 1);
  const entries = report.ragKey.entries.map((e) => `${e.label}=${e.rag ?? 'no colour'}`).join(', ');
  const counts = [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule}:${n}`).join(' ');
  console.log(`${basename(goldPath, '.gold.json')}\t${report.ragKey.source}: ${entries}\t${counts}`);
}
