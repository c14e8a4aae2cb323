/** Ticks and crosses as trusts type them: check marks, ballot boxes, the emoji. */
const TICK = /^[✓✔☑✅🗸]+$/u;
const CROSS = /^[✗✘✖☒❌]+$/u;

/**
 * What a tick or a cross alone says as a status ('✓' under 'Done?'): a tick says done, a cross not done, as any reader of
 * the plan takes them. Null for anything else. Only asked when the plan's key does not name the mark: a key may make
 * '✓' mean on track. Neither gives a colour: how a done or undone action is going is the cell's fill, or none.
 *
 * @example
 * tickMeaning('✔') // 'done'
 * tickMeaning('✗') // 'not done'
 * tickMeaning('● ✓') // null
 */
export function tickMeaning(status: string): 'done' | 'not done' | null {
  const raw = String(status ?? '');
  // Every action's status comes through here. One that opens with a printable ASCII character ('Complete', '75%') has
  // that character first once its spaces are gone, and no tick or cross is ASCII: it is no mark, and is not rewritten.
  const first = raw.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return null;
  const text = raw.replace(/\s+/g, '');
  if (text.length === 0 || text.length > 4) return null;
  return TICK.test(text) ? 'done' : CROSS.test(text) ? 'not done' : null;
}
