import type { HeaderWordScore } from './header-words';
import type { ColumnContents } from './read-column-contents';

/** Headed as the status or RAG ('Status', 'RAG', 'RAG rating', 'BRAG'): the header's strongest word says so. */
const headedStatus = (words: readonly HeaderWordScore[] | undefined) => words?.[0]?.field === 'status' && words[0].score >= 0.4;

/** Most of the column's cells are filled in RAG colours (as `assignColumns` counts a coloured column). */
const coloured = (x: ColumnContents) => x.ragFills >= 2 && x.ragFills >= 0.6 * x.rows;

/**
 * A colour-only RAG column beside a status of words: a column headed as the RAG ('RAG', 'RAG rating', 'BRAG') whose
 * cells hold no text, only fills in RAG colours, where another column headed as the status holds status words left
 * unfilled ('Complete', 'In progress', 'Not started'). The colour the user painted is then each action's RAG and the word
 * its status: 'In progress' is green on one row and amber on another. Returns the colour-only column (one only: two such
 * columns leave the reader unable to say which is the RAG), or undefined. A status column filled in its own colours has
 * no colour-only column beside it to read.
 *
 * @example
 * // 'Status' over 'In progress' (unfilled), 'RAG' over cells filled green, amber, blue and no text:
 * findRagCells(words, contents, new Set()); // the 'RAG' column
 */
export function findRagCells(words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>, skip: ReadonlySet<number>): number | undefined {
  const painted: number[] = [];
  let worded = false;
  for (const [c, x] of contents) {
    if (skip.has(c) || !headedStatus(words.get(c))) continue;
    if (x.own === 0 && coloured(x)) painted.push(c);
    else if (x.kinds.status >= 2 && x.ragFills === 0) worded = true;
  }
  return worded && painted.length === 1 ? painted[0] : undefined;
}
