import type { ColumnMap } from './assign-columns';
import type { SheetView } from './view-sheet';

/** What a continuation row adds to the action above it: more lines of its action, progress or outcome. */
export type Continuation = Partial<Record<'action' | 'progress' | 'outcome', string>>;

/** The only columns a continuation line may write in: the action's own narrative. */
const NARRATIVE = ['action', 'progress', 'outcome'] as const;
/** The end of a finished sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** A list item's marker: "•", "·", "▪", "–", "-", "*", "o" (Word's second-level bullet), "→", then a space or tab. */
const LIST_MARKER = /^\s*(?:[•·▪◦●○■□➢➤→✓*–-]|o(?=\s))\s*/;
/** Words no sentence ends on (an article, a preposition, a conjunction), or a comma: the sentence runs on. */
const RUNS_ON = /(?:\b(?:a|an|the|and|or|but|nor|of|to|in|into|on|onto|at|by|for|from|with|without|via|as|than|that|which|who|whose|including|between|across|within|their|our|its|every|each)|[,–—-])\s*$/i;
/** A note's label: "Note:", "Notes –", "NB", "Source:". */
const NOTE = /^\s*(?:notes?|nb|n\.b\.|sources?)\b\s*[:.–—-]/i;
/** A footnote's marker: asterisks, a dagger or a superscript number before the note's text. */
const FOOTNOTE_MARK = /^\s*(?:\*{1,3}|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹])\s*\S/;
/** A line that starts in lower case carries on a sentence; a new action starts with a capital. */
const LOWER_START = /^\s*[a-z]/;

/**
 * Whether row `r` carries on the action that starts on row `start`, as a Word table pasted into Excel leaves it:
 * each paragraph of a cell on its own row (or a long cell wrapped onto the next row), the cells of one paragraph
 * merged down over them (or left empty). A continuation row writes only in the action's narrative columns — nothing
 * of its own under lead, timescale, status, ref, indicator or any other column — and either adds no action text (a
 * second paragraph of progress), adds a list item under an action that introduces one ("Improve declaration rates
 * through:" then "• a campaign…"), or finishes the sentence the action above broke off ("…with leavers from" then
 * "Bands 5 to 7."; "…on Datix, and" then "make sure every report…"). A bulleted row under a bulleted action is an
 * action of its own: that plan bullets every action. Returns the lines it adds, or null when the row is an action of
 * its own.
 *
 * @example
 * readContinuation(sheet, 6, texts[6], { action: 2, lead: 3, progress: 5 }, 5, 'Raise declaration rates by:'); // { action: '•\tprompts in ESR self-service…' }
 * // texts: the row's texts as profileRows holds them (the table's columns only); left: the table's first column
 * // (a lone text there is a heading); above: the action's text so far.
 */
export function readContinuation(sheet: SheetView, r: number, texts: readonly { c: number; text: string }[], columns: ColumnMap, start: number, above: string, left = 0): Continuation | null {
  let out: Continuation | null = null;
  let lines = 0;
  let first = -1;
  for (const { c } of texts) {
    const m = sheet.merge(r, c);
    // A cell merged down from the row above (the block's indicator, the action's lead) is not this row's.
    if (m && (m.top !== r || m.left !== c)) continue;
    const field = NARRATIVE.find((f) => columns[f] === c);
    // A text merged across the row is a heading, whatever column it starts in.
    if (!field || (m && m.right > m.left)) return null;
    (out ??= {})[field] = sheet.text(r, c);
    if (first < 0) first = c;
    lines++;
  }
  if (lines === 0 || out === null) return null;
  // A note under the table ("Note: …", "Source: …", "* Metric 3 is measured at board level", "¹ …"), in whichever column,
  // is no line of the action above — unless that action introduces a list (ends with a colon) and the '*' is a bullet of it.
  const only = lines === 1 ? Object.values(out)[0]!.trim() : '';
  if (NOTE.test(only) || (FOOTNOTE_MARK.test(only) && !/:\s*$/.test(above))) return null;
  // A number alone (a printed page's number) finishes no sentence and adds no progress.
  if (lines === 1 && texts.length === 1 && /^\d{1,3}$/.test(texts[0].text)) return null;
  // A lone text in the table's first column is a heading's place, not a further line of progress — unless it is
  // a finished sentence (headings do not end in a full stop): a plan may put its progress column first.
  if (out.action === undefined) return first > left || SENTENCE_END.test(Object.values(out)[0]!.trim()) ? out : null;
  if (breaksOff(above, out.action)) return out;
  const opening = ownText(sheet, start, columns.action!);
  return LIST_MARKER.test(out.action) && opening !== '' && !LIST_MARKER.test(opening) ? out : null;
}

/**
 * The action above stops mid-sentence and this line finishes it: no full stop above, and either the line starts in
 * lower case or the text above ends on a word no sentence ends on ("…interviews with leavers from").
 */
function breaksOff(above: string, line: string): boolean {
  const before = above.trimEnd();
  if (!before || SENTENCE_END.test(before) || /:$/.test(before) || LIST_MARKER.test(line)) return false;
  return LOWER_START.test(line) || RUNS_ON.test(before);
}

/** The cell's text when it is its own (not a cell merged down from the row above), else ''. */
function ownText(sheet: SheetView, r: number, c: number): string {
  const m = sheet.merge(r, c);
  if (m && (m.top !== r || m.left !== c)) return '';
  return sheet.text(r, c).trim() ? sheet.text(r, c) : '';
}
