/**
 * An action's label in a cell of its own, as a report boxes its actions between its paragraphs: 'Action A1', 'Action 3',
 * 'Commitment B2', 'Pledge 4:' — the word, then the action's number, perhaps lettered ('A1').
 */
const BOX_LABEL = /^(action|target|commitment|pledge)\s+([A-Z]?\d{1,2}[a-z]?)\s*[:.]?$/i;

/** A position or status word beside the box: short, one to four words, no sentence ('Green', 'Complete', 'At risk'). */
const STATUS_WORDS = /^[\p{L}][\p{L}\s/&'’-]{1,24}$/u;

/** A cell's text and column. */
interface Cell {
  c: number;
  text: string;
}

/** What an action box's row holds: its label's word and number, the action's sentence, the status word beside it. */
export interface ActionBox {
  word: string;
  code: string;
  item: Cell;
  status: Cell | null;
}

/**
 * The action box a row holds, or null: a label in a cell of its own ('Action A1'), the action's sentence in the row's
 * longest other cell (a sentence: a full stop or longer than a label), and at most one more cell — after the sentence — a
 * short status word ('Green', 'Complete'), the position a report writes beside each box.
 *
 * @example
 * readActionBox([{ c: 0, text: 'Action A1' }, { c: 1, text: 'The Head of Resourcing will extend diverse panels by December 2024.' }, { c: 2, text: 'Green' }]);
 * // { word: 'Action', code: 'A1', item: { c: 1, text: 'The Head of …' }, status: { c: 2, text: 'Green' } }
 */
export function readActionBox(texts: readonly Cell[]): ActionBox | null {
  if (texts.length < 2 || texts.length > 3) return null;
  const labelCell = texts.find((t) => BOX_LABEL.test(t.text));
  if (!labelCell) return null;
  const others = texts.filter((t) => t !== labelCell);
  const item = others.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  if (item.c < labelCell.c || !(/[.;!?)]$/.test(item.text) || item.text.length > 80)) return null;
  const rest = others.filter((t) => t !== item);
  const status = rest[0] ?? null;
  if (status && (status.c < item.c || !STATUS_WORDS.test(status.text))) return null;
  const m = BOX_LABEL.exec(labelCell.text)!;
  return { word: m[1], code: m[2], item, status };
}
