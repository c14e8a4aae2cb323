import { PART_LABEL } from './read-status-caption';

/**
 * Words that say where in the organisation, or at what level, actions are owned ('Trust-wide', 'Divisional',
 * 'Corporate', 'Local', 'Directorate'): a scope, not a subject. Hyphens split ('trust-wide' is 'trust' and 'wide').
 */
const SCOPE = new Set([
  'trust', 'trustwide', 'organisation', 'organization', 'organisational', 'organizational', 'system', 'corporate', 'central',
  'divisional', 'division', 'divisions', 'directorate', 'directorates', 'departmental', 'local', 'team', 'site', 'care', 'group',
]);

/** Words around a scope that name nothing more ('actions across the whole Trust'). */
const AROUND = new Set(['wide', 'level', 'whole', 'across', 'the', 'our', 'all', 'cross', 'of', 'and']);

/** The heading's own words, before any gloss in brackets, after a semicolon or a dash ('Divisional actions (from the …)'). */
const GLOSS = /\s*(?:[(;:[]|\s[-–—]\s).*$/;

/**
 * The heading says WHOSE actions follow, or which part of the organisation holds them, and no subject: 'Part 1 –
 * Trust-wide actions (owned by the Executive Team)', 'Part 2 – Divisional actions (from the five divisional EDI plans)',
 * 'Corporate actions', 'Actions owned by the Executive Team'. Such a caption splits the plan by owner, as a status
 * caption splits it by progress (`readStatusCaption`), so it is no theme of the actions under it. A subject stays
 * ('Section 2 – Recruitment and promotion', 'Local recruitment actions'). Returns the words that say so, or null.
 *
 * @example
 * namesScopeOrOwner('Part 1 – Trust-wide actions (owned by the Executive Team)'); // 'Trust-wide actions'
 * namesScopeOrOwner('Actions owned by divisional boards'); // 'Actions owned by divisional boards'
 * namesScopeOrOwner('Section 2 – Recruitment and promotion'); // null
 */
export function namesScopeOrOwner(heading: string): string | null {
  const head = String(heading ?? '').replace(PART_LABEL, '').replace(GLOSS, '').trim();
  // 'Actions owned by …' / 'Actions led by …': the rest names an owner, a person or a body, not what the actions are about.
  if (/^actions?\s+(?:owned|led|held|delivered)\s+by\s+\S/i.test(head)) return head;
  const words = head.toLowerCase().split(/[\s\-–/]+/).filter(Boolean);
  if (words.length > 6 || !words.some((w) => w === 'actions' || w === 'action')) return null;
  const rest = words.filter((w) => w !== 'actions' && w !== 'action');
  return rest.some((w) => SCOPE.has(w)) && rest.every((w) => SCOPE.has(w) || AROUND.has(w)) ? head : null;
}
