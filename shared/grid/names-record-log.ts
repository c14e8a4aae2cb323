import { collapsedLongerThan } from './cell-text';

/** A section's label before its subject: 'Section B –', 'Part 2:', 'Annex C.', '3.', 'B)'. */
export const SECTION_LABEL = /^(?:(?:section|part|annex|appendix)\s+[a-z0-9]{1,3}|\d{1,2}(?:\.\d{1,2})?|[a-z])\s*[.:)–—-]?\s+/i;
/** A log of risks and issues, a RAID log: 'Risks and issues', 'Risk register', 'RAID log', 'Issues log'. */
const RISKS = /^(?:risks?\s*(?:and|&|\/)\s*issues?|issues?\s*(?:and|&|\/)\s*risks?|risk (?:register|log)|raid(?: log)?|issues? (?:log|register))\b/i;
/** Decisions asked of a board or group: 'Decisions required', 'Decisions needed from the Project Board', 'For decision'. */
const DECISIONS = /^(?:decisions?\s+(?:required|needed|requested|sought|to be (?:made|taken))|(?:items? )?for decision)\b/i;

/**
 * A list of what the plan has decided AGAINST, kept beside its actions: 'Things we are NOT doing this year (and why)',
 * 'What we will not do', 'Ideas not taken forward', 'Out of scope for 2024/25', 'Parked ideas'. Its rows say what will
 * not be done and why.
 */
const DECLINED = /^(?:(?:things|what|ideas?|actions?|work|items?)\s+(?:that\s+)?(?:we\s+)?(?:(?:are|will|have|were|did)?\s*(?:not|n't)|won['’]t)\s+(?:be\s+)?(?:doing|do|taking\s+forward|taken\s+forward|taken\s+on|pursuing|pursued|going\s+ahead)|(?:ideas?|actions?|items?|work)\s+(?:we\s+)?(?:decided|chose)\s+against|(?:ideas?|actions?|items?)\s+(?:not\s+taken\s+forward|parked|rejected|declined)|not\s+taken\s+forward|parked\s+(?:ideas?|actions?|items?)|out\s+of\s+scope)\b/i;

/**
 * Earlier plans' actions closed and NOT carried into this one, listed for information: 'Closed at merger – not carried
 * forward (for information)', 'Actions not carried over from 2022/23', 'Not brought forward'. Its rows are another plan's
 * actions, ended before this plan began. 'Closed actions – keep for audit' (this plan's own, done) says no such thing.
 */
const NOT_CARRIED = /\bnot\s+(?:carried|brought|rolled)\s+(?:forward|over|across|into)\b/i;

/**
 * What a section heading says its rows are when they are records a programme keeps beside its actions, not actions: a
 * log of risks and issues (their mitigations read like actions, with owners and RAG fills), decisions asked of a board,
 * a list of what the plan has decided not to do, or earlier plans' actions not carried into this one.
 * Read from the heading's subject, after its label ('Section B – Risks and issues'); null for any other heading (a
 * subject such as 'Managing the risk of bias in recruitment' is no log's caption).
 *
 * @example
 * namesRecordLog('Section B – Risks and issues'); // 'a log of risks and issues kept beside the plan: its rows are risks and issues and their mitigations, not actions'
 * namesRecordLog('Section C – Decisions required'); // 'decisions asked of a board or group, not actions'
 * namesRecordLog('Things we are NOT doing this year (and why)'); // 'a list of what the plan has decided not to do: …'
 * namesRecordLog('Closed at merger – not carried forward (for information)'); // "earlier plans' actions closed and not carried into this plan, …"
 * namesRecordLog('WS2 – Fair treatment'); // null
 */
export function namesRecordLog(heading: string): string | null {
  if (collapsedLongerThan(heading, 80)) return null;
  const subject = heading.trim().replace(SECTION_LABEL, '');
  if (RISKS.test(subject)) return 'a log of risks and issues kept beside the plan: its rows are risks and issues and their mitigations, not actions';
  if (DECISIONS.test(subject)) return 'decisions asked of a board or group, not actions';
  if (DECLINED.test(subject)) return 'a list of what the plan has decided not to do: its rows are ideas set aside and why, not actions';
  return NOT_CARRIED.test(subject) ? "earlier plans' actions closed and not carried into this plan, listed for information: not this plan's actions" : null;
}
