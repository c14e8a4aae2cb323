import { collapse } from './cell-text';

/**
 * A label an unfinished plan puts before the words saying the action is still to come: 'Action', 'Action 7', 'Action
 * 2.3', 'Item 4', 'Action no. 9' (the row's own number typed again in its action cell).
 */
const LABEL = String.raw`(?:(?:action|item)\s*(?:no\.?\s*)?(?:[a-z]{0,4}[-.]?\d[\w.]*)?\s*[-–—:.]?\s*)?`;

/**
 * Words saying the action itself is not written yet: 'TBC', 'TBA', 'TBD', 'to be agreed', 'to be confirmed', 'to be
 * added', 'to add', 'to follow', 'still to be agreed', 'not yet agreed'.
 */
const TO_COME = String.raw`(?:tbc|tba|tbd|to\s+be\s+(?:agreed|confirmed|decided|determined|added|written|drafted|developed|identified|finali[sz]ed|set|arranged)|to\s+(?:add|follow|come)|still\s+to\s+(?:be\s+)?(?:agreed|written|added|drafted|confirmed|decided)|not\s+yet\s+(?:agreed|written|drafted|decided))`;

/**
 * What may follow those words: nothing, a bracket or a dash with a remark ('(waiting for NHSE board guidance)', '– metric
 * 6'), or who or what it waits on ('with the Disability Network', 'at the EDI group', 'pending the staff survey'). A
 * colon or a clause of its own ('To be agreed by the board: introduce reverse mentoring') names the action after all.
 */
const THEN = String.raw`(?=\s*$|\s*[([\])}>–—-]|\s+(?:with|by|at|from|following|pending|awaiting|once|when|until|after|in|for)\b)`;

const PLACEHOLDER = new RegExp(String.raw`^[\s[(<{*]*${LABEL}[[(]?${TO_COME}(?![\w/])${THEN}`, 'i');

/** A placeholder is a short line: an action's own sentence opening with such words goes on to say what will be done. */
const MAX_LINE = 100;
/** The remark after the words is a few words ('with the Disability Network'), not the work itself. */
const MAX_REMARK_WORDS = 6;

/**
 * Why an action cell holds a placeholder for an action not yet written ('Action 7 – to be agreed', 'Action 9 – TBC
 * (waiting for NHSE board guidance)', 'Action to be agreed with the Disability Network', '[to add]'), or null. An
 * unfinished plan keeps a row for an action it means to add — its number, its metric, sometimes a lead — but the row
 * commits to nothing yet: it is no action to count, validate or rate. A cell that names the work ('To be agreed by the
 * board: introduce reverse mentoring', 'Agree the new policy …') is no placeholder.
 *
 * @example
 * holdsActionToCome('Action 7 – to be agreed'); // "its action cell says the action is still to come ('to be agreed'): …"
 * holdsActionToCome('Agree a target for BME representation at Band 8a'); // null
 */
export function holdsActionToCome(text: string): string | null {
  // The cell as it is first (every action row is asked, and the anchored pattern fails most within a word); its
  // collapsed text only for an answer.
  if (text.length > MAX_LINE * 2 || !PLACEHOLDER.test(text)) return null;
  const flat = collapse(text);
  if (flat.length > MAX_LINE || flat.includes(':')) return null;
  const m = PLACEHOLDER.exec(flat);
  if (!m || flat.slice(m[0].length).split(/\s+/).filter((w) => /\w/.test(w)).length > MAX_REMARK_WORDS) return null;
  const words = /(?:tbc|tba|tbd|to be \w+|to \w+|still to (?:be )?\w+|not yet \w+)$/i.exec(m[0])?.[0] ?? m[0];
  return `its action cell says the action is still to come ('${words}'): the row keeps its place and commits to nothing yet`;
}
