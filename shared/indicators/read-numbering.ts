import { AMOUNT_AFTER_NUMBER, INDICATOR_WORD } from './indicator-word';

/** A WDES metric's part written straight after its number ('4a', '9b'): the only parts the standards have. */
const PART = /^(?:4|9)[ab]$/i;

// "2a", "9b. a", "9b a": a number, a letter, and a second letter after it; the letter alone numbers the action.
const LETTERED = /^(\d{1,2})([a-z])(?:(\.?\s)([a-z]))?(?=[.\s):]|$)/;
// The same in a ref cell of its own, where capitals and a space are the plan's style ('2A', '2 a'), not a sentence's start.
const LETTERED_CELL = /^(\d{1,2})\s*([a-z])(?:(\.?\s)([a-z]))?(?=[.\s):]|$)/i;
// "2.3", "4a.1": the indicator (a metric's part too), a dot, the action's own number.
const DOTTED = /^(\d{1,2})([a-z])?\.(\d{1,2})(?=[.\s):]|$)/i;
// "13.", "13)": a running number, which says nothing of the indicator.
const RUNNING = /^(\d{1,3})[.)](?=\s|$)/;
// "W1.2", "M4a.1", "WRES3.2", "WRES 3 – 1", "WDES-M4a.2": an indicator's code or word, its number, then the action's.
// A dash between the two only in a ref cell of its own: in an action's text "WRES 5 – 8" names a range of indicators.
const CODED = new RegExp(`^(${INDICATOR_WORD})\\s*(\\d{1,2})([ab])?(?:\\.(\\d{1,2})|\\s*[-–]\\s*(\\d{1,2}))(?=[.\\s):]|$)`, 'i');

/** An amount opening an action's text ('2.5 million pounds …', '9k set aside …', 'M1.5 million …'): no number of the action's. */
const AMOUNT = new RegExp(`^(?:[a-z]\\s?)?\\d{1,3}${AMOUNT_AFTER_NUMBER}`, 'i');

/** What may come before an action's number: space, or a tag ('<p>'). */
const LEADING = /^[\s<]/;

/**
 * The one reading of an action's own number and the indicator that number names. Plans number actions by indicator —
 * "2.3" is indicator 2's third action, "2a" its first, "9b. a" metric 9b's, "4a.1" metric 4a's, and the code a plan
 * writes for the indicator may come first ("W1.2", "M4a.1", "WRES 3 – 1") — or simply count them ("13."): a count is a
 * ref naming no indicator. `whole` says the text is a ref cell of its own ('No.', 'Ref'), not the start of an action's
 * text, so a dash may part the indicator from the action's number there. Whether the numbering counts something else
 * (a theme, an objective) is the reader's call, from the rows around it.
 *
 * @example
 * readNumbering('2.3 Introduce a BME mentoring scheme'); // { ref: '2.3', indicator: '2' }
 * readNumbering('M4a.1', true); // { ref: 'M4a.1', indicator: '4a' }
 * readNumbering('WRES 3 – 1', true); // { ref: 'WRES 3 – 1', indicator: '3' }
 * readNumbering('13. BAME lead for each division'); // { ref: '13', indicator: null }
 * readNumbering('G1', true); // null — a letter of the plan's own; only a note of the plan can say what it means
 * readNumbering('2.5 million invested in leadership programmes'); // null — an amount, not indicator 2's action
 */
export function readNumbering(text: string, whole = false): { ref: string; indicator: string | null } | null {
  const t = String(text ?? '');
  // Leading space and tags are dropped; most actions start with neither, and their text is not copied to find so.
  const s = LEADING.test(t) ? t.replace(/^\s*(?:<[^>]*>\s*)*/, '') : t;
  // An amount the text opens with counts money or staff (a ref cell of its own holds no amount: '9k' there is a ref).
  if (!whole && AMOUNT.test(s)) return null;
  const first = s.charCodeAt(0) | 0x20;
  // Most actions start with a word: a letter first rules out any numbering but a code's ('W1.2', 'WRES 3 – 1').
  if (first >= 97 && first <= 122) return codedNumbering(s, whole);
  let m = DOTTED.exec(s);
  if (m) return { ref: m[0], indicator: m[2] && PART.test(`${m[1]}${m[2]}`) ? `${Number(m[1])}${m[2].toLowerCase()}` : String(Number(m[1])) };
  m = (whole ? LETTERED_CELL : LETTERED).exec(s);
  if (m) {
    const ref = m[4] ? `${m[1]}${m[2]}${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
    return { ref: ref.trim(), indicator: m[4] ? `${Number(m[1])}${m[2].toLowerCase()}` : String(Number(m[1])) };
  }
  m = RUNNING.exec(s);
  return m ? { ref: m[1], indicator: null } : null;
}

/** "W1.2", "M4a.1", "WRES 3 – 1": an indicator's code or word, its number and the action's number after it. */
function codedNumbering(s: string, whole: boolean): { ref: string; indicator: string } | null {
  // Only a code can start a numbered ref with a letter, and a code's number comes within its first 20 characters: a
  // sentence with no digit there is spared the pattern (and the copy of its start).
  if (!digitBefore(s, 20) || !/^[a-z](?:\d|[a-z]{0,9}[\s.-]*(?:[a-z]\s*)?\d)/i.test(s.slice(0, 20))) return null;
  const m = CODED.exec(s);
  if (!m || (m[5] !== undefined && !whole)) return null;
  const part = m[3] && PART.test(`${m[2]}${m[3]}`) ? m[3].toLowerCase() : '';
  return { ref: m[0].trim(), indicator: `${Number(m[2])}${part}` };
}

/** Whether a digit is among the text's first `n` characters. */
function digitBefore(s: string, n: number): boolean {
  for (let i = 0; i < n && i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) return true;
  }
  return false;
}
