/**
 * The plans the layout properties vary (`tests/shared/grid/*.property.test.ts`): every plan with a gold reading in a
 * batch the reader has learnt from, and what a user sees of each action. One list of held-out batches for both.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { Grid, PlanReport } from '../../shared/types';
import { readWorkbook } from '../../shared/xlsx';
import { SEALED } from './read-gold-plan';

/**
 * A blind batch is measured (docs/reader.md) before the reader learns from it; until then its known misreadings are
 * not held steady under layout changes, so its first measure stays honest. Every other batch has been learnt from:
 * holdout7's status marks under R | A | G, key blocks and milestone columns hold under every change (a status band moves
 * as one and takes no column inside it, as no trust splits one: see bandsOf in vary-layout.ts); holdout8's statuses and
 * keys written in coloured text keep their colours (each change moves text colours with their cells), and holdout9's
 * stacked forms take a field they do not need as one more label row, as a form does (isForm in vary-layout.ts).
 * holdout10–12 joined after the changes kept to what trusts do (a responsibility matrix's role headers are who leads, so
 * never reworded, and compared case-blind; a list export's run-together headers capitalised with their words apart; the
 * rows above the plan kept in their columns when the plan's are reordered) and the reader learnt keys and small tables
 * left where they were typed (docs/reader.md, "The layout properties and holdout8–14"). holdout13 joined once learnt, its
 * 12 plans passing both properties as they were. holdout14 joined once its icon-set lights, update logs and numbering
 * note were learnt, after the changes learnt to carry what Excel keeps beside the cells with them: each icon-set light,
 * each conditional-format rule's range, and the row outline (a row put in keeps every group whole, an action's update log
 * grouped under it) — kelsby's lights had been dropped by every change. holdout15 joined once its revision marks, key
 * lines in either order, objective columns and cell notes were learnt (100 % of its gold). holdout16 joined once the
 * lead of two people columns, a status opening its update in its own colour and the print header were learnt (100 %),
 * passing both properties as it was. holdout17 joined once its findings columns, withdrawn rows hidden by hand, keys in a
 * note and action text coloured by status were learnt (100 %); the changes carry hidden rows and the filter's range as
 * Excel moves them. holdout18 joined once its pivot tables, sections that give a timescale and records of two rows were
 * learnt, and the changes learnt to lay out a plan printed as records as a table (an added column beside a column, laid out
 * as it is; never a row put inside each record) and the reader to read records on past blank rows, one-cell lines and a
 * header printed again (lintwell; all 12 plans pass both properties at 100 runs, seeds 1–5). holdout19 joined once two
 * plans side by side on one sheet and codes in a key were learnt (100 %), its 12 plans passing both properties at 100
 * runs, seeds 1–3. holdout20 joined once a project plan's summary tasks, a timescale over several columns, a colour-only
 * RAG cell beside a status word and a colour-coded priority area were learnt (98.6 %: cobbleford's merged 'Priority'
 * column is read as the theme, against its gold and with brackenfield's), the changes learning to move each cell's
 * indent with it, to keep an added column out of a group under a merged label and a key printed beside the table in
 * place; all 12 plans pass both properties at 100 runs, seeds 1–3. holdout21 joined once its summary line under
 * each group, a template's guidance and example rows, a roadmap's actions in period columns and metric titles naming each
 * part were learnt (98.7 %), the changes learning to move rows set aside as summaries with the plan's columns and to leave
 * alone a period header that is an action's timescale; all 12 plans pass both properties at 100 runs, seeds 1–3. holdout22 joined once its headings saying whose
 * actions follow and its gap analysis were learnt (100 %), its 12 plans passing both properties at 100 runs, seeds 1–3.
 * holdout23 joined once its driver diagram's header (found from the contents under short labels), its log typing rows
 * Action / Decision, its roll-out matrix and a note reserving a code for every indicator were learnt (100 %), and holdout24
 * (the layouts of published plans) once a heading over lines describing its block, several indicators in one cell and
 * 'N/A' as no lead were learnt (99.6 %); both batches' 12 plans pass both properties at 100 runs, seeds 1–3.
 * holdout25 (the layouts of published plans) joined once its plans kept as documents were learnt (99.5 %), the reader
 * learning to read a document on over blank rows, page heads and a figure beside its bullets, to stop a list at a note
 * or an empty section, and no longer to take an intro paragraph for the plan's title (mercianvale's actions were set
 * aside as another year's plan under its own title printed again); its 10 plans pass both properties at 100 runs, seeds 1–3.
 * holdout26 (the layouts of published plans) joined once its documents of commitments in the plan's own voice, a list's
 * subject from the heading above it, lines evidencing a block, 'All priority areas' and a 'Priority objective' column were
 * learnt (100 %), the reader learning to pass over a version history or sign-off table above or under the plan; its 9
 * plans pass both properties at 100 runs, seeds 1–3. holdout27–30 joined in session 14 (tests/shared/corpus.test.ts). holdout31 and
 * holdout33 joined in session 15, their 16 plans passing both properties at 100 runs, seeds 1–3, and holdout32 and holdout34
 * (17 plans) once a copy of the plan over a page break or under a sign-off, and a version history under a log's records,
 * were learnt. holdout35–38 joined in session 16, their 36 plans passing both properties at 100 runs, seeds 1–3. holdout39,
 * 44 and 45 (measured on arrival, b350c72) joined in session 17, their 30 plans passing both properties at 100 runs,
 * seeds 1–3, once a partners question under a group label and a key in a header the reader has no words for were learnt.
 * holdout41 and 43 pass both properties but each has a plan whose period or trust is misread (westmarch, medlock);
 * holdout40 (fernbrook), 42 (rothwenny, ashlingford) and 46 (wrenfield) still fail a property (docs/reader.md).
 * holdout50, 51 and 53 (measured on arrival, 54c4e2a) joined in session 18, their 30 plans passing both layout properties
 * at 100 runs, seeds 1–3, and read as who they are. The rest of holdout47–54 are not yet learnt: holdout47 (leadonvale's
 * standard under stray rows) and 54 (mereshire under stray rows) fail a property at 100 runs; holdout48, 49 and 52 hold a
 * plan or more failing one at 30. holdout55–62 were measured once on arrival (8c4ff01); holdout59, 61 and 62 joined in
 * session 19, their 30 plans passing both layout properties at 100 runs, seeds 1–3, and read as who they are; holdout48
 * joined later in session 19, once a two-row header's standard and a label's paragraph beside a value or under a page's
 * head were learnt. holdout63–70 (measured on arrival in session 19) joined in session 20, their 78 plans passing both
 * layout properties at 100 runs, seeds 1–3, once a key stated twice (a block above the table, the line under it), a
 * column lettering its rows A, B, C… and a page's bare number under an action with no lead were learnt, and the changes
 * learnt to find a table's last column on a two-row header printed again on every page (docs/reader.md). holdout60 joined
 * then too, its 10 plans passing both properties at 100 runs, seeds 1–3, as they were; holdout47 (leadonvale's standard)
 * and 54 (mereshire) still fail the stray rows at 100 runs. holdout72, 73, 76 and 77 (written blind in session 20)
 * joined in session 21, their plans passing both layout properties at 100 runs, seeds 1–3, once a key line over the first
 * header (no block's heading), a header spelling its colour key over fills of one colour, a row saying its number is not
 * used, 'Lead:' lines and subtotals across the header printed again and a page's number under the timescale column were
 * learnt, and the changes learnt to keep a key written across one line where it was typed; holdout78 passed then too but left
 * again the same session: elmsbury, now read as a paper's numbered paragraphs (learn79), reads its section's words about
 * itself ('This section sets out …') as an action on the plain layout only; holdout71 (ouselands' list,
 * holmvale's one-action block), 74 (winterslade's pointer row, rookhurst under stray rows) and 75 (columns read by their
 * contents, reordered) are not yet learnt (docs/reader.md).
 * A new blind batch goes here until it has been measured and learnt from.
 */
