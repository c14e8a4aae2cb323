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
/**
 * A line saying a printed copy is not the controlled one ('Uncontrolled when printed', 'Printed copies are uncontrolled'):
 * the foot of every printed page of a controlled document.
 */
const UNCONTROLLED = /^(?:this document is )?(?:uncontrolled(?: copy)? (?:when|if) printed|printed copies are (?:uncontrolled|not controlled))\b/i;

/** The first characters a page's mark opens with: 'Page', a number or dash, 'OFFICIAL', 'NOT', 'RESTRICTED', 'UNCLASSIFIED', 'Uncontrolled', 'Printed', 'This', 'Security', 'Classification'. */
const MARK_OPENINGS = /^\s*[pP0-9\-–ONRUuTtSsCc]/;

/**
 * What marks a line as a printed page's own, whatever else it holds: the page's number ('Page 1 of 3'), its protective
 * marking ('OFFICIAL') or the line that a printed copy is uncontrolled.
 *
 * @example
 * marksPrintedPage('Page 2 of 4'); // true
 * marksPrintedPage('OFFICIAL'); // true
 * marksPrintedPage('Official launch of the network'); // false
 */
export function marksPrintedPage(text: string): boolean {
  // Every cell of a row with several is asked: a long one, or one opening with no letter such a mark opens with, is
  // ruled out before it is trimmed.
  if (text.length > 80 || !MARK_OPENINGS.test(text)) return false;
  const t = text.trim();
  return t.length <= 60 && (PAGE_MARK.test(t) || PROTECTIVE_MARKING.test(t) || CLASSIFICATION.test(t) || UNCONTROLLED.test(t));
}

/**
 * A piece of a document's control details as a page's foot prints them: a label and its value ('Author: Equality and
 * Diversity Lead', 'Approved: People Committee 21/11/2019', 'Ref: HMH/PEO/WDES/2122 v2.0', 'Printed 14/10/2021'), or the
 * version alone ('v1.3 FINAL', 'Version 2.0').
 */
const CONTROL = /^(?:(?:doc(?:ument)?\s+)?ref(?:erence)?(?:\s+no\.?)?|version|author|owner|approved(?:\s+(?:by|at|on))?|printed(?:\s+on)?|issued(?:\s+on)?|date\s+of\s+issue|(?:next\s+)?review(?:\s+date)?|classification|file)\s*(?::\s*|\s)\S.{0,70}$|^v(?:ersion)?\s*\d{1,2}(?:\.\d{1,2}){0,2}(?:\s+(?:final|draft|approved))?$/i;

/**
 * Whether a cell is a printed page's furniture: a running head (the plan's title, the trust, the page's number, its
 * marking), a line that a printed copy is uncontrolled, or the document's control details — each piece of a cell a
 * footer parts with bars ('WRES Action Plan 2024-25 | v1.3 FINAL | Uncontrolled when printed'). Asked only of rows that
 * carry a mark of a printed page (`marksPrintedPage`).
 *
 * @example
 * isPageFurniture('Approved: People Committee 21/11/2019'); // true
 * isPageFurniture('WRES Action Plan 2024-25  |  v1.3 FINAL  |  Uncontrolled when printed'); // true
 * isPageFurniture('Run a campaign on declaration'); // false
 */
export function isPageFurniture(text: string): boolean {
  for (const piece of text.split(/\s+\|\s+/)) {
    const t = piece.trim();
    if (!t || !(t.length <= 90 && (CONTROL.test(t) || UNCONTROLLED.test(t) || isRunningHead(t)))) return false;
  }
  return true;
}

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

/**
 * The cell of a row of texts that marks it as a printed page's head or foot, or -1: one cell marks a printed page
 * (`marksPrintedPage`) and every other cell is the page's furniture (`isPageFurniture`) — 'Author: … | Approved: People
 * Committee 21/11/2019 | Page 1 of 3', 'Trust | OFFICIAL'. Such a line repeats on every page, so it is no action and no
 * evidence that rows repeat one another. Most rows are ruled out by the first test: no cell of theirs marks a page.
 *
 * @example
 * printedPageMark([{ text: 'Ref: HMH/PEO/WDES/2122 v2.0' }, { text: 'Page 1 of 4' }, { text: 'Printed 14/10/2021' }]); // 1
 */
export function printedPageMark(texts: readonly { text: string }[]): number {
  let mark = -1;
  for (let i = 0; i < texts.length && mark < 0; i++) if (marksPrintedPage(texts[i].text)) mark = i;
  if (mark < 0) return -1;
  for (let i = 0; i < texts.length; i++) if (i !== mark && !isPageFurniture(texts[i].text)) return -1;
  return mark;
}
