import { splitWhoWhen, type WhoWhen } from './split-who-when';

/**
 * A line whose label names both who and when: 'Who/when:', 'Who & by when:', 'Lead / timescale:', 'Owner and date:'.
 * The label opens a line of the cell (or the cell).
 */
const WHO_WHEN_LINE = /(?:^|\n)[ \t]*((?:who|lead|owner|by whom)[ \t]*(?:\/|&|\+|and)[ \t]*(?:by[ \t]+)?(?:when|timescale|timeframe|date|due|deadline))[ \t]*[:–—-][ \t]*([^\n]+)/i;

/** What a who / when line gives: its lead and due, the label as written, and the cell's text without the line. */
export interface WhoWhenLine extends WhoWhen {
  label: string;
  rest: string;
}

/**
 * The line of a cell that writes who leads and by when behind ONE label naming both ('… her directors' objectives.\nWho/when:
 * Associate Director of People, Dec 2024'): its value split as a 'Who / when' column's cell is (`splitWhoWhen` — the
 * partner's bracket dropped, 'by' dropped, a date the work only starts on no due). `rest` is the cell without that line,
 * so other labels are read from what is left. Null when no line is labelled so, or its value holds no timing and names
 * no one.
 *
 * @example
 * readWhoWhenLine('Set goals.\nWho/when: Head of Talent & OD – end Q3'); // { lead: 'Head of Talent & OD', due: 'end Q3', label: 'Who/when', rest: 'Set goals.' }
 */
export function readWhoWhenLine(text: string): WhoWhenLine | null {
  const m = WHO_WHEN_LINE.exec(text);
  if (!m) return null;
  const value = m[2].trim();
  const read = splitWhoWhen(value) ?? { lead: value.replace(/[.;,]+$/, ''), due: '' };
  if (!read.lead && !read.due) return null;
  return { ...read, label: m[1], rest: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim() };
}
