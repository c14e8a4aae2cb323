import type { Rag, RagKey, RagKeyEntry } from '../types';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { fillToRag } from './fill-to-rag';
import { findKeyEntry } from './find-key-entry';
import { isCompleteLabel } from './is-complete-status';
import { colourOpening, normaliseStatus } from './normalise-status';
import { colourOfHead } from './status-parts';

/**
 * The RAG colour a status cell states: first the plan's key (labels and aliases, tolerant of case, punctuation
 * and extra words), then colour words ('Red', 'RAG: Amber', 'G'), then the default vocabulary (a completion
 * word takes the colour the plan's key gives completion, so 'Done' is blue in a BRAG plan), then the cell's
 * fill alone. Null when none of these says anything. With no key of its own, a completion word on a blue cell is blue,
 * and a warning word on a red fill is red ('Delayed' on red: see `wordOnFill`).
 *
 * @example
 * statusToRag('Completed - see minutes', null, DEFAULT_RAG_KEY) // 'green'
 * statusToRag('', '#FF0000', DEFAULT_RAG_KEY) // 'red'
 * statusToRag('Delivered', '#0070C0', DEFAULT_RAG_KEY) // 'blue'
 * statusToRag('Delayed', '#FFC7CE', DEFAULT_RAG_KEY) // 'red' (Excel's 'Bad' fill)
 * statusToRag('🟠', null, DEFAULT_RAG_KEY) // 'amber'
 * statusToRag('Blue – complete', null, DEFAULT_RAG_KEY) // 'blue'
 * statusToRag('Open – at risk', null, DEFAULT_RAG_KEY) // 'amber'
 */
export function statusToRag(status: string, fill: string | null, key: RagKey, keyed?: RagKeyEntry | null): Rag | null {
  const text = typeof status === 'string' ? status : status === null || status === undefined ? '' : String(status);
  const words = normaliseStatus(text);
  if (words.length === 0) return fillToRag(fill);
  // 'Blue – complete': the colour word written first is the RAG; the words after it say the status.
  const head = colourOfHead(text);
  if (head) return head;
  // (A caller that has read the status through the key already passes the entry: `keyed` is `findKeyEntry(status, key)`.)
  const entry = keyed === undefined ? findKeyEntry(text, key) : keyed;
  // The default vocabulary's status with no colour ('Open'): the cell's own fill, if any, is the RAG.
  if (entry && entry.rag === null && key?.source === 'default') return fillToRag(fill);
  // With no key of its own, a plan that fills 'Complete' blue colours completion blue (NHS 'BRAG'): its fill says so.
  if (entry) return key?.source === 'default' ? wordOnFill(entry, fill) : entry.rag;
  // One-letter codes only count on their own ('G'); 'A review…' is not amber.
  const colour = colourOpening(words);
  if (colour) return colour;
  if (key?.source !== 'default') {
    const general = findKeyEntry(text, DEFAULT_RAG_KEY);
    if (general) {
      if (isCompleteLabel(general.label)) {
        const completion = key?.entries?.find((e) => isCompleteLabel(e.label));
        return completion ? completion.rag : general.rag;
      }
      return general.rag ?? fillToRag(fill);
    }
  }
  return fillToRag(fill);
}

/**
 * With no key of its own, the default vocabulary's colour for a status word, as its cell's fill may qualify it: a
 * completion word on blue is blue (NHS 'BRAG'); a warning word (usually amber: 'Delayed', 'At risk', 'Behind') on a RED
 * fill (or Excel's pink 'Bad') is red — the plan flags it worse than the word alone says, and the board sees the red.
 * Any other fill leaves the word's colour: a kinder one ('In progress' on green) does not soften it, and a yellow
 * highlight on 'On track' is a highlight, not a warning.
 */
function wordOnFill(entry: RagKeyEntry, fill: string | null): Rag | null {
  const filled = entry.rag === null ? null : fillToRag(fill);
  if (entry.rag === 'green' && isCompleteLabel(entry.label) && filled === 'blue') return 'blue';
  return entry.rag === 'amber' && filled === 'red' ? 'red' : entry.rag;
}
