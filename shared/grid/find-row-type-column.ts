import { lookupTable } from '../lookup-table';
import { collapse, collapsedLongerThan, headerKey, isBlankText } from './cell-text';
import type { SheetView } from './view-sheet';

/** What a log says one of its rows is: an action, or one of the other entries logs keep beside their actions. */
export type LogKind = 'action' | 'decision' | 'risk' | 'issue' | 'assumption' | 'dependency' | 'information' | 'opportunity' | 'resolution';

/**
 * The words a RAID log, a committee's action log or an issue tracker types its rows with ('Action', 'Decision', 'Risk',
 * 'Issue', 'For information'), singular (plurals are taken off before looking up). Only these: a column whose words are
 * kinds of ACTION ('Training', 'Policy', 'Recruitment') or themes ('Culture', 'Progression') types nothing a log keeps.
 */
const LOG_WORDS = lookupTable<LogKind>({
  action: 'action', 'action point': 'action', 'action item': 'action', 'agreed action': 'action', 'new action': 'action',
  decision: 'decision', 'decision made': 'decision', agreement: 'decision', agreed: 'decision',
  risk: 'risk', issue: 'issue', assumption: 'assumption', dependency: 'dependency',
  note: 'information', noted: 'information', 'for noting': 'information', information: 'information', info: 'information', 'for information': 'information', 'for info': 'information',
  opportunity: 'opportunity', resolution: 'resolution',
});

/** The letters a log's header may list its types by ('A/D', 'R/A/I/D'): only ever read from a header, never a cell. */
const LOG_LETTERS = lookupTable<LogKind>({ a: 'action', d: 'decision', r: 'risk', i: 'issue', n: 'information' });

/**
 * The kind of log entry a cell names ('Decision' → 'decision', 'Actions' → 'action', 'For information' → 'information'),
 * or null when it names none ('Training', 'Culture', a sentence).
 *
 * @example
 * readLogKind('Decision');        // 'decision'
 * readLogKind('Action point');    // 'action'
 * readLogKind('Risks');           // 'risk'
 * readLogKind('Training');        // null
 */
export function readLogKind(text: string): LogKind | null {
  // The longest entry ('for information') is 15 characters: an action's sentence is ruled out without being tidied.
  if (collapsedLongerThan(text, 24)) return null;
  const word = collapse(text).toLowerCase().replace(/[.:]+$/, '');
  return LOG_WORDS[word] ?? LOG_WORDS[word.replace(/ies$/, 'y').replace(/s$/, '')] ?? null;
}

/**
 * How plainly a header says its column types each row: 1 when it is a type ('Type', 'Item type', 'Type of entry') or
 * lists the types themselves ('Action / Decision', 'A/D/I'), 0.7 for a classifying word ('Category', 'Kind',
 * 'Classification'), 0 otherwise. Long headers (five words or more) are a question or a sentence, never such a label.
 *
 * @example
 * typesRowsHeader('Type');              // 1
 * typesRowsHeader('A/D/I');             // 1 — the types' letters
 * typesRowsHeader('Action / Decision'); // 1 — the types themselves
 * typesRowsHeader('Category');          // 0.7
 * typesRowsHeader('Action');            // 0 — one kind heads the action column
 */
export function typesRowsHeader(header: string): number {
  const words = headerKey(header).split(' ').filter((w) => w && w !== 'of' && w !== 'or' && w !== 'and');
  if (!words.length || words.length > 4) return 0;
  if (words.length >= 2 && words.every((w) => readLogKind(w) ?? LOG_LETTERS[w])) return 1;
  if (words.includes('type')) return 1;
  return words.some((w) => w === 'category' || w === 'kind' || w === 'class' || w === 'classification') ? 0.7 : 0;
}

/**
 * The letters a header lists as its column's types ('A/D/I' → a, d, i; 'Type (A/D)' → a, d), each standing for a kind of
 * log entry: a cell holding one of them alone is read so. None when the header lists no letters.
 */
function lettersListed(header: string): ReadonlyMap<string, LogKind> {
  const words = headerKey(header).split(' ').filter((w) => w && w !== 'type');
  return words.length >= 2 && words.every((w) => LOG_LETTERS[w]) ? new Map(words.map((w) => [w, LOG_LETTERS[w]!])) : NO_LETTERS;
}
const NO_LETTERS: ReadonlyMap<string, LogKind> = new Map();

