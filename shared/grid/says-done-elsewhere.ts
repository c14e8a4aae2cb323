import { collapse, collapsedLongerThan } from './cell-text';
import { saysNoActionNeeded } from './find-rating-column';

/**
 * A clause saying the row sets no action of its own: 'no separate action this year', 'no specific action needed', 'no
 * action of its own', 'no standalone action for 2021/22' (or any of `saysNoActionNeeded`'s: 'No further action required').
 */
const NO_OWN_ACTION = /^no (?:separate|specific|distinct|stand-?alone|individual|dedicated|new|further|additional) actions?(?: of (?:its|their) own)?(?: (?:is |are )?(?:required|needed|necessary|planned|proposed|set))?(?: (?:this|for this|in this) year| (?:for|in) (?:19|20)\d{2}(?:[/-]\d{2,4})?| for now| at present| here)?[.!]?$|^no actions? of (?:its|their) own\b/i;

/**
 * A clause handing the matter to work held elsewhere: carried, taken or folded into, covered or picked up by, included
 * in, delivered or addressed through another plan, programme, group, network, action or metric ('Carry into the
 * network's work plan', 'Covered by action 1.2', 'Picked up through the Health and Wellbeing plan').
 */
const ELSEWHERE = /^(?:(?:to be |will be |is |being )?(?:carr(?:y|ied|ying)|tak(?:e|en|ing)|fold(?:ed|ing)?|roll(?:ed|ing)?|mov(?:e|ed|ing)|pass(?:ed|ing)?|transferr?(?:ed|ing)?)(?: (?:forward|over|on))? (?:in)?to|(?:to be |will be |is |being )?(?:covered|picked up|included|delivered|addressed|handled|managed|led|taken forward|absorbed|captured|reflected|tracked|monitored)(?: (?:in|by|through|under|within|as part of|via))|(?:covered|included) (?:in|by|under)|(?:part of|now part of|see|via|through))\b.{0,100}\b(?:plans?|programmes?|work ?plans?|actions?|strategy|strateg(?:ies)|groups?|networks?|metrics?|indicators?|projects?|workstreams?|schemes?|reviews?|committees?|boards?)\b/i;

/** A cell saying so is a line or two; a longer one describes work. */
const MAX_TEXT = 200;

/**
 * Why an action cell says the matter is taken up elsewhere and sets no action of its own, or null: one clause hands it to
 * work held elsewhere (`ELSEWHERE`: 'Carry into the network's work plan', 'Covered by action 1.2') and another says no
 * action of its own is set ('no separate action this year'), parted by a semicolon, a stop or a spaced dash. An update
 * paper's row for a metric that needs nothing new says so in the action column (holdout64 ribbledale's metric 9a). A cell
 * saying what to do ('Carry out an access audit …', 'Carry forward: use a trained panel member …') has no such pair of
 * clauses and stays an action; so does one pointing elsewhere with no word that nothing is set here.
 *
 * @example
 * saysDoneElsewhere("Carry into the network's work plan; no separate action this year."); // "it says the work is taken up elsewhere ('Carry into the network's work plan') and sets no action of its own ('no separate action this year')"
 * saysDoneElsewhere('Carry out an access audit of both main sites.'); // null
 */
export function saysDoneElsewhere(text: string): string | null {
  if (!text.trim() || collapsedLongerThan(text, MAX_TEXT)) return null;
  const clauses = collapse(text).split(/\s*(?:;|\.\s|\s[–—-]\s)\s*/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  const none = clauses.find((c) => NO_OWN_ACTION.test(c) || saysNoActionNeeded(c));
  const where = clauses.find((c) => c !== none && ELSEWHERE.test(c));
  if (!none || !where) return null;
  return `it says the work is taken up elsewhere ('${where.replace(/[.;]+$/, '')}') and sets no action of its own ('${none.replace(/[.;]+$/, '')}')`;
}
