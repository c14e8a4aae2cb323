import { periodOfText } from '../identity/period-of-text';
import { NAMES_INDICATOR } from '../indicators/indicator-word';

/** Words a plan's own title uses for itself. */
const PLAN_WORDS = /\b(?:plan|wres|wdes|workforce (?:race|disability) equality standard)\b/i;

/**
 * The period a row's text names when it is a plan's title — a title row, a page's running head or the caption of
 * another year's plan ("WRES action plan 2017/18 – position at 31 March 2018") — else null. Such a text names a
 * plan and a year, and no indicator: it is never a section heading, so never an action's theme.
 *
 * @example
 * planTitlePeriod('Saltmarsh NHS Trust – WRES action plan 2018/19'); // '2018-19'
 * planTitlePeriod('Metric 1: Representation'); // null
 */
export function planTitlePeriod(text: string): string | null {
  const t = String(text ?? '').slice(0, 300);
  if (!PLAN_WORDS.test(t) || NAMES_INDICATOR.test(t)) return null;
  return periodOfText(t);
}
