/**
 * `npm run measure:reader [-- DIR_OR_FILE …] [--verbose]` — how well the reader reads plans that have a gold
 * reading (`<name>.xlsx` beside `<name>.gold.json`): per plan and pooled, the share of gold actions found,
 * the non-action rows read as actions, and the share of scored fields (action, lead, timescale, indicator,
 * theme, stated RAG, several indicators) read as the gold says, and who the plan is (its period and trust) and each
 * action's status as stated, where the gold says. Defaults to samples/ and tests/corpus/.
 */
import { basename } from 'node:path';
import { goldPaths, readGoldPlan } from '../support/read-gold-plan';
import { scoreIdentity, scoreStatus } from '../support/score-reading';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const targets = args.filter((a) => !a.startsWith('--'));

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const rows: string[][] = [];
const pooled = { gold: 0, found: 0, falses: 0, scored: 0, equal: 0, perfect: 0, plans: 0 };
const identity = { scored: 0, equal: 0, wrong: [] as string[] };
const status = { scored: 0, equal: 0, wrong: [] as string[] };
for (const goldPath of goldPaths(targets.length ? targets : undefined)) {
  const { score: s, gold, report } = await readGoldPlan(goldPath);
  const xlsx = goldPath.replace(/\.gold\.json$/, '.xlsx');
  pooled.plans++;
  pooled.gold += s.goldActions;
  pooled.found += s.found;
  pooled.falses += s.falseActions.length;
  pooled.scored += s.fieldsScored;
  pooled.equal += s.fieldsEqual;
  if (s.found === s.goldActions && s.falseActions.length === 0 && s.fieldsEqual === s.fieldsScored) pooled.perfect++;
  rows.push([basename(goldPath, '.gold.json'), `${s.found}/${s.goldActions}`, String(s.falseActions.length), pct(s.fieldsEqual, s.fieldsScored)]);
  const who = scoreIdentity(gold, report);
  identity.scored += who.scored;
  identity.equal += who.equal;
  identity.wrong.push(...who.wrong.map((w) => `  ${basename(xlsx)} ${w}`));
  const stated = scoreStatus(gold, report);
  status.scored += stated.scored;
  status.equal += stated.equal;
  status.wrong.push(...stated.wrong.map((w) => `  ${basename(xlsx)} ${w}`));
  if (verbose) {
    if (s.missed.length) console.log(`  ${basename(xlsx)} missed rows: ${s.missed.join(', ')}`);
    if (s.falseActions.length) console.log(`  ${basename(xlsx)} non-actions read as actions: ${s.falseActions.join(', ')}`);
    for (const w of s.wrong) console.log(`  ${basename(xlsx)} ${w}`);
  }
}
const width = [0, 1, 2, 3].map((i) => Math.max(...[['plan', 'actions found', 'non-actions read', 'fields right'], ...rows].map((r) => r[i].length)));
for (const r of [['plan', 'actions found', 'non-actions read', 'fields right'], ...rows]) console.log(r.map((c, i) => c.padEnd(width[i])).join('  '));
console.log(`\npooled over ${pooled.plans} plans: actions found ${pct(pooled.found, pooled.gold)} (${pooled.found}/${pooled.gold}), non-action rows read as actions ${pooled.falses}, fields right ${pct(pooled.equal, pooled.scored)} (${pooled.equal}/${pooled.scored}), plans read completely ${pooled.perfect}/${pooled.plans}`);
if (verbose) for (const w of identity.wrong) console.log(w);
console.log(`who the plan is (period and trust): ${pct(identity.equal, identity.scored)} (${identity.equal}/${identity.scored})`);
if (verbose) for (const w of status.wrong) console.log(w);
console.log(`status as the plan states it: ${pct(status.equal, status.scored)} (${status.equal}/${status.scored})`);
