import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { GOVERNED, LABELLED, RATED } from './labels-block';
import { numbersBlock } from './numbers-block';
import { startsWithBullet } from './starts-with-bullet';
import { startsWithVerb } from './starts-with-verb';
import { statesFinding } from './states-finding';

/** More words than this and a line reads as a sentence (an indicator's official wording), not a heading's title. */
const SENTENCE_WORDS = 12;

/** A heading's title is this many words or fewer ('Governance', 'Metric 3 - Capability', '1. Workforce'). */
export const SHORT_WORDS = 8;

/**
 * How the standards word what an indicator measures ('Percentage of staff in each of the AfC bands …', 'Relative
 * likelihood of staff being appointed from shortlisting …', 'Percentage difference between the organisation's Board
 * voting membership and …'): a measure defined, however short, never a block's title.
 */
export const STANDARD_WORDING = /^(?:the\s+)?(?:percentage(?:\s+difference)?|proportion|relative\s+likelihood|likelihood|number)\s+(?:of|between)\s+\S+(?:\s+\S+){3,}/i;

/**
 * A line labelled as the metrics or indicators its block addresses ('WDES metric addressed: 4', 'Indicators covered: 5
 * and 6', 'Link to WRES indicator: 2', 'Relevant metrics – 4a, 4b'): it gives the block's indicators, not its heading.
 */
export const NAMES_BLOCK_METRICS = /^(?:(?:wres|wdes)\s+)?(?:(?:metrics?|indicators?|standards?)\s+(?:addressed|covered|targeted|served|supported|concerned|affected|linked|this\s+(?:addresses|covers|supports))|(?:links?|linked)\s+to\s+(?:(?:the\s+)?(?:wres|wdes)\s+)?(?:metrics?|indicators?)|relevant\s+(?:(?:wres|wdes)\s+)?(?:metrics?|indicators?))\s*[:–—-]\s*\S/i;

/**
 * The indicators a line naming its block's metrics gives (labelled so, or in a bracket closing it), written as a heading names them ('WDES metric addressed: 4'
 * → 'Metrics 4'; 'Indicators covered: 5 and 6' → 'Indicators 5 and 6'), for the heading's block; null for another line.
 *
 * @example
 * blockMetricsOf('WDES metric addressed: 4'); // 'Metrics 4'
 * blockMetricsOf('Objective: Improve the disability data we hold (WDES metrics 1 and 10).'); // 'WDES metrics 1 and 10'
 */
export function blockMetricsOf(line: string): string | null {
  const t = line.trim();
  const m = NAMES_BLOCK_METRICS.exec(t);
  if (!m) return closingMetrics(t);
  const noun = /indicator/i.test(m[0]) ? 'Indicators' : /standard/i.test(m[0]) ? 'Standards' : 'Metrics';
  return `${noun} ${t.slice(m[0].length - 1).trim()}`;
}

/**
 * A bracket closing a line that names only indicators, by their word ('… (WDES metrics 1 and 10).', '… (WRES indicators
 * 5 & 6)'): the line says which metrics its block addresses, as a line labelled so does. Numbers with no indicator word
 * ('(2019 survey)', '(see 4.2)') name none.
 */
const CLOSING_METRICS = /\(\s*((?:(?:wres|wdes)\s+)?(?:metrics?|indicators?)\s+[0-9a-d ,&+/–-]*(?:and\s+[0-9a-d]+\s*)?)\)\s*[.;]?$/i;

/**
 * The indicators a describing line's closing bracket names ('Objective: Improve the disability data we hold … (WDES
 * metrics 1 and 10).' → 'WDES metrics 1 and 10'), for the heading's block; null when the line closes on none.
 */
function closingMetrics(line: string): string | null {
  if (!line.endsWith(')') && !/\)\s*[.;]$/.test(line)) return null;
  const m = CLOSING_METRICS.exec(line);
  return m && /\d/.test(m[1]) ? m[1].trim() : null;
}

