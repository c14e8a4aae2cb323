import { collapse } from './cell-text';
import { statesFinding } from './states-finding';

/**
 * A label in the ref column: a word or three with no digit ('Evidence', 'Our data', 'Baseline:'), where the plan's refs
 * are numbers or codes ('1.1', 'A2'). A ref always carries a number or a code's letter run beside one; a label never does.
 */
const LABEL = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}\s*[:–—-]?$/u;

/**
 * Why a row is the data of its block rather than an action, or null: its ref cell holds a label instead of a ref
 * ('Evidence', 'Our data', 'Current position') and its action cell gives the block's figures — what the data shows this
 * year against last ('2016: White applicants 1.59 times more likely to be appointed (2015: 1.42)', `statesFinding`).
 * Plans pasted from a Word table write such a row under each indicator heading, above its numbered actions. A labelled
 * row whose text says what to do ('Baseline | Agree the baseline figures with the network') is left to be read as an
 * action, and so is any row naming a lead, timescale or status (the caller asks only of rows naming none).
 *
 * @example
 * labelsDataRow('Evidence', '2016: BME staff 1.84 times more likely to enter a formal disciplinary investigation (2015: 1.62).');
 * // "its Ref cell 'Evidence' is a label, not a ref, and '2016: BME staff 1.84 times …' gives the block's figures: data, not an action"
 * labelsDataRow('1.1', 'BME staff are 9.8% of Bands 8a–9'); // null (a ref)
 */
export function labelsDataRow(ref: string, action: string): string | null {
  const label = collapse(ref);
  if (!label || !LABEL.test(label) || !statesFinding(action)) return null;
  const text = collapse(action);
  const quoted = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `its Ref cell '${label}' is a label, not a ref, and '${quoted}' gives the block's figures: data, not an action`;
}