// One batch per line, so batches landing and graduating at once merge cleanly.
export const NOT_YET_LEARNT = new Set<string>([
  'tests/corpus/holdout93',
  'tests/corpus/holdout94',
  'tests/corpus/holdout95',
  'tests/corpus/holdout96',
  'tests/corpus/holdout89',
  'tests/corpus/holdout90',
  'tests/corpus/holdout91',
  'tests/corpus/holdout92',
  'tests/corpus/holdout85',
  'tests/corpus/holdout86',
  'tests/corpus/holdout87',
  'tests/corpus/holdout88',
  'tests/corpus/holdout78',
  'tests/corpus/holdout79',
  'tests/corpus/holdout80',
  'tests/corpus/holdout81',
  'tests/corpus/holdout82',
  'tests/corpus/holdout83',
  'tests/corpus/holdout84',
  'tests/corpus/holdout71',
  'tests/corpus/holdout74',
  'tests/corpus/holdout75',
  'tests/corpus/holdout40',
  'tests/corpus/holdout41',
  'tests/corpus/holdout42',
  'tests/corpus/holdout43',
  'tests/corpus/holdout46',
  'tests/corpus/holdout47',
  'tests/corpus/holdout49',
  'tests/corpus/holdout52',
  'tests/corpus/holdout54',
  'tests/corpus/holdout55',
  'tests/corpus/holdout56',
  'tests/corpus/holdout57',
  'tests/corpus/holdout58',
]);

