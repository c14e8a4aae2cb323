import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { findKeyEntry } from '../rag/find-key-entry';
import { fontToRag } from '../rag/font-to-rag';
import { nameColour } from '../rag/name-colour';
import type { ColumnEvidence, Rag, RagKeyEntry } from '../types';
import type { ColumnAssignment } from './assign-columns';
import type { RowKind } from './classify-row';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';
import type { RawAction, TextStatus } from './walk-rows';

/**
 * A line saying the plan colours its actions' text by their status: 'Actions are coloured to show progress', 'Text
 * colour shows progress', 'Rows are coloured by RAG status', 'The colour of each action shows its status'.
 */
const SAYS_TEXT_COLOURED = [
  /\b(?:actions?|rows?|text|font|tasks?|entries|lines?|items?|wording)\b[^.;]{0,40}?\bcolou?r(?:ed|s|ing)?\b[^.;]{0,40}?\b(?:progress|status|rag|delivery|position)\b/i,
  /\bcolou?r(?:ed|s|ing)?\b[^.;]{0,30}?\b(?:actions?|rows?|text|font|tasks?|wording)\b[^.;]{0,40}?\b(?:progress|status|rag|delivery|position)\b/i,
];
/** Longer than this a cell is a paragraph; a key's statement is a line. */
const MAX_STATEMENT = 400;

/** An action whose text colour is read as its status: the cell and the colour it is written in. */
interface Coloured {
  action: RawAction;
  r: number;
  c: number;
  colour: string | null;
}

/** Where the plan's key is, and what it shows: its cells' colours, the line saying text is coloured by status. */
interface KeyCells {
  rows: number[];
  /** Every colour the key's cells are written or filled in, `#RRGGBB`. */
  colours: Set<string>;
  /** The first line saying the actions' text is coloured by status, with its cell, or null. */
  statement: { text: string; cell: string } | null;
}

/**
 * A plan with no status column that colours each action's text by its status, as its key says ('Actions are coloured
 * to show progress: blue – complete; green – on track; orange – at risk; red – off track; black – not yet started', each
 * colour name written in its colour). Read only on evidence: no column (nor band, tracker, coloured column or opening
 * words) states a status; the action cells are written in two RAG colours or more that the key gives meanings; and the
 * key says the text is coloured to show progress, or is written in the very colours of the action cells with status
 * words for labels. A plan that only writes a few words in red ('new for this year') has no such key, so its colours
 * stay text. Returns each such action's colour, with the key's meaning and cell, and the status's evidence; or null.
 *
 * @example
 * findTextColourStatus(sheet, kinds, texts, actions, legend, first)?.evidence.reason;
 * // "Status: no column states it — each action's text colour is its status, as the key on A3 says ('Actions are coloured to show progress: …'): 9 of 11 actions written in 4 of its colours (C6 in blue), 2 in black"
 */
export function findTextColourStatus(sheet: SheetView, kinds: readonly (RowKind | undefined)[], texts: RowTexts, actions: readonly RawAction[], legend: readonly RagKeyEntry[], first: ColumnAssignment | undefined): { statuses: Map<RawAction, TextStatus>; evidence: ColumnEvidence } | null {
  if (!first || !statesNoStatus(first) || legend.length < 2) return null;
  const cells = actionCells(sheet, kinds, actions);
  const coloured = cells.filter((x) => fontToRag(x.colour));
  const rags = new Set(coloured.map((x) => fontToRag(x.colour)));
  const keyed = new Set(legend.map((e) => e.rag).filter((rag): rag is Rag => rag !== null && rags.has(rag)));
  if (coloured.length < 2 || keyed.size < 2) return null;
  const key = keyCellsOf(sheet, kinds, texts);
  if (!key.rows.length) return null;
  const matched = new Set(coloured.map((x) => x.colour!).filter((colour) => key.colours.has(colour)));
  const byStatusWords = legend.filter((e) => e.rag !== null && namesProgress(e.label)).length >= 2;
  if (!key.statement && !(matched.size >= 2 && byStatusWords)) return null;
  const keyCell = key.statement?.cell ?? sheet.address(key.rows[0], texts[key.rows[0]][0]?.c ?? 0);
  const statuses = new Map<RawAction, TextStatus>();
  for (const x of cells) statuses.set(x.action, { colour: x.colour, cell: sheet.address(x.r, x.c), ...meaningOf(sheet, x.colour, key, texts, legend, keyCell) });
  return { statuses, evidence: evidenceOf(sheet, cells, coloured, keyed.size, key, matched.size, keyCell) };
}

/** No column, band, tracker, coloured column, icon set or opening words gives the plan's actions a status. */
function statesNoStatus(a: ColumnAssignment): boolean {
  return a.map.status === undefined && a.map.action !== undefined && a.fillColumn === undefined && a.keyColumn === undefined && a.statusOpenings === undefined && a.statusMarks.length === 0 && !a.trackers.some((t) => t.field === 'status');
}

