import type { Rag, RagKey } from '../types';
import { findKeyEntry } from './find-key-entry';
import { fontToRag } from './font-to-rag';
import { whyNoColour } from './why-no-colour';

/**
 * The RAG of a status written as a run of text of its own (the words a cell opens with, 'ON TRACK – …'), with why. The plan's
 * own key comes first when it gives the status a colour; otherwise the colour the words are written in is the status's
 * (a key that only lists the words says which words are statuses, not that they have none), and words not set apart in
 * a colour have none, as the plan writes its other statuses in theirs. The usual vocabulary's colours do not override
 * what the plan shows.
 *
 * @example
 * ragOfStatusRun('ON TRACK', { words: 'ON TRACK', colour: '#00B050', cell: 'G6' }, DEFAULT_RAG_KEY);
 * // { rag: 'green', why: "RAG: green, the colour 'ON TRACK' is written in (G6)" }
 * ragOfStatusRun('NOT STARTED', { words: 'NOT STARTED', colour: null, cell: 'G12' }, DEFAULT_RAG_KEY);
 * // { rag: null, why: "Status 'NOT STARTED' has no colour: it is not written in a colour of its own (G12), as the plan's other statuses are" }
 */
export function ragOfStatusRun(status: string, run: { words: string; colour: string | null; cell: string }, key: RagKey): { rag: Rag | null; why: string | null } {
  const own = key?.source !== 'default' ? findKeyEntry(status, key) : null;
  if (own?.rag) return { rag: own.rag, why: null };
  const rag = fontToRag(run.colour);
  if (rag) return { rag, why: `RAG: ${rag}, the colour '${run.words}' is written in (${run.cell})` };
  if (own) return { rag: null, why: whyNoColour(status, key) };
  return { rag: null, why: `Status '${run.words}' has no colour: it is not written in a colour of its own (${run.cell}), as the plan's other statuses are` };
}
