import { periodOfText } from '../identity/period-of-text';
import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { isNote } from './is-note';
import { statesFinding } from './states-finding';

/** Words a plan's own title uses for itself (also how a page's running head names the plan again: `isRunningHead`). */
export const PLAN_WORDS = /\b(?:plan|wres|wdes|workforce (?:race|disability) equality standard)\b/i;

/** Words of a caption over the standard's figures ('WRES indicators 2023 and 2024', 'WDES metrics 2022'). */
const FIGURES_WORDS = /\b(?:indicators|metrics|data|figures|results)\b/i;

/**
 * A sentence's end with another sentence after it ('… from April 2018. Research found …'): a text that runs on past a
 * sentence is a paragraph of the intro, never a title, whatever year it names. The word before the stop is lower case
 * or a number, so 'St. Helens' and 'No. 5' do not end a sentence.
 */
const RUNS_ON = /[a-z0-9)]{2}[.!?]\s+[A-Z][a-z]/;

/**
 * The period a row's text names when it is a plan's title — a title row, a page's running head or the caption of
 * another year's plan ("WRES action plan 2017/18 – position at 31 March 2018") — else null. Such a text names a
 * plan and a year, and no indicator: it is never a section heading, so never an action's theme. A note naming a plan
 * ("Note: the divisional targets action was carried forward from the 2022/23 plan.") remarks on this plan's rows: no title.
 *
 * @example
 * planTitlePeriod('Saltmarsh NHS Trust – WRES action plan 2018/19'); // '2018-19'
 * planTitlePeriod('Metric 1: Representation'); // null
 * planTitlePeriod('WRES indicators 2023 and 2024'); // null: the years of a figures table
 * planTitlePeriod('The WDES was mandated from April 2018. Research found …'); // null: a paragraph, not a title
 * planTitlePeriod('Where we are (2021 WDES): 4.8% of staff declare a disability'); // null: the figures of a return
 */
export function planTitlePeriod(text: string): string | null {
  const t = String(text ?? '').slice(0, 300);
  if (!PLAN_WORDS.test(t) || NAMES_INDICATOR.test(t) || isNote(t) || RUNS_ON.test(t)) return null;
  // A caption over the standard's figures names the years of its data, not a plan's period ('WRES indicators 2023 and
  // 2024' over a figures table above a 2017/18 plan), unless it calls itself a plan.
  if (FIGURES_WORDS.test(t) && !/\bplan\b/i.test(t)) return null;
  // A line giving the figures of that year's return ('Where we are (2021 WDES): 4.8% of staff declare …') states what the
  // data shows: the year is the data's, and a plan's title gives no figures.
  if (statesFinding(t)) return null;
  return periodOfText(t);
}
