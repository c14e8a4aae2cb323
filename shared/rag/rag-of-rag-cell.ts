import type { Rag, RagKey } from '../types';
import { colourOfWord } from './colour-words';
import { fillToRag } from './fill-to-rag';
import { nameColour } from './name-colour';
import { statusToRag } from './status-to-rag';
import { whyNoColour } from './why-no-colour';

/** Where an action's status word and its colour-only RAG cell are, and what the RAG cell is filled with. */
export interface RagCell {
  /** 1-based sheet row of the action. */
  row: number;
  /** The RAG cell ('G6') and its fill ('#00B050'), null when it is left blank. */
  cell: string;
  fill: string | null;
  /** The status word's cell ('F6'). */
  statusCell: string;
  /** The colour the RAG cell names in words ('Yellow', 'Gray'), where its column names colours instead of painting them. */
  word?: string;
}

/**
 * The RAG of an action whose plan keeps a colour-only RAG cell beside its status word ('In progress' | a cell filled
 * green): the colour the user painted is the RAG, and the word stays the status — the word alone could not tell green
 * from amber. A RAG cell left blank leaves the RAG to the word, read as any status is (the plan's key, colour words, the
 * usual vocabulary, the status cell's own colour); a cell painted in no RAG colour (grey) has none. A cell naming its
 * colour in words ('Yellow' in a 'Health' column) gives the colour it names ('Gray' none). Always says why, so a
 * user sees which cell the colour came from.
 *
 * @example
 * ragOfRagCell('In progress', null, DEFAULT_RAG_KEY, { row: 6, cell: 'G6', fill: '#00B050', statusCell: 'F6' });
 * // { rag: 'green', why: "RAG of row 6: cell G6 is filled green; the status word 'In progress' in F6 is kept as the status" }
 * ragOfRagCell('In progress', null, DEFAULT_RAG_KEY, { row: 9, cell: 'G9', fill: null, statusCell: 'F9' });
 * // { rag: 'amber', why: "RAG of row 9: cell G9 has no fill, so the RAG is read from the status word 'In progress' in F9 (amber)" }
 */
export function ragOfRagCell(status: string, statusFill: string | null, key: RagKey, at: RagCell): { rag: Rag | null; why: string } {
  const text = String(status ?? '').trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  const word = text ? `the status word '${shown}' in ${at.statusCell}` : '';
  if (at.word) {
    const rag = colourOfWord(at.word);
    const named = `RAG of row ${at.row}: cell ${at.cell} names the colour '${at.word}'${rag ? ` (${rag})` : ', which is no RAG colour'}`;
    return { rag, why: word ? `${named}; ${word} is kept as the status` : named };
  }
  if (at.fill !== null) {
    const rag = fillToRag(at.fill);
    const painted = `RAG of row ${at.row}: cell ${at.cell} is filled ${rag ?? `${nameColour(at.fill)}, which is no RAG colour`}`;
    return { rag, why: word ? `${painted}; ${word} is kept as the status` : painted };
  }
  if (!text) return { rag: null, why: `RAG of row ${at.row}: cell ${at.cell} has no fill and the status (${at.statusCell}) is blank` };
  const rag = statusToRag(text, statusFill, key);
  if (rag) return { rag, why: `RAG of row ${at.row}: cell ${at.cell} has no fill, so the RAG is read from ${word} (${rag})` };
  return { rag: null, why: whyNoColour(text, key) ?? `RAG of row ${at.row}: cell ${at.cell} has no fill, and ${word} names no colour` };
}
