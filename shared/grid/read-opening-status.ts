import { fontToRag } from '../rag/font-to-rag';

type Run = { text: string; colour: string | null };

/** A status is a few words: more before the dash is a sentence ('Campaign agreed with the Network –'). */
const MAX_WORDS = 4;
/** The words before the first dash or colon that sets them off from the update ('ON TRACK – …', 'Red: …'). */
const OPENING = /^\s*([\p{L}][\p{L}\s'’/&]{0,38}?)\s*(?:[–—:]|\s-\s|-\s)\s*\S/u;

/** The status an update cell opens with, and the colour its words are written in (null: the cell's own colour). */
export interface OpeningStatus {
  status: string;
  /** The RAG-coloured text colour of the status's own run of text ('#00B050'), or null when it is not set apart by one. */
  colour: string | null;
  /** What the cell says after the dash or colon ('policy amended and in use'). */
  rest: string;
}

/**
 * The few words an update cell opens with before a dash or colon ('ON TRACK – Campaign materials agreed…', 'Red: budget
 * not yet agreed'), with the colour those words alone are written in: a plan with no status column may write each
 * action's status at the start of its update, in bold coloured capitals. `colour` is set only when the words are a run of
 * their own in a RAG colour (the rest of the cell in another); the .xlsx reader gives such runs, Office.js does not.
 * Null when the cell opens with no such words (a sentence, a date, a number).
 *
 * @example
 * readOpeningStatus('ON TRACK – Campaign agreed.', [{ text: 'ON TRACK – ', colour: '#00B050' }, { text: 'Campaign agreed.', colour: null }]);
 * // { status: 'ON TRACK', colour: '#00B050', rest: 'Campaign agreed.' }
 * readOpeningStatus('NOT STARTED – Budget confirmed for January.', null); // { status: 'NOT STARTED', colour: null, rest: 'Budget confirmed for January.' }
 * readOpeningStatus('Q3 – training booked', null); // null (a digit: a period, not a status)
 */
export function readOpeningStatus(text: string, runs: readonly Run[] | null): OpeningStatus | null {
  const m = OPENING.exec(typeof text === 'string' ? text : '');
  if (!m) return null;
  const status = m[1].trim();
  if (!status || status.split(/\s+/).length > MAX_WORDS) return null;
  return { status, colour: runColour(status, runs), rest: m.input.slice(m.index + m[0].length - 1).trim() };
}

/** The RAG colour of the run that holds exactly the status's words (and the dash after them), or null. */
function runColour(status: string, runs: readonly Run[] | null): string | null {
  if (!runs) return null;
  const first = runs.find((r) => typeof r?.text === 'string' && r.text.trim());
  if (!first) return null;
  const words = first.text.replace(/[\s–—:-]+$/u, '').trim();
  if (words !== status) return null;
  return fontToRag(first.colour) ? first.colour : null;
}
