import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { trustOfText } from '../identity/trust-of-text';
import { PLAN_WORDS, planTitlePeriod } from './names-a-plan';

/** Says the page carries on from the one before: "(continued)", "– continued", "cont.", "contd". */
const CONTINUED = /\b(?:continued|cont'?d?\.?|contd)(?:\s*\)|\s*$)/i;
/** A printed page's footer or number, kept by a PDF or print conversion: "Page 2 of 3", "Page 4", "- 2 -", "2 of 3". */
export const PAGE_MARK = /^\s*(?:page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s+of\s+\d{1,3}|[-–]\s*\d{1,3}\s*[-–])\s*$/i;

/**
 * A protective marking printed at the head or foot of every page of a government document ('OFFICIAL', 'OFFICIAL -
 * Business data that is not intended for public consumption…', 'OFFICIAL-SENSITIVE', 'NOT PROTECTIVELY MARKED',
 * 'Classification: Official'): the marking in capitals opening the line, alone or before a dash or colon, or after a
 * 'Classification' label. An 'Official launch of the network' is no marking.
 */
const PROTECTIVE_MARKING = /^(?:OFFICIAL(?:[\s:-]*SENSITIVE)?|NOT PROTECTIVELY MARKED|RESTRICTED|UNCLASSIFIED)(?:\s*[-–—:]|\s*$)/;
/** The marking after its label, in any case: 'Classification: Official', 'Security classification: OFFICIAL-SENSITIVE'. */
const CLASSIFICATION = /^(?:security\s+)?classification\s*:\s*(?:official|restricted|not\s+protectively\s+marked)\b/i;

/**
 * A printed page's running head or footer, which names the plan again (and so is never a section's heading, nor an
 * action's theme): the plan's title with its year ("WRES Action Plan 2022/23"), the plan's name saying it carries on
 * from the page before ("WDES action plan (continued)", "Action plan 2022-23 cont."), the trust's name alone, printed
 * again over a later page's header ("Eskdale General Hospitals NHS Trust"), or the page's number ("Page 2 of 5", or
 * the bare number a printed page carries), or its protective marking ('OFFICIAL - Business data …'). A text that names an
 * indicator is a heading of its own ("Metric 3 (continued)").
 *
 * @example
 * isRunningHead('WRES action plan (continued)'); // true
 * isRunningHead('Page 3 of 7'); // true
 * isRunningHead('12'); // true
 * isRunningHead('Eskdale General Hospitals NHS Trust'); // true
 * isRunningHead('OFFICIAL - Business data that is not intended for public consumption.'); // true
 * isRunningHead('Action plan'); // true: the plan's generic name, over each printed page
 * isRunningHead('Theme 2: Recruitment (continued)'); // false
 */
export function isRunningHead(text: string): boolean {
  const t = String(text ?? '').trim().slice(0, 300);
  if (PAGE_MARK.test(t) || PROTECTIVE_MARKING.test(t) || CLASSIFICATION.test(t) || /^\d{1,3}$/.test(t) || planTitlePeriod(t) || (endsLikeTrust(t) && trustOfText(t) === t)) return true;
  return (PLAN_WORDS.test(t) && CONTINUED.test(t) && !NAMES_INDICATOR.test(t)) || PLAN_NAME_ALONE.test(t);
}

/**
 * The plan's generic name alone on its line ('Action plan', 'Our WDES action plan', 'The action plan:'), as a page of a
 * web page or a PDF prints it over each page: it names the whole plan, never a block of it, so it heads nothing.
 */
const PLAN_NAME_ALONE = /^(?:(?:the|our)\s+)?(?:(?:wres|wdes|edi|ed&i|workforce\s+(?:race|disability)\s+equality(?:\s+standard)?)\s+)?action\s+plan\s*:?$/i;

/**
 * Whether the text could end as a trust's name ends when trustOfText gives it ('…NHS Trust', '…Health Board', '…ICB',
 * '…CIC', '…LLP', '…Interest Company', '…Authority', '…Collaborative', in any case): most texts are not a name alone, and are spared reading one.
 * A last letter of t, d or b is enough to look; c, p and y end so many words ('Policy', 'Quarterly') that those endings are
 * checked whole.
 */
function endsLikeTrust(t: string): boolean {
  const last = t.charCodeAt(t.length - 1) | 0x20;
  if (last === 116 /* t */ || last === 100 /* d */ || last === 98 /* b */) return true;
  if (last === 99 /* c */) return RARE_C.test(t);
  if (last === 112 /* p */) return RARE_P.test(t);
  if (last === 101 /* e */) return RARE_E.test(t);
  return last === 121 /* y */ && RARE_Y.test(t);
}
/** The endings trustOfText reads that end in c, p or y. */
const RARE_C = /cic$/i;
const RARE_P = /llp$/i;
const RARE_Y = /(?:company|authority)$/i;
/** A primary care or provider collaborative's name ends in e ('Rill Valley Primary Care Collaborative'). */
const RARE_E = /collaborative$/i;
