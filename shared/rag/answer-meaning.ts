/** Ticks and crosses as trusts type them: check marks, ballot boxes, the emoji. */
const TICK = /^[✓✔☑✅🗸]+$/u;
const CROSS = /^[✗✘✖☒❌]+$/u;
/** Answers typed under a question ('Done?', 'Achieved? (Yes / No / Partly)'), the whole cell, a full stop allowed. */
const YES = /^(?:y|yes)\.?$/i;
const NO = /^(?:n|no)\.?$/i;
const PARTLY = /^(?:part|partly|partial|partially)\.?$/i;

/**
 * What a tick, a cross or a yes / no answer alone says as a status ('✓' or 'Y' under 'Done?'): a tick or a yes says
 * done, a cross or a no not done, 'Partly' partly done, as any reader of the plan takes them. Null for anything else.
 * Only asked when the plan's key does not name the mark or word: a key may make '✓' mean on track. None gives a colour:
 * how a done or undone action is going is the cell's fill, or none.
 *
 * @example
 * answerMeaning('✔') // 'done'
 * answerMeaning('N') // 'not done'
 * answerMeaning('Partly') // 'partly done'
 * answerMeaning('● ✓') // null
 */
export function answerMeaning(status: string): 'done' | 'not done' | 'partly done' | null {
  const raw = String(status ?? '');
  // Every action's status comes through here: one longer than any answer is none, and is not rewritten.
  if (raw.length > 12) return null;
  const text = raw.replace(/\s+/g, '');
  if (text.length === 0) return null;
  // An answer in words opens with a letter; no tick or cross is ASCII.
  const first = text.charCodeAt(0);
  if (first < 0x7f) return YES.test(text) ? 'done' : NO.test(text) ? 'not done' : PARTLY.test(text) ? 'partly done' : null;
  if (text.length > 4) return null;
  return TICK.test(text) ? 'done' : CROSS.test(text) ? 'not done' : null;
}

/**
 * How a user names the kind of answer a status is: a tick, a cross, or a yes / no answer.
 *
 * @example
 * answerKind('✓') // 'tick'
 */
export function answerKind(status: string): 'tick' | 'cross' | 'yes or no' {
  const text = String(status ?? '').replace(/\s+/g, '');
  return TICK.test(text) ? 'tick' : CROSS.test(text) ? 'cross' : 'yes or no';
}