/** The action cell of each action that states no status of its own, with the colour its text is written in. */
function actionCells(sheet: SheetView, kinds: readonly (RowKind | undefined)[], actions: readonly RawAction[]): Coloured[] {
  const rowOf = new Map<number, number>();
  for (let r = 0; r < kinds.length; r++) if (kinds[r] === 'action') rowOf.set(sheet.sheetRow(r), r);
  const out: Coloured[] = [];
  // The actions' cells sit in a column or two: each letter is read as a column once, not once per action.
  const columns = new Map<string, number>();
  for (const action of actions) {
    const r = rowOf.get(action.row);
    const letter = action.cells.action;
    let c = -1;
    if (letter) {
      const known = columns.get(letter);
      if (known === undefined) columns.set(letter, (c = sheet.columnOf(letter)));
      else c = known;
    }
    if (r === undefined || c < 0 || action.fields.status.trim() || action.statusFill !== null || action.statusLight || action.markedStatus || action.statusRun) continue;
    const colour = sheet.font(r, c);
    out.push({ action, r, c, colour: colour ? colour.toUpperCase() : null });
  }
  return out;
}

/** The rows read as the plan's key, the colours their cells are written or filled in, and a line saying text is coloured by status. */
function keyCellsOf(sheet: SheetView, kinds: readonly (RowKind | undefined)[], texts: RowTexts): KeyCells {
  const key: KeyCells = { rows: [], colours: new Set(), statement: null };
  for (let r = 0; r < kinds.length; r++) {
    const kind = kinds[r];
    if (kind === 'legend') {
      key.rows.push(r);
      for (const { c } of texts[r] ?? []) for (const colour of coloursOf(sheet, r, c)) key.colours.add(colour);
    }
    // The statement may be the key's own lead-in, or a line of its own above or under the plan.
    if (key.statement || !(kind === 'legend' || kind === 'title' || kind === 'footnote' || kind === 'section')) continue;
    const said = (texts[r] ?? []).find((t) => t.text.length <= MAX_STATEMENT && SAYS_TEXT_COLOURED.some((re) => re.test(t.text)));
    if (said) key.statement = { text: said.text, cell: sheet.address(r, said.c) };
  }
  return key;
}

/** A cell's fill, text colour and the colours of its pieces of text, `#RRGGBB`. */
function coloursOf(sheet: SheetView, r: number, c: number): string[] {
  const out = [sheet.fill(r, c), sheet.font(r, c), ...(sheet.runs(r, c) ?? []).map((p) => p.colour)];
  return out.filter((x): x is string => typeof x === 'string').map((x) => x.toUpperCase());
}

/** A key label that says how far an action has got ('on track', 'complete'): not 'new', which says when it joined. */
function namesProgress(label: string): boolean {
  const entry = findKeyEntry(label, DEFAULT_RAG_KEY);
  return entry !== null && entry.label !== 'New';
}

/**
 * What the key says an action's colour means, and the key's cell that says it: the entry written in that very colour,
 * else the entry of its RAG colour, else — for black, the automatic colour, or another colour no RAG's — the key's one
 * entry with no colour.
 */
function meaningOf(sheet: SheetView, colour: string | null, key: KeyCells, texts: RowTexts, legend: readonly RagKeyEntry[], keyCell: string): { meaning: string | null; keyCell: string } {
  const rag = fontToRag(colour);
  const uncoloured = legend.filter((e) => e.rag === null);
  const entry = (rag ? legend.find((e) => e.rag === rag) : uncoloured.length === 1 ? uncoloured[0] : undefined) ?? null;
  if (!entry) return { meaning: null, keyCell };
  const label = entry.label.toLowerCase();
  for (const r of key.rows) for (const { c, text } of texts[r] ?? []) if (text.toLowerCase().includes(label)) return { meaning: entry.label, keyCell: sheet.address(r, c) };
  return { meaning: entry.label, keyCell };
}

/** The status's evidence: why each action's text colour is read as its status, with how many are coloured. */
function evidenceOf(sheet: SheetView, cells: readonly Coloured[], coloured: readonly Coloured[], colours: number, key: KeyCells, matched: number, keyCell: string): ColumnEvidence {
  const column = sheet.letter(coloured[0].c);
  const header = '';
  const said = key.statement ? `as the key on ${keyCell} says ('${short(key.statement.text)}')` : `as the key on ${keyCell}, written in ${matched} of the same colours, shows`;
  const others = [...new Set(cells.filter((x) => !fontToRag(x.colour)).map((x) => nameColour(x.colour)))];
  const rest = cells.length - coloured.length;
  const black = rest > 0 ? `, ${rest} in ${others.join(' or ')}` : '';
  const example = `${sheet.address(coloured[0].r, coloured[0].c)} in ${nameColour(coloured[0].colour)}`;
  const reason = `Status: no column states it — each action's text colour is its status, ${said}: ${coloured.length} of ${cells.length} actions written in ${colours} of its colours (${example})${black}`;
  return { field: 'status', column, header, confidence: 0.8, reason, source: 'contents' };
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}
