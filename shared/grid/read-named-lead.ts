import { collapse } from './cell-text';

/** A name marked as the accountable one among several: 'RT (L)', 'Head of OD (lead)'. */
const MARKER = /\s*\((?:L|lead)\)\s*/;
/** A line saying who helps the lead, not who leads: 'supported by …', 'support from …', 'Support: …'. */
const SUPPORT_LINE = /^(?:(?:with\s+)?support(?:ed)?\s+(?:by|from)\b|support\s*:)/i;

/**
 * The lead a lead cell names when it also names those supporting it, in either of two ways a plan keeps both in one
 * cell:
 * - several names, ONE marked as the lead ('RT (L), MW', 'JK (L), SO, MW', 'Head of OD (lead) / HRBP'): the marked name
 *   without its marker — the others support it;
 * - the lead on its first line and a line under it saying who supports ('Chief Nurse\nsupported by Security Manager'):
 *   the lines above the 'supported by' line.
 * Null when the cell is written neither way (most leads; a single line 'Company Secretary, with support from …' is kept
 * as written, as is a cell marking two names or none).
 *
 * @example
 * readNamedLead('JK (L), SO, MW'); // { lead: 'JK', why: "Lead: 'JK', the name marked '(L)' in 'JK (L), SO, MW' — the others support it" }
 * readNamedLead('Chief Nurse\nsupported by Security Manager')?.lead; // 'Chief Nurse'
 * readNamedLead('Head of OD, Chief Nurse'); // null
 */
export function readNamedLead(text: string): { lead: string; why: string } | null {
  if (!text || text.length > 300) return null;
  return markedLead(text) ?? leadAboveSupport(text);
}

/** The one name of several marked '(L)' / '(lead)', without the marker. */
function markedLead(text: string): { lead: string; why: string } | null {
  // Every action's lead comes here, and the marker's leading spaces make its pattern try at every space of the cell:
  // a cell with no bracket holds no marker, and is spared it.
  if (!text.includes('(') || !MARKER.test(text)) return null;
  const names = text.split(/\s*(?:[,;/&\n]|\band\b)\s*/).map((n) => n.trim()).filter(Boolean);
  const marked = names.filter((n) => MARKER.test(n));
  if (marked.length !== 1) return null;
  const lead = collapse(marked[0].replace(MARKER, ' '));
  if (!lead) return null;
  const others = names.length > 1 ? ' — the others support it' : '';
  return { lead, why: `Lead: '${lead}', the name marked '${marked[0].match(MARKER)![0].trim()}' in '${collapse(text)}'${others}` };
}

/** The lines above a line saying who supports the lead ('supported by Workforce Information Manager'). */
function leadAboveSupport(text: string): { lead: string; why: string } | null {
  if (!text.includes('\n')) return null;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l, k) => k > 0 && SUPPORT_LINE.test(l));
  if (at < 1) return null;
  const lead = collapse(lines.slice(0, at).filter(Boolean).join(' '));
  if (!lead) return null;
  return { lead, why: `Lead: '${lead}', the first line of the cell; '${collapse(lines.slice(at).join(' '))}' names who supports the lead` };
}
