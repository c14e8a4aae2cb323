import { parseTimescale } from '../timescale';
import { splitHorizon } from '../timescale/split-horizon';
import { collapse } from './cell-text';

/**
 * Words that say how long or over what span without naming a subject ('0–6 months', 'within 12 months', 'throughout the
 * plan', 'over the next two years').
 */
const SPAN_WORD = /^(?:\d{1,2}(?:[-–]\d{1,2})?|one|two|three|four|five|six|twelve|eighteen|months?|years?|weeks?|within|throughout|over|across|the|next|first|second|third|of|plan|plan's|life|term|period|and|beyond|after|onwards|up|to|by|during|from|a|year's)$/i;

/** A heading is short: longer, it is a sentence about the work, not when it is done. */
const MAX_LENGTH = 80;

/**
 * Whether a section heading states when the actions under it are to be done, not what they are about: a timescale as
 * the plan's timescale parser reads one ('By December 2023', 'Q1 2024/25', '2019/20', 'Ongoing – throughout the plan'),
 * or a horizon ('Immediate', 'Short term', 'Year 1', 'Phase 2', 'Quarter 1') followed by nothing, by a timescale ('Short
 * term – by 31 March 2019', 'Year 1 (2021/22)') or by a span ('Medium term (6–12 months)'). A subject ('Fair
 * recruitment', 'Recruitment 2019', 'Phase 1 – Listening to staff') says what the actions are about: null. The heading
 * as written is the timescale it gives.
 *
 * @example
 * readTimescaleSection('Short term – by 31 March 2019'); // 'Short term – by 31 March 2019'
 * readTimescaleSection('Year 1 (2021/22)'); // 'Year 1 (2021/22)'
 * readTimescaleSection('Recruitment 2019'); // null
 */
export function readTimescaleSection(heading: string): string | null {
  const text = collapse(String(heading ?? ''));
  if (!text || text.length > MAX_LENGTH || !/\p{L}|\d/u.test(text)) return null;
  // A number alone ('12') is a count or a ref, never a period, though a parser may read it as a year.
  if (/^\d{1,3}$/.test(text)) return null;
  const horizon = splitHorizon(text);
  const when = horizon ? horizon.rest : text;
  if (horizon && !when) return text;
  if (!parseTimescale(when).parsed && !isSpan(when)) return null;
  // A date before a subject ('April 2022 – Data and recruitment') heads work on that subject: every part must say when.
  return when.split(PART).every((part) => !part.trim() || /\d/.test(part) || isSpan(part) || parseTimescale(part, ANY_YEAR).parsed) ? text : null;
}

/** Where a heading's parts meet: a spaced dash, a comma, a bracket. */
const PART = /\s[-–—]\s|,\s*|[()]/;
/** Any year: a bare quarter or month ('Quarter 1') is a timescale whatever the plan's year. */
const ANY_YEAR = { financialYear: 2000 };

/** Words that only say how long or over what span ('0–6 months', 'throughout the plan'). */
function isSpan(text: string): boolean {
  const words = text.replace(/[()[\].,;:–—]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SPAN_WORD.test(w));
}
