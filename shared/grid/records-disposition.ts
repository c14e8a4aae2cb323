import { collapse, collapsedLongerThan } from './cell-text';

/**
 * What can become of an action other than its work being done here: closed, merged or combined into another, withdrawn,
 * transferred or moved to another plan, superseded or replaced, subsumed. ('Carried forward' is not among the openings: an
 * action carried into this plan is still live; it counts only in a sentence naming an earlier action by its number.)
 */
const BECAME = String.raw`closed|merged|combined|withdrawn|transferred|moved|superseded|replaced|subsumed|absorbed|cancell?ed|removed|deleted`;

/**
 * An action cell OPENING with what became of an action, then a separator or a word saying when, where or into what
 * ('Closed – merged into action 1.1 at the December Board', 'Closed at the July 2022 meeting – see minute PCC/22/41',
 * 'Withdrawn – superseded by the regional scheme', 'Moved to the Health and Wellbeing plan (action HW-07)'). An action
 * says what to do ('Close the gap …', 'Move the passport onto ESR …'): it never opens with the past participle.
 */
const OPENS = new RegExp(String.raw`^[\s([{*]*(?:this )?(?:action )?(?:(?:has been|was|is|had been) )?(?:${BECAME})(?=\s*$|\s*[-–—:;,.)\]]|\s+(?:at|by|in|into|to|with|on|from|as|following|after|because|due|see|and|under)\b)`, 'i');

/**
 * A sentence naming an action (or several) by number and saying what became of it ('Action 9.3 from 2019-20 (listening
 * event) – closed: replaced by the network, above.', 'Actions 6, 8 and 10 of the 2023-24 plan were completed and closed by
 * the People Committee', 'Action 2.2 from the 2019-20 plan – carried forward and now part of action 1').
 */
const NAMES_ACTION = new RegExp(String.raw`^actions?\s+(?:no\.?\s*)?[a-z]{0,4}[-/.]?\d[^]{0,120}?(?:[-–—:;,(]\s*|\b(?:was|were|has been|have been|had been|is|are|now)\s+(?:[a-z]+\s+and\s+)?)(${BECAME}|carried (?:forward|over)|rolled (?:forward|over))\b`, 'i');

/** A status saying only what became of the action ('Closed', 'Merged', 'Transferred', 'Withdrawn', 'Merged with action below'). */
const STATUS = new RegExp(String.raw`^(?:${BECAME}|carried (?:forward|over))\b`, 'i');

/** A record is a line or two: a cell longer than this is work described at length. */
const MAX_RECORD = 240;

/**
 * The words of an action cell saying what became of an action instead of setting out work — closed, merged, withdrawn,
 * transferred to another plan, an earlier action named by its number and closed or carried into another — or null. A
 * committee paper keeps such rows among its actions (with the old ref, the metric, 'Closed' or 'Transferred' under the
 * status) to account for every action it reported last time; the caller asks only of rows naming no lead and no
 * timescale, whose status is empty or itself says so (`statusRecordsDisposition`).
 *
 * @example
 * recordsDisposition('Closed – merged into action 1.1 at the December Board.'); // 'Closed'
 * recordsDisposition('Actions 6, 8 and 10 of the 2023-24 plan were completed and closed by the People Committee.'); // 'closed'
 * recordsDisposition('Close the gap in appointment rates at Band 7'); // null
 */
export function recordsDisposition(text: string): string | null {
  if (collapsedLongerThan(text, MAX_RECORD)) return null;
  const line = collapse(text);
  const opening = OPENS.exec(line);
  if (opening) return opening[0].replace(/^[\s([{*]+|[\s\-–—:;,.)\]]+$/g, '').split(/\s+/).pop() ?? null;
  const named = NAMES_ACTION.exec(line);
  return named ? named[1] : null;
}

/**
 * Whether a status cell says only what became of the action ('Closed', 'Merged', 'Transferred', 'Withdrawn'): no
 * progress of work still to do.
 *
 * @example
 * statusRecordsDisposition('Transferred'); // true
 * statusRecordsDisposition('On track'); // false
 */
export function statusRecordsDisposition(status: string): boolean {
  const t = status.trim();
  return t.length <= 40 && STATUS.test(t);
}
