import { collapsedLongerThan } from './cell-text';
import { SECTION_LABEL } from './names-record-log';

/**
 * A section that holds the return's or plan's declaration and sign-off, by its subject alone: 'Declaration', 'Sign-off',
 * 'Signatures', 'Approval', 'Authorisation', 'Declaration and sign-off', 'Review and approval'. A subject that goes on ('Approval of
 * recruitment panels', 'Sign-off of business cases by ethnicity') is something the plan does, not its sign-off.
 */
const DECLARATION = /^(?:reviews?\s*(?:and|&|\/)\s*(?:approvals?|sign[\s-]?offs?)|declarations?|sign[\s-]?offs?|signatures?|approvals?|authori[sz]ations?|attestations?|confirmation)(?:\s*(?:and|&|\/)\s*(?:declarations?|sign[\s-]?offs?|signatures?|approvals?|authori[sz]ations?))?$/i;

/**
 * What a section heading says its rows are when it heads the declaration a trust signs under its plan ('Section E –
 * Declaration' over 'I confirm that …', 'Name | Dr H. Crewe | Role | Director of People', 'Signature | … | Date | …'),
 * read from the heading's subject after its label; null for any other heading. Its rows record who confirmed the plan, so
 * a line of names and roles there is no action, though its cells fall under the lead and timescale columns.
 *
 * @example
 * namesDeclaration('Section E – Declaration'); // "the plan's declaration and sign-off: its rows say who confirmed the plan, not something to do"
 * namesDeclaration('4. Approval and sign-off'); // (the same)
 * namesDeclaration('Approval of recruitment panels'); // null
 */
export function namesDeclaration(heading: string): string | null {
  if (collapsedLongerThan(heading, 60)) return null;
  const subject = heading.trim().replace(SECTION_LABEL, '').replace(/[\s:.]+$/, '');
  return DECLARATION.test(subject) ? "the plan's declaration and sign-off: its rows say who confirmed the plan, not something to do" : null;
}
