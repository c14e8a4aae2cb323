import type { ColumnMap } from './assign-columns';
import type { SheetView } from './view-sheet';

/** What a continuation row adds to the action above it: more lines of its action, progress or outcome. */
export type Continuation = Partial<Record<'action' | 'progress' | 'outcome', string>>;

/** The only columns a continuation line may write in: the action's own narrative. */
const NARRATIVE = ['action', 'progress', 'outcome'] as const;
/** A list item's marker: "•", "·", "▪", "–", "-", "*", "o" (Word's second-level bullet), "→", then a space or tab. */
/** The end of a finished sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;
const LIST_MARKER = /^\s*(?:[•·▪◦●○■□➢➤→✓*–-]|o(?=\s))\s*/;

/**
 * Whether row `r` carries on the action that starts on row `start`, as a Word table pasted into Excel leaves it:
 * each paragraph of a cell on its own row, the cells of one paragraph merged down over them (or left empty).
 * A continuation row writes only in the action's narrative columns — nothing of its own under lead, timescale,
 * status, ref, indicator or any other column — and either adds no action text (a second paragraph of progress),
 * or adds a list item under an action that introduces one ("Improve declaration rates through:" then
 * "• a campaign…"). A bulleted row under a bulleted action is an action of its own: that plan bullets every action.
 * Returns the lines it adds, or null when the row is an action of its own.
 *
 * @example
 * readContinuation(sheet, 6, { action: 2, lead: 3, progress: 5 }, 5); // { action: '•\tprompts in ESR self-service…' }
 * // left: the table's first column (a lone text there is a heading).
 */
export function readContinuation(sheet: SheetView, r: number, columns: ColumnMap, start: number, left = 0): Continuation | null {
  const narrative = new Map<number, 'action' | 'progress' | 'outcome'>();
  for (const f of NARRATIVE) if (columns[f] !== undefined) narrative.set(columns[f]!, f);
  const out: Continuation = {};
  let lines = 0;
  let first = -1;
  for (let c = left; c < sheet.width; c++) {
    const text = ownText(sheet, r, c);
    if (!text) continue;
    const field = narrative.get(c);
    const m = sheet.merge(r, c);
    // A text merged across the row is a heading, whatever column it starts in.
    if (!field || (m && m.right > m.left)) return null;
    out[field] = text;
    if (first < 0) first = c;
    lines++;
  }
  if (lines === 0) return null;
  // A lone text in the table's first column is a heading's place, not a further line of progress — unless it is
  // a finished sentence (headings do not end in a full stop): a plan may put its progress column first.
  if (out.action === undefined) return first > left || SENTENCE_END.test(Object.values(out)[0]!.trim()) ? out : null;
  const opening = ownText(sheet, start, columns.action!);
  return LIST_MARKER.test(out.action) && opening !== '' && !LIST_MARKER.test(opening) ? out : null;
}

/** The cell's text when it is its own (not a cell merged down from the row above), else ''. */
function ownText(sheet: SheetView, r: number, c: number): string {
  const m = sheet.merge(r, c);
  if (m && (m.top !== r || m.left !== c)) return '';
  return sheet.text(r, c).trim() ? sheet.text(r, c) : '';
}

