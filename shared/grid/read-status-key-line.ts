import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { findKeyEntry } from '../rag/find-key-entry';
import { collapse, collapsedLongerThan } from './cell-text';

/** A label saying the line defines the plan's status words: 'Status:', 'Status key', 'Statuses', 'Key to status', 'Status definitions'. */
const STATUS_LABEL = /^(?:status(?:es)?(?:\s+(?:key|definitions?|words|used|legend))?|key\s+to\s+(?:the\s+)?status(?:es)?)\s*:?$/i;
/** The same label opening the line, before its entries: 'Status: Open – …; Closed – …'. */
const STATUS_LEAD_IN = /^(?:status(?:es)?(?:\s+(?:key|definitions?|words|used|legend))?|key\s+to\s+(?:the\s+)?status(?:es)?)\s*:\s*/i;
/** One entry: a short term, then what it means after a dash, '=' or a colon ('Carried over – an action from the 2022/23 plan …'). */
const ENTRY = /^([^–—=:;]{1,30}?)\s*(?:[–—=:]|\s-\s)\s*\S/;
/** A key line is a few hundred characters at most; a longer text is a paragraph, not tidied to find it is none. */
const MAX_LINE = 600;

/**
 * A line under (or over) the plan defining its status words, each with what it means, and no colour: 'Status:' | 'Open –
 * in progress this year; Closed – delivered; Carried over – an action from the 2022/23 plan not finished …', or the
 * same in one cell ('Status key: Not started = work has not begun; Complete = delivered'). Two entries or more parted by
 * ';' (or '·', '•', '|'), each a short term and its meaning after a dash, '=' or a colon, under a label naming the
 * statuses — or, with no label, every term one of the usual status words ('Complete – delivered; On track – …'). It
 * tells the reader what the status column's words mean; it is no action. Returns why, for the user, or null.
 *
 * @example
 * readStatusKeyLine(['Status:', 'Open – in progress this year; Closed – delivered; Carried over – an action from 2022/23']);
 * // "it defines the plan's status words, each with what it means ('Open', 'Closed', 'Carried over'): a key, not an action"
 * readStatusKeyLine(['Agree the status of each action with its lead; report to the Board – quarterly']); // null
 */
export function readStatusKeyLine(texts: readonly string[]): string | null {
  if (texts.length === 0 || texts.length > 2 || texts.some((t) => collapsedLongerThan(t, MAX_LINE))) return null;
  let labelled = false;
  let line: string;
  if (texts.length === 2) {
    if (!STATUS_LABEL.test(collapse(texts[0]))) return null;
    labelled = true;
    line = collapse(texts[1]);
  } else {
    line = collapse(texts[0]);
    const lead = STATUS_LEAD_IN.exec(line);
    if (lead) {
      labelled = true;
      line = line.slice(lead[0].length);
    }
  }
  // Most rows have no ';' or '·' at all: ruled out before any entry is read.
  if (!/[;·•|]/.test(line)) return null;
  const terms: string[] = [];
  for (const piece of line.split(/\s*[;·•|]\s*/)) {
    if (!piece) continue;
    const entry = ENTRY.exec(piece);
    if (!entry) return null;
    terms.push(entry[1].trim());
  }
  if (terms.length < 2) return null;
  if (!labelled && !terms.every((t) => findKeyEntry(t, DEFAULT_RAG_KEY))) return null;
  return `it defines the plan's status words, each with what it means (${terms.map((t) => `'${t}'`).join(', ')}): a key, not an action`;
}