/**
 * The batches learnt from, `samples` first.
 *
 * @example
 * learntBatches(); // ['samples', 'tests/corpus/dev', 'tests/corpus/holdout', …]
 */
export function learntBatches(): string[] {
  // A sealed batch is never learnt from, even when a session empties NOT_YET_LEARNT locally to try the properties.
  const corpus = readdirSync('tests/corpus').map((d) => `tests/corpus/${d}`).filter((d) => statSync(d).isDirectory() && !NOT_YET_LEARNT.has(d) && !SEALED.has(d));
  return ['samples', ...corpus.sort()];
}

/**
 * Each plan of a batch, as its path without extension.
 *
 * @example
 * plansIn('samples'); // ['samples/bsmhft-wdes-2020-21', …]
 */
export function plansIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => `${dir}/${f.replace('.gold.json', '')}`);
}

/**
 * The grid of the sheet a plan's gold reads.
 *
 * @example
 * const grid = await readGoldGrid('samples/kmpt-wres-2020-22');
 */
export async function readGoldGrid(plan: string): Promise<Grid> {
  const gold = JSON.parse(readFileSync(`${plan}.gold.json`, 'utf8')) as { sheet: string };
  const { sheets } = await readWorkbook(readFileSync(`${plan}.xlsx`));
  return sheets.find((s) => s.sheetName === gold.sheet)!;
}

/**
 * What a user sees of the action on a row, compared field by field whatever the layout; null when none is read there.
 * The lead is compared case-blind: a lead may be a header's own text (a responsibility matrix's role, 'Equality Lead'
 * over its 'R' marks), and a trust that writes its headers in capitals writes that role in capitals — the same person.
 *
 * @example
 * seenAction(report, 12); // { action: 'Reverse mentoring…', lead: 'CPO', due: 'March 2024', … }
 */
export function seenAction(report: PlanReport, row: number) {
  const a = report.actions.find((x) => x.row === row);
  if (!a) return null;
  return { action: a.action, lead: a.lead.toLowerCase(), due: a.due.text, indicators: a.indicators, theme: a.theme, statusRag: a.statusRag, progress: a.progress, outcome: a.outcome };
}
