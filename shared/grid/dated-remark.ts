/**
 * A remark dated and signed by who made it, opening its line: a body or a person, the day, a colon ('Committee 19/12/17:
 * asked for the rate by division', 'People Committee 4 March 2024: the network to be asked …', 'Update 12.01.24: …').
 * Typed under an action it records what a meeting said of the action above: a note on it, not a heading over the
 * actions below it. Gives the label and date as written ('Committee 19/12/17'), or null.
 *
 * @example
 * datedRemark('Committee 19/12/17: asked for the training completion rate to be reported by division.'); // 'Committee 19/12/17'
 * datedRemark('Indicator 2 – Appointment from shortlisting'); // null
 * datedRemark('Added at the mid-year review: new actions'); // null (no day: a caption)
 */
export function datedRemark(text: string): string | null {
  // Cheap exact test first: most headings hold no colon, or no digit before it.
  const colon = text.indexOf(':');
  if (colon < 6 || colon > 48 || !/\d/.test(text.slice(0, colon))) return null;
  const m = DATED_LABEL.exec(text.slice(0, colon));
  if (!m) return null;
  // The remark itself: a few words after the colon, not a label's value ('Review 01/04/2024: Q1').
  return text.slice(colon + 1).trim().split(/\s+/).length >= 3 ? m[0].trim() : null;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Up to four words naming who, then a day: '19/12/17', '12.01.2024', '4 March 2024', '(4 Mar 24)'. */
const DATED_LABEL = new RegExp(`^\\s*(?:[\\p{L}&'’-]+\\s+){1,4}\\(?(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{2,4})\\)?\\s*$`, 'iu');