/**
 * A line giving the block's figure and the target set for it ('2023/24: 1.44     Target for 2024/25: 1.30 or below',
 * 'Baseline 12%; target: 15% by 2025'): a number after 'target', 'baseline' or 'trajectory' and a colon.
 */
const TARGET_FIGURE = /\b(?:target|baseline|trajectory)\b[^:.]{0,30}:\s*(?:[<>≤≥]|below|above|under|over|at\s+least|at\s+most|no\s+more\s+than)?\s*\d+(?:\.\d+)?\b/i;

/**
 * A year and its figure ('2018 – 1.93', '2021/22: 1.41'): a line giving two or more is the block's figure year by year
 * ('Our data: 2018 – 1.93;  2019 – 1.64'), its data, however plain its numbers (a ratio has no per cent sign).
 */
const YEAR_FIGURE = /\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\s*[:–—-]\s*[-+]?\d+(?:\.\d+)?%?(?![\d/.-])/g;

/** Whether the line gives two figures or more, each after its year. */
function givesYearByYear(t: string): boolean {
  let n = 0;
  for (const _ of t.matchAll(YEAR_FIGURE)) if (++n >= 2) return true;
  return false;
}

/** A short numbered heading: a plan's area or priority by its number ('1. Workforce', '3) Research', '2 – Service delivery'). */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\s*[.):–—-]?\s+\p{L}/u;

/**
 * Whether a line under a block's heading DESCRIBES the block rather than heading it, and how (the why's words):
 * - it gives the block's figures ('Reporting period 2016/17: BME 39.8%, White 56.1% of the workforce', 'BAME staff are
 *   1.9 times as likely …' — what the data shows, `statesFinding`);
 * - it is the standard's wording of what an indicator measures ('Relative likelihood of staff being appointed from
 *   shortlisting across all posts.', 'Percentage difference between the organisation's Board voting membership …'),
 *   however short, or any sentence of more than twelve words;
 * - it is labelled with what it tells of the block ('Success metric 1a. …', 'Aim: …', 'What good looks like: …');
 * - under a short numbered heading (`heading`, '1. Workforce'), it states the area's goal, starting with what to do
 *   ('Make the Trust a fair place to work …') or written as a sentence (a full stop): a plan numbering its areas
 *   writes each one's goal under it.
 * - it is labelled as the block's rating or the work already in place ('Evidence: Developing', 'Rating: Achieving',
 *   'Progress to date: …'): an assessment, not an action's status;
 * - it opens with a bullet ('• Gender pay gap reporting'): an item of a list (the evidence, the work in place), never a
 *   heading;
 * - it is labelled as the metrics the block addresses ('WDES metric addressed: 4'): they are the block's indicators
 *   (`NAMES_BLOCK_METRICS`; the heading above stays the theme);
 * - it gives the block's figure and its target ('2023/24: 1.44     Target for 2024/25: 1.30 or below'), or its figure
 *   year by year ('Our data: 2018 – 1.93;  2019 – 1.64').
 * A line opening with an indicator's name heads a block of its own, however long ('Metric 6 – Percentage of disabled
 * staff …'), and so does one numbering its block as the plan does ('Outcome 3A: Board members …': `numbersBlock`); a
 * short subject ('Governance') is a heading's shape. Null when the line could head the block.
 *
 * @example
 * describesBlock('Our data: 34% of BME staff against 27% of White staff.'); // 'it gives the figures of the block'
 * describesBlock('Success metric 2a. Relative likelihood of being appointed'); // "it is labelled 'Success metric': …"
 * describesBlock('Make the Trust a fair place to work', '1. Workforce'); // 'it states the goal of the area …'
 * describesBlock('Evidence: Developing'); // "it is labelled 'Evidence': it rates the block or gives the work already in place (not an action's status)"
 * describesBlock('• Gender pay gap reporting'); // 'it opens with a bullet: an item of a list said of the block'
 * describesBlock('WDES metric addressed: 4'); // 'it names the metrics the block addresses: …'
 * describesBlock('2023/24: 1.44     Target for 2024/25: 1.30 or below'); // 'it gives the figures of the block'
 * describesBlock('WRES 5 and 6 – Harassment, bullying or abuse'); // null
 */