/** One letter and the log word a key line gives it: 'A = action', 'D – decision', 'I: for information'. */
const KEY_LETTER = /(?:^|[\s,;(])([A-Za-z])\s*(?:=|:|–|—|-)\s*(for information|for info|for noting|action(?: point)?|decision|risk|issue|assumption|dependency|information|note|opportunity)\b/gi;
/** The rows looked at for such a key: a log's key sits over its header or under its last rows. */
const KEY_ROWS = 80;

/**
 * The letters a key line of the sheet defines as log types ('Type: A = action, D = decision, I = for information.', over
 * holdout78 whitlowe's header 'Type'): a letter and a log word each, two or more, one of them an action. None otherwise.
 */
function lettersOfKey(sheet: SheetView): ReadonlyMap<string, LogKind> {
  for (let r = 0; r < Math.min(sheet.height, KEY_ROWS); r++) {
    for (let c = 0; c < sheet.width; c++) {
      const text = sheet.text(r, c);
      if (text.length < 9 || text.length > 300 || !/[=:–—-]/.test(text)) continue;
      const out = new Map<string, LogKind>();
      KEY_LETTER.lastIndex = 0;
      for (let m = KEY_LETTER.exec(text); m; m = KEY_LETTER.exec(text)) {
        const kind = readLogKind(m[2]);
        if (kind) out.set(m[1].toLowerCase(), kind);
      }
      if (out.size >= 2 && [...out.values()].includes('action')) return out;
    }
  }
  return NO_LETTERS;
}

/** The kind of log entry a cell of the column names: its word, or a letter its header or key lists ('D' under 'A/D'). */
function kindOfCell(text: string, letters: ReadonlyMap<string, LogKind>): LogKind | null {
  const kind = readLogKind(text);
  if (kind || !letters.size || collapsedLongerThan(text, 2)) return kind;
  const letter = collapse(text).toLowerCase().replace(/\.$/, '');
  return letters.get(letter) ?? null;
}

/** A log's column typing each row, the spellings it types them with, and what the user is told of it. */
export interface RowTypeColumn {
  c: number;
  header: string;
  /** The word the log types its actions with, as first written ('Action'). */
  actionWord: string;
  /** Each spelling met, the actions' first then the most used, with how many rows it types ('Action' 11, 'Decision' 4). */
  counts: { word: string; kind: LogKind; n: number }[];
  /** Why the column is read as no field: it types the log's rows. */
  says: string;
  /** The letters its header lists as types ('A/D'), or a key line on the sheet defines ('A = action'), read in its cells. */
  letters: ReadonlyMap<string, LogKind>;
}

/** Below this score a column is not read as typing the log's rows. */
const MIN_SCORE = 0.55;

/**
 * The column of a log that types each of its rows — a RAID log's 'Type' (Risk / Action / Issue / Decision), a committee
 * action log's 'Type' (Action / Decision), an issue tracker's 'Category' (Action / Information) — where only the rows
 * typed as actions are actions. The evidence, scored together: a header that names a type or lists the types
 * (`typesRowsHeader`), and cells nearly all log words (`readLogKind`), 'Action' among them with at least one other kind
 * (three kinds or more say it louder). A 'Type' of kinds of action (Training / Policy) or a 'Category' of themes holds no
 * log words, so it types nothing. Null when the sheet has no such column, or two (the reader could not tell which).
 *
 * @example
 * // 'Log No. | Date raised | … | Type | Action / decision | …' over 'Action' × 11 and 'Decision' × 4:
 * findRowTypeColumn(sheet, rows, headers); // { c: 4, header: 'Type', actionWord: 'Action', counts: [{ word: 'Decision', kind: 'decision', n: 4 }, …], says: … }
 */
export function findRowTypeColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>): RowTypeColumn | null {
  let found: RowTypeColumn | null = null;
  let keyed: ReadonlyMap<string, LogKind> | undefined;
  for (const [c, header] of headers) {
    const named = typesRowsHeader(header);
    if (named === 0) continue;
    // Letters typed under a header that lists none are read as a key line of the sheet defines them.
    const listed = lettersListed(header);
    const letters = listed.size ? listed : (keyed ??= lettersOfKey(sheet));
    const counts = countLogKinds(sheet, rows, c, letters);
    if (!counts) continue;
    const kinds = new Set(counts.seen.map((x) => x.kind));
    if (!kinds.has('action') || kinds.size < 2) continue;
    const variety = kinds.size >= 3 ? 1 : 0.5;
    if ((counts.typed / counts.filled) * (0.6 * named + 0.4 * variety) < MIN_SCORE) continue;
    if (found) return null;
    const actionWord = counts.seen.find((x) => x.kind === 'action')!.word;
    found = { c, header, actionWord, counts: counts.seen, says: `it types each row of the log (${countsListed(counts.seen)}): only the rows typed '${actionWord}' are read as actions, the others are records the log keeps beside them`, letters };
  }
  return found;
}

/** Each spelling with how many rows it types, as the user is told them: "11 'Action', 4 'Decision'". */
function countsListed(counts: RowTypeColumn['counts']): string {
  return counts.map((x) => `${x.n} '${x.word}'`).join(', ');
}

/** The log words of one column: how many cells are filled, how many name a kind, and each spelling's count; null under three filled. */
function countLogKinds(sheet: SheetView, rows: readonly number[], c: number, letters: ReadonlyMap<string, LogKind>): { filled: number; typed: number; seen: RowTypeColumn['counts'] } | null {
  const seen = new Map<string, RowTypeColumn['counts'][number]>();
  let filled = 0;
  let typed = 0;
  for (const r of rows) {
    const text = sheet.text(r, c);
    if (isBlankText(text)) continue;
    filled++;
    const kind = kindOfCell(text, letters);
    if (!kind) continue;
    typed++;
    const word = collapse(text);
    const key = word.toLowerCase();
    const entry = seen.get(key) ?? seen.set(key, { word, kind, n: 0 }).get(key)!;
    entry.n++;
  }
  // The actions' own word first, then the most used: '11 'Action', 4 'Decision''.
  const order = (x: RowTypeColumn['counts'][number]) => (x.kind === 'action' ? 0 : 1);
  return filled >= 3 ? { filled, typed, seen: [...seen.values()].sort((a, b) => order(a) - order(b) || b.n - a.n) } : null;
}

/**
 * Why a row the log types as something other than an action is none, for the user; null for a row typed as an action,
 * left untyped, or typed with a word no log uses.
 *
 * @example
 * whyNotAction(sheet, 6, column); // "it is typed 'Decision' in E7 under 'Type', which types each row of the log (11 'Action', 4 'Decision'): only the rows typed 'Action' are actions"
 */
export function whyNotAction(sheet: SheetView, r: number, column: RowTypeColumn): string | null {
  const text = sheet.text(r, column.c);
  const kind = kindOfCell(text, column.letters);
  if (!kind || kind === 'action') return null;
  return `it is typed '${collapse(text)}' in ${sheet.address(r, column.c)} under '${collapse(column.header)}', which types each row of the log (${countsListed(column.counts)}): only the rows typed '${column.actionWord}' are actions`;
}
