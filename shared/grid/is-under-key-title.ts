import { fillToRag } from '../rag/fill-to-rag';
import { collapse } from './cell-text';
import { scoreHeaderWords } from './header-words';
import type { SheetView } from './view-sheet';

/** A key block's title: 'Key', 'RAG key:', 'Status legend', 'Progress RAG key'. */
export const KEY_TITLE = /^(?:(?:b?rag|status|progress|colour|color)\s+){0,2}(?:key|legend)\s*:?$/i;
/** How far above a key entry its title may be (a key has a handful of entries). */
const MAX_KEY_ROWS = 8;
/** A key table's column title beside its title ('Meaning', 'What it means', 'Definition'): a few words. */
const MAX_COLUMN_TITLE_WORDS = 3;

type Texts = readonly { c: number; text: string }[];

/**
 * The row is one of a key block's entries: the rows above it, up to the key's title, are all entries shaped like it (a
 * short label filled in a RAG colour, then what it means). The title is alone on its row ('RAG key'), or heads the
 * key's table as its first cell beside a title for the meanings ('Progress RAG key | Meaning'): either way it names the
 * rows under it as the key's.
 *
 * @example
 * isUnderKeyTitle(sheet, 19); // true: 'Progress RAG key | Meaning' on row 18, 'Achieved' filled blue | 'Action complete' on row 19
 */
export function isUnderKeyTitle(sheet: SheetView, r: number): boolean {
  for (let k = r - 1; k >= Math.max(0, r - MAX_KEY_ROWS); k--) {
    const texts: { c: number; text: string }[] = [];
    for (let c = 0; c < sheet.width; c++) if (sheet.text(k, c).trim()) texts.push({ c, text: collapse(sheet.text(k, c)) });
    if (isKeyTitleRow(texts)) return true;
    if (texts.length !== 2 || !swatchOf(sheet, k, texts)) return false;
  }
  return false;
}

/** A key table's title for what its labels mean. */
const MEANING_TITLE = /^(?:meaning|description|definition|explanation|what (?:it|this|each) means)\s*:?$/i;

/**
 * A key's title alone ('RAG key'), or the header of a key's table: the key's title over its labels beside a title over
 * their meanings ('Progress RAG key | Meaning'), or a status header over the labels beside a title that says they are
 * defined ('Status | Meaning', 'RAG rating | Description') — a status column of the plan has no meanings beside it.
 */
function isKeyTitleRow(texts: Texts): boolean {
  if (texts.length === 1) return KEY_TITLE.test(texts[0].text);
  if (texts.length !== 2 || texts[1].text.split(/\s+/).length > MAX_COLUMN_TITLE_WORDS) return false;
  const [labels, meanings] = texts.map((t) => t.text);
  return KEY_TITLE.test(labels) || (MEANING_TITLE.test(meanings) && scoreHeaderWords(labels).some((w) => w.field === 'status' && w.score >= STATUS_HEADER));
}

/** How surely a header's words must name the status for it to title a key's labels. */
const STATUS_HEADER = 0.8;

/**
 * Of a row's two texts, the one that is a key's label: short and filled in a RAG colour, while the other (what it
 * means) is not filled in one. Null when neither or both are.
 *
 * @example
 * swatchOf(sheet, 19, [{ c: 0, text: 'Achieved' }, { c: 1, text: 'Action complete' }]); // { c: 0, text: 'Achieved' } when A19 is filled blue
 */
export function swatchOf<T extends { c: number; text: string }>(sheet: SheetView, r: number, texts: readonly T[]): T | null {
  const coloured = texts.filter((t) => fillToRag(sheet.fill(r, t.c)) !== null);
  return coloured.length === 1 && coloured[0].text.length <= 40 ? coloured[0] : null;
}
