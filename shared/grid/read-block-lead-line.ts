import { collapse } from './cell-text';
import { readLeadSection } from './read-lead-section';

/**
 * A label naming who leads a part of the plan: 'Workstream lead:', 'Theme lead:', 'Priority owner:', 'Lead:' — the
 * part's word (up to three words) before a lead's word and its colon. (A sponsor or champion oversees the block, no
 * action's lead: `block-sponsor` lines are read apart.)
 */
const LEAD_LABEL = /^((?:[A-Za-z][\w&'’-]*\s+){0,3}(?:leads?|owners?))\s*:\s*(\S.*)$/i;

/**
 * The lead a line right under a block's heading names for the block, behind a label ('Workstream lead: Head of
 * Workforce Intelligence' under 'Workstream 1 – Data and representation'), or null. Such a line is the heading's own:
 * it says who answers for the block, so the heading stays its actions' theme (the line heads nothing of its own), and
 * the value — a post or a person, as `readLeadSection` reads one — is the block's lead for actions naming none.
 *
 * @example
 * readBlockLeadLine('Workstream lead: Head of Workforce Intelligence'); // { label: 'Workstream lead', lead: 'Head of Workforce Intelligence' }
 * readBlockLeadLine('Workstream 2 – Recruitment and selection'); // null
 */
export function readBlockLeadLine(text: string): { label: string; lead: string } | null {
  const line = collapse(String(text ?? ''));
  if (line.length > 120) return null;
  const m = LEAD_LABEL.exec(line);
  if (!m) return null;
  const lead = readLeadSection(m[2]);
  return lead ? { label: m[1], lead } : null;
}
