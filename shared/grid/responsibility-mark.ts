import { collapse } from './cell-text';
import { isMark } from './is-mark';

/**
 * What a cell under a role column of a responsibility matrix says of that role: it does the work (RACI's 'R', 'L'
 * for lead), answers for it ('A', accountable), takes part without leading ('S' supports, 'C' consulted, 'I'
 * informed), or is ticked ('✓', 'x', 'Yes': the matrix's one mark).
 */
export type ResponsibilityMark = 'responsible' | 'accountable' | 'involved' | 'tick';

// 'R', 'L', 'Lead', 'Responsible', and 'R/A' or 'A/R' (one role both does and answers for the work).
const RESPONSIBLE = /^(?:r|l|leads?|responsible|r\s*[/&+,]?\s*a|a\s*[/&+,]?\s*r)$/i;
const ACCOUNTABLE = /^(?:a|accountable)$/i;
// 'S', 'C', 'I' and their words, alone or two together ('C/I').
const INVOLVED = /^(?:[sci]|supports?|supporting|consulted|informed)(?:\s*[/&+,]\s*(?:[sci]|supports?|consulted|informed))?$/i;

/**
 * The responsibility a cell under a role column marks, or null when it holds anything else (a name, a date, words).
 *
 * @example
 * responsibilityMark('R'); // 'responsible'
 * responsibilityMark('S'); // 'involved'
 * responsibilityMark('✓'); // 'tick'
 * responsibilityMark('Head of OD'); // null
 */
export function responsibilityMark(text: string): ResponsibilityMark | null {
  const t = collapse(text);
  if (!t || t.length > 12) return null;
  if (RESPONSIBLE.test(t)) return 'responsible';
  if (ACCOUNTABLE.test(t)) return 'accountable';
  if (INVOLVED.test(t)) return 'involved';
  return isMark(t) ? 'tick' : null;
}
