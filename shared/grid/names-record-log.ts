import { collapsedLongerThan } from './cell-text';

/** A section's label before its subject: 'Section B –', 'Part 2:', 'Annex C.', '3.', 'B)'. */
export const SECTION_LABEL = /^(?:(?:section|part|annex|appendix)\s+[a-z0-9]{1,3}|\d{1,2}(?:\.\d{1,2})?|[a-z])\s*[.:)–—-]?\s+/i;
/** A log of risks and issues, a RAID log: 'Risks and issues', 'Risk register', 'RAID log', 'Issues log'. */
const RISKS = /^(?:risks?\s*(?:and|&|\/)\s*issues?|issues?\s*(?:and|&|\/)\s*risks?|risk (?:register|log)|raid(?: log)?|issues? (?:log|register))\b/i;
/** Decisions asked of a board or group: 'Decisions required', 'Decisions needed from the Project Board', 'For decision'. */
const DECISIONS = /^(?:decisions?\s+(?:required|needed|requested|sought|to be (?:made|taken))|(?:items? )?for decision)\b/i;

/**
 * What a section heading says its rows are when they are records a programme keeps beside its actions, not actions: a
 * log of risks and issues (their mitigations read like actions, with owners and RAG fills) or decisions asked of a board.
 * Read from the heading's subject, after its label ('Section B – Risks and issues'); null for any other heading (a
 * subject such as 'Managing the risk of bias in recruitment' is no log's caption).
 *
 * @example
 * namesRecordLog('Section B – Risks and issues'); // 'a log of risks and issues kept beside the plan: its rows are risks and issues and their mitigations, not actions'
 * namesRecordLog('Section C – Decisions required'); // 'decisions asked of a board or group, not actions'
 * namesRecordLog('WS2 – Fair treatment'); // null
 */
export function namesRecordLog(heading: string): string | null {
  if (collapsedLongerThan(heading, 80)) return null;
  const subject = heading.trim().replace(SECTION_LABEL, '');
  if (RISKS.test(subject)) return 'a log of risks and issues kept beside the plan: its rows are risks and issues and their mitigations, not actions';
  return DECISIONS.test(subject) ? 'decisions asked of a board or group, not actions' : null;
}
