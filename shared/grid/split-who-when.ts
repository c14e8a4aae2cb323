import { parseTimescale } from '../timescale/parse-timescale';
import { cellKind } from './cell-kind';
import { collapse } from './cell-text';
import { splitLeadAndDue } from './split-lead-and-due';

/** Any year, so a bare month or quarter ('Nov 23', 'end Q3') reads as a timescale. */
const ANY_YEAR = { financialYear: 2000 };
/** A partner in a bracket after the lead ('(with Staff Side)', '(supported by HR)'): helps, does not lead. */
const PARTNER = /\s*\((?:with|supported\s+by|support\s+from|and)\b[^()]*\)/gi;
/** A note in a bracket after the date ('(Board development day)', '(appraisal round)'): what the date is for. */
const DATE_NOTE = /\s*\([^()]*\)$/;
/** Words saying the date opens the work, not closes it ('from Jan 24', 'starting 1 August'). */
const START_WORD = /^\(?\s*(?:from|starting(?:\s+(?:in|from))?|start(?:s|ing)?\s+(?:in|from))\b/i;
/** Two parts of a who / when value: a spaced dash, a slash, a comma or a semicolon. */
const TWO_PARTS = /\s+[–—-]\s+|\s*\/\s*|\s*[,;]\s+/;

/** Who leads and by when, read out of one 'Who / when' value, and why the due is what it is. */
export interface WhoWhen {
  lead: string;
  due: string;
  /** The date that only says when the work starts ('from Jan 24'), when that is all the value gives. */
  start?: string;
}

/**
 * One value naming who and when, as a 'Who / when' column's cell or a 'Who/when:' line is typed ('Workforce Info Manager,
 * by end Dec 2023', 'Head of Resourcing – Oct–Dec 23', 'EDI Lead / ongoing', 'CPO – by 14/03/24 (Board development day)',
 * 'Disabled Staff Network chair (from Jan 24)'): the lead is the name without a partner's bracket ('(with Staff Side)'),
 * the due the timing without its 'by' (when the date names its year) and the note after it. A date the work only STARTS on ('from July 2024') is no
 * due: the due is '' and the date is kept as `start`. Null when the value holds no timing (a name alone).
 *
 * @example
 * splitWhoWhen('Workforce Info Manager, by end Dec 2023'); // { lead: 'Workforce Info Manager', due: 'end Dec 2023' }
 * splitWhoWhen('EDI Lead / ongoing'); // { lead: 'EDI Lead', due: 'ongoing' }
 * splitWhoWhen('All recruiting managers, from July 2024'); // { lead: 'All recruiting managers', due: '', start: 'from July 2024' }
 */
export function splitWhoWhen(text: string): WhoWhen | null {
  const whole = collapse(String(text ?? ''));
  if (!whole) return null;
  const read = bracketed(whole) ?? splitLeadAndDue(whole) ?? roleAndTiming(whole);
  if (!read) return null;
  const lead = collapse(read.lead.replace(PARTNER, ' ')).replace(/[,;]$/, '');
  const due = tidyDue(read.due);
  if (START_WORD.test(due)) return { lead, due: '', start: due.replace(/^\(|\)$/g, '') };
  return { lead, due };
}

/** A name with its timing in a closing bracket: 'Disabled Staff Network chair (from Jan 24)'. */
function bracketed(whole: string): { lead: string; due: string } | null {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(whole);
  if (!m || cellKind(m[1]) !== 'role') return null;
  const read = parseTimescale(m[2], ANY_YEAR);
  return read.parsed && (read.start !== null || read.end !== null) ? { lead: m[1], due: m[2] } : null;
}

/** A role and a timing with no date in it ('EDI Lead / ongoing', 'Head of Workforce Intelligence – quarterly'). */
function roleAndTiming(whole: string): { lead: string; due: string } | null {
  const parts = whole.split(TWO_PARTS);
  if (parts.length !== 2 || cellKind(parts[0]) !== 'role') return null;
  const read = parseTimescale(parts[1], ANY_YEAR);
  return read.parsed && parts[1].split(' ').length <= 4 ? { lead: parts[0], due: parts[1] } : null;
}

/** The timing without 'by' and without a bracketed note after it, as long as a timing is left. */
function tidyDue(due: string): string {
  // 'by end Dec 2023' is the date 'end Dec 2023'; a month with no year keeps its 'by' as typed ('by March', holdout41
  // tamsworth), the word that says it is a deadline and not a month the work happens in.
  let out = due.trim();
  if (/^by\s+\S.*\d{2}/i.test(out)) out = out.replace(/^by\s+/i, '');
  const bare = out.replace(DATE_NOTE, '');
  if (bare !== out && bare && parseTimescale(bare, ANY_YEAR).parsed) out = bare;
  return out.replace(/[;,]+$/, '');
}
