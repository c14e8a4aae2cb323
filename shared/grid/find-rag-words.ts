import { colourOfWord } from '../rag/colour-words';
import { collapse } from './cell-text';
import type { ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** Colours a tool names that are no RAG colour: a task not started ('Gray'), none set ('White'). */
const NO_RAG_COLOUR = /^(?:gr[ae]y|white|black|none)$/i;

/**
 * A column whose cells NAME each action's colour in words, beside a status column of words: a project tool's health
 * flag exported as text (Smartsheet's 'Health': Blue / Green / Yellow / Red / Gray). The named colour is each action's
 * RAG (Yellow is amber; Gray and White name no RAG colour) and the word stays its status: 'In Progress' is green on one
 * row and amber on another. Found only where every filled cell (two or more, on half the rows or more: not a key's few
 * lines beside the plan) is one colour word and at least two RAG colours are named; not the status column itself, nor
 * one the reader has read as another field, and only beside a status that is not itself a colour named ('Green' beside
 * 'Previous: Amber' is two RAGs, not a word and its colour). Returns the column, or undefined.
 *
 * @example
 * findRagWords(sheet, rows, contents, 6, taken); // 7: 'Health' over 'Blue', 'Yellow', 'Gray', 'Green', 'Red'
 */
export function findRagWords(sheet: SheetView, rows: readonly number[], contents: ReadonlyMap<number, ColumnContents>, status: number | undefined, taken: ReadonlySet<number>): number | undefined {
  if (status === undefined) return undefined;
  for (const [c, x] of contents) {
    // Colour words are status words to a column's contents: a column with fewer than two is looked at no further.
    if (c === status || taken.has(c) || x.kinds.status < 2 || x.kinds.status < 0.5 * x.filled) continue;
    if (namesColours(sheet, rows, c)) return namesColours(sheet, rows, status) ? undefined : c;
  }
  return undefined;
}

/** Every filled cell of column `c` is one colour word, two RAG colours or more among them, on half the rows or more. */
function namesColours(sheet: SheetView, rows: readonly number[], c: number): boolean {
  const rags = new Set<string>();
  let filled = 0;
  for (const r of rows) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    // A one-letter code ('G') is a status of its own, not a colour named: only whole colour words count.
    const rag = text.length > 1 ? colourOfWord(text) : null;
    if (!rag && !NO_RAG_COLOUR.test(text)) return false;
    if (rag) rags.add(rag);
    filled++;
  }
  // On most of the plan's rows, as a status is: a key beside the plan names its few colours on a few rows ('Blue' |
  // 'Complete', 'Green' | 'On track' …), each once.
  return filled >= 2 && filled * 2 >= rows.length && rags.size >= 2;
}
