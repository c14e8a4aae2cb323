import { collapse } from './cell-text';
import type { RowTexts } from './profile-rows';
import { statesNothing } from './states-nothing';
import type { SheetView } from './view-sheet';

/** What the search needs of an action read: its row on the grid and the fields its own cells gave. */
export interface ReadAction {
  r: number;
  fields: { ref: string; action: string; lead: string; due: string; status: string };
}

/**
 * An editor's note saying the row is another's copy: 'Same as no. 4?? delete one', 'duplicate of action 2', 'pasted
 * twice?', 'typed in twice', 'copy of 3.1', 'repeat of 4'. Its number, when it names one, is in the first group.
 */
const SAYS_COPY = /\b(?:same\s+as|duplicate(?:s|d)?(?:\s+of)?|copy\s+of|repeat(?:s|ed)?\s+of|(?:pasted|typed|entered|copied)(?:\s+in)?\s+twice|delete\s+one)\b(?:\s+(?:no\.?|number|action|item|ref\.?|row)?\s*([a-z]{0,4}[-.]?\d[\w.]*))?/i;

/** What a note saying so must hold, searched before the whole pattern. */
const MAY_SAY_COPY = /same|dup|copy|repeat|twice|delete/i;
/** A note saying so is short; a paragraph that uses the words ('the same as last year') is an update. */
const MAX_NOTE = 160;
/** Of the copy's words, the share the action it copies must hold when the note names no number. */
const SHARED_WORDS = 0.5;

/**
 * The rows read as actions that are a second copy of another action of the plan, by grid row, with why: the action's
 * words pasted twice, the copy giving nothing else (no ref, lead, date or status, where the first has them: holdout91
 * halsgrove row 10); or a row with no number of its own in a numbered plan that a note on the row says is the same as
 * another ('Same as no. 4?? delete one' beside an abbreviated retyping of action 4: holdout91 quillford row 14). The
 * copy is no second action: counted, it would count one action twice. Two rows with one text and their own leads and
 * dates (one action per staff group or site) are two actions.
 *
 * @example
 * findCopiedActions(sheet, texts, actions); // Map { 9 => "its action cell repeats row 9's word for word …" }
 */
export function findCopiedActions(sheet: SheetView, texts: RowTexts, actions: readonly ReadAction[]): Map<number, string> {
  const copies = new Map<number, string>();
  if (actions.length < 2) return copies;
  const numbered = actions.filter((a) => a.fields.ref.trim()).length;
  const bare = actions.filter((a) => !givesMore(a));
  // The actions giving more than their words, by their words, among those as long as a bare one: built once.
  const byWords = bare.length ? wordsOfFuller(actions, bare) : undefined;
  const isBare = new Set(bare);
  for (const a of actions) {
    const why = (byWords && isBare.has(a) ? pastedTwice(sheet, a, byWords) : null) ?? (numbered * 2 > actions.length ? saidToBeCopy(sheet, texts, a, actions) : null);
    if (why) copies.set(a.r, why);
  }
  return copies;
}

/** Characters a pasted copy's text may differ from the first's by in length (a space or a stop before or after). */
const SLACK = 2;

/**
 * The actions that give more than their words (a ref, a lead, a date or a status), the first of each text by its words,
 * among those about as long as one of the `bare` actions' texts: only those can be the action a bare row copies, and
 * comparing lengths first spares splitting every action's words.
 */
function wordsOfFuller(actions: readonly ReadAction[], bare: readonly ReadAction[]): Map<string, ReadAction> {
  const lengths = new Set<number>();
  for (const a of bare) for (let d = -SLACK; d <= SLACK; d++) lengths.add(a.fields.action.length + d);
  const by = new Map<string, ReadAction>();
  for (const b of actions) {
    if (!lengths.has(b.fields.action.length) || !givesMore(b)) continue;
    const key = words(b.fields.action).join(' ');
    if (key && !by.has(key)) by.set(key, b);
  }
  return by;
}

/** Why `a`, giving nothing but its words, is another action's words pasted again, or null. */
function pastedTwice(sheet: SheetView, a: ReadAction, byWords: ReadonlyMap<string, ReadAction>): string | null {
  const own = words(a.fields.action).join(' ');
  const first = own ? byWords.get(own) : undefined;
  return first ? `its action cell repeats row ${sheet.sheetRow(first.r)}'s word for word, and the row gives nothing else (no number, lead, date or status): the action pasted twice, read once` : null;
}

/** Why a note on `a`'s row says it is another action's copy, `a` having no number of its own, or null. */
function saidToBeCopy(sheet: SheetView, texts: RowTexts, a: ReadAction, actions: readonly ReadAction[]): string | null {
  if (a.fields.ref.trim()) return null;
  for (const t of texts[a.r] ?? []) {
    // Most texts name no copy: one plain search before the pattern.
    if (!MAY_SAY_COPY.test(t.text)) continue;
    if (t.text.length > MAX_NOTE || t.text === a.fields.action) continue;
    const m = SAYS_COPY.exec(t.text);
    if (!m) continue;
    const named = m[1] ? actions.find((b) => b !== a && tidy(b.fields.ref) === tidy(m[1])) : undefined;
    const other = named ?? (m[1] ? undefined : closest(a, actions));
    if (!other) continue;
    return `${sheet.address(a.r, t.c)} says '${collapse(t.text)}', and the row has no number of its own where the plan numbers its actions: the action on row ${sheet.sheetRow(other.r)} typed in again`;
  }
  return null;
}

/** The numbered action sharing most of `a`'s words, when it holds at least half of them. */
function closest(a: ReadAction, actions: readonly ReadAction[]): ReadAction | undefined {
  const own = new Set(words(a.fields.action));
  if (!own.size) return undefined;
  let best: ReadAction | undefined;
  let share = SHARED_WORDS;
  for (const b of actions) {
    if (b === a || !b.fields.ref.trim()) continue;
    const theirs = new Set(words(b.fields.action));
    const s = [...own].filter((w) => theirs.has(w)).length / own.size;
    if (s >= share) [best, share] = [b, s];
  }
  return best;
}

/** Whether an action names more than its words: a ref, a lead, a date or a status. */
function givesMore(b: ReadAction): boolean {
  const { ref, lead, due, status } = b.fields;
  return !(statesNothing(ref) && statesNothing(lead) && statesNothing(due) && statesNothing(status));
}

/** An action's words as compared: lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** A ref as a note names it: case, spaces and a closing stop aside. */
function tidy(ref: string): string {
  return ref.trim().toLowerCase().replace(/\s+/g, '').replace(/[.):]+$/, '');
}
