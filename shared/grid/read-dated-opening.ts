import { memoiseText } from '../memoise-text';
import { periodOfHeader, type HeaderPeriod } from './period-of-header';

/** How a dated line opens, and what it says after its date. */
export interface DatedOpening {
  /** The opening as written, separator and all: 'Q2 (13/10/22):', '14/07/22 –', 'Update Nov 2022:'. */
  label: string;
  /** When the line was written: a day, a month, a quarter or a half (`order` sorts lines in time). */
  period: HeaderPeriod;
  /** What the line says after its date: 'procurement under way.' */
  rest: string;
}

/**
 * A date or period, at most this many words, before a colon or a spaced dash: 'Q2 (13/10/22):', '12 Jan 2023 –',
 * 'Update Nov 2022:'. A dash inside a date ('Nov-22', 'Apr–Jun') separates nothing: only a dash with a space after it does.
 */
const OPENING = /^\s*([^:\n]{1,40}?)\s*(:|\s[–—-]\s|\s?[–—]\s)\s*(\S[\s\S]*)$/;
const MOST_WORDS = 6;
/** Words a log writes around an update's date ('Update Nov 2022', 'Position as at 30/09/22', 'Q2 (13/10/22)'). */
const LABEL_WORD = /^(?:updates?|progress|position|as|at|of|on|reviewed|review|latest|status|comments?|notes?|meeting|q[1-4]|h[12]|[\d/.'’-]+)$/;
/** Periods a dated update is written in: a day, a month, a quarter, a half. A year names a plan's year, not an update's. */
const WRITTEN_IN = new Set<HeaderPeriod['every']>(['day', 'month', 'quarter', 'half']);

/**
 * The date a line opens with, as a progress log writes each update ('Q2 (13/10/22): procurement under way.',
 * '14/07/22 – panel trained.', 'Update Nov 2022: …', 'Jan 23: …', '12 Jan 2023 – …'), or null when the line opens with
 * no date, with a year alone ('2022/23: …'), or says nothing after it ('Q1 (Apr–Jun 2022)'). The date is read by the
 * reader's own period words (`periodOfHeader`), so whatever it reads as a day, month or quarter counts.
 *
 * @example
 * readDatedOpening('Q2 (13/10/22): procurement under way.'); // { label: 'Q2 (13/10/22):', period: { every: 'day', order: '2022-10-13 2022-10-13', … }, rest: 'procurement under way.' }
 * readDatedOpening('Recruitment: fair shortlisting'); // null
 */
export const readDatedOpening = memoiseText((text: string): DatedOpening | null => {
  const m = OPENING.exec(text);
  if (!m) return null;
  const [, label, separator, rest] = m;
  if (label.split(/\s+/).length > MOST_WORDS || !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(label)) return null;
  const period = periodOfHeader(label.replace(/^[[(]|[\])]$/g, ''));
  if (!period || !WRITTEN_IN.has(period.every)) return null;
  if (!period.rest.split(/\s+/).filter(Boolean).every((w) => LABEL_WORD.test(w))) return null;
  return Object.freeze({ label: `${label}${separator.trim() === ':' ? ':' : ` ${separator.trim()}`}`, period, rest });
});