export function describesBlock(text: string, heading?: string): string | null {
  const t = text.trim();
  const label = LABELLED.exec(t);
  if (label) return `it is labelled '${(label[1] ?? label[2]).replace(/\s+/g, ' ')}': it says what the block aims at or how its success is measured`;
  const rated = RATED.exec(t);
  if (rated) return `it is labelled '${rated[1].replace(/\s+/g, ' ')}': it rates the block or gives the work already in place (not an action's status)`;
  const governed = GOVERNED.exec(t);
  if (governed) return `it is labelled '${governed[1].replace(/\s+/g, ' ')}': it names who oversees the block, not its heading nor an action's lead`;
  if (startsWithBullet(t)) return 'it opens with a bullet: an item of a list said of the block';
  if (NAMES_BLOCK_METRICS.test(t)) return "it names the metrics the block addresses: they are its actions' indicators, the heading above is its theme";
  if (!t || NAMES_INDICATOR.test(t) || numbersBlock(t)) return null;
  if (statesFinding(t) || (TARGET_FIGURE.test(t) && !startsWithVerb(t)) || givesYearByYear(t)) return 'it gives the figures of the block';
  if (STANDARD_WORDING.test(t) || t.split(/\s+/).length > SENTENCE_WORDS) return 'it is a sentence describing the block (the wording of what it measures)';
  const h = heading?.trim() ?? '';
  if (NUMBERED_HEADING.test(h) && !NAMES_INDICATOR.test(h) && h.split(/\s+/).length <= SHORT_WORDS && (startsWithVerb(t) || /\.$/.test(t))) return `it states the goal of the area numbered '${h}', not a heading of its own`;
  // Under an indicator's heading ('Metric 6 - pressure to come to work when unwell'), a line closing with a full stop
  // ('Worse - ties in with the sickness policy review.', 'Smaller gap.', 'A BME non-executive director joined in April
  // 2023.', closing on a year) is a remark on the metric: a heading is no sentence.
  if (NAMES_INDICATOR.test(h) && /(?:\p{L}|\b(?:19|20)\d\d)\.$/u.test(t)) return "it is a remark on the indicator's figures, a sentence and no heading";
  return null;
}

/** A separator after a heading's words restated ('Support – …', 'Insight: …'). */
const RESTATED = /^\s*[:–—-]\s*\S/;

/**
 * Whether a line restates the heading above it word for word and runs on after a dash or colon ('Support – We have
 * trained 40 inclusion panel members …' under 'Support'): the block's heading said again with what it has done or
 * means, written under it — context, not a heading of its own, however the heading reads (a bare 'Support' could be
 * an action's verb; restated so, it is a heading). Null otherwise.
 *
 * @example
 * restatesHeading('Support – We have trained 40 inclusion panel members.', 'Support'); // "it repeats the heading ('Support') and runs on to say what its block has done or means"
 * restatesHeading('Support for disabled staff', 'Support'); // null
 */
export function restatesHeading(text: string, heading: string): string | null {
  const h = heading.trim();
  if (!h || text.length <= h.length + 2 || text.slice(0, h.length).toLowerCase() !== h.toLowerCase()) return null;
  return RESTATED.test(text.slice(h.length)) ? `it repeats the heading ('${h}') and runs on to say what its block has done or means` : null;
}

/**
 * The reason a describing line under the heading on sheet row `row` gives the user, or null when the line could head
 * the block itself (see `describesBlock`).
 *
 * @example
 * describedUnder('Aim: fairer panels', 'Metric 2', 7); // "it is labelled 'Aim': … under the heading on row 7 ('Metric 2'): context, not the block's heading"
 */
export function describedUnder(text: string, heading: string, row: number): string | null {
  const why = describesBlock(text, heading);
  return why ? `${why} under the heading on row ${row} ('${heading}'): context, not the block's heading` : null;
}
