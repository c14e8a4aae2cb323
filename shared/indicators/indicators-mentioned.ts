import type { Standard } from '../types';
import { indicatorsOfCell } from './indicators-of-cell';
import { INDICATOR_WORD } from './indicator-word';
import { numberWordsAsDigits } from './number-words-as-digits';

// "(WDES metrics 1 and 10)", "WRES indicators 5 & 6", "Metric 4a, 4b, 9a and 9b": the word, then the list.
// A code may carry a gloss in brackets, words only ("metrics 4a (patients) and 4b", as the 2021 WDES names 4a's parts):
// it names no indicator and does not end the list.
const GLOSS = '(?:\\s*\\([a-z][a-z ,/&-]{0,30}\\))?';
// A number listed after the first is a code only when no figure goes on from it: '(indicator 2 - 1.58)', '(indicator 7 -
// 72% v 86%)' give the indicator and then its figure, not the range 2–1 or 7–72.
const FIGURE_ON = '(?!\\d|\\.\\d|\\s*%)';
const MENTION = new RegExp(`\\b${INDICATOR_WORD}\\s*\\d{1,2}(?:\\s*[a-d](?![a-z]))?${GLOSS}(?:\\s*(?:,|&|\\/|\\+|and|to|-|–)\\s*\\d{1,2}${FIGURE_ON}(?:\\s*[a-d](?![a-z]))?${GLOSS})*`, 'gi');

// "(all indicators)", "(All WDES metrics)", "all nine WRES indicators": every indicator of the standard, by name.
const ALL_MENTION = /\(\s*all\s+(?:(?:wres|wdes)\s+)?(?:indicators|metrics)\s*\)|\ball\s+(?:(?:nine|ten|\d{1,2})\s+)?(?:wres\s+indicators|wdes\s+metrics)\b/i;

/**
 * What a text must hold to mention an indicator at all: the start of an indicator word or code ('WRES', 'Indicator',
 * 'Metric', 'M5'), or 'Ind' with its number ('Ind 5', 'Ind. 5'). Number words are read as digits only after one of the
 * others ('Indicator five'; 'Ind' takes only a digit), and "all indicators" names one. So 'Ind' alone ('individual',
 * 'induction', 'independent') is no start, and such a text is not read further.
 */
const MAY_MENTION = /\b(?:wres|wdes|indicator|metric|ind\.?\s*\d|[imw]\d)/i;

/**
 * Whether a text may mention an indicator at all (see MAY_MENTION): when not, `indicatorsMentioned` finds none in it, nor
 * in any of its lines, trimmed and joined again. A caller reading only some lines of a long cell asks this first.
 *
 * @example
 * mayMentionIndicators('Outcome: WDES metric 8'); // true
 * mayMentionIndicators('Process: days from request to adjustment'); // false
 */
export function mayMentionIndicators(text: string): boolean {
  return MAY_MENTION.test(String(text ?? ''));
}

/**
 * Every indicator a text mentions by number anywhere in it, such as a section heading "Priority 1 – Better
 * data and disclosure (WDES metrics 1 and 10)" or a context cell "Zero tolerance (WRES indicators 5 & 6)".
 * Only numbers that follow the word "indicator" or "metric" count: other numbers in the text are not indicators. All of
 * them, named as such ("(all indicators)", "all WRES indicators"), is every indicator of the standard.
 *
 * @example
 * indicatorsMentioned('Priority 4 – Harassment and voice (WDES metrics 4a, 4b, 9a and 9b)', 'WDES'); // ['4a', '4b', '9a', '9b']
 * indicatorsMentioned('Report progress to the steering group (all indicators).', 'WRES'); // ['1', …, '9']
 */
export function indicatorsMentioned(text: string, standard: Standard | null): string[] {
  const out: string[] = [];
  // Most texts (an action's sentence) name no indicator: one scan answers for them.
  if (!mayMentionIndicators(text)) return out;
  for (const m of numberWordsAsDigits(String(text ?? '').slice(0, 2000)).matchAll(MENTION)) {
    for (const id of indicatorsOfCell(m[0].includes('(') ? m[0].replace(/\s*\([^)]*\)/g, '') : m[0], standard)) if (!out.includes(id)) out.push(id);
  }
  if (ALL_MENTION.test(text)) return indicatorsOfCell('All', standard);
  return out;
}
