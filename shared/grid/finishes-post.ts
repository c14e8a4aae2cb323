import { cellKind } from './cell-kind';
import { isPageFurniture, isRunningHead, marksPrintedPage } from './is-running-head';

/** A post's words: letters, '&', brackets, hyphens — no figure (a page's 'Page 1 of 3' printed in the column is none). */
const WORDS_ONLY = /^\p{L}[\p{L}&'’()\s/-]*$/u;

/** Words a plan's or page's title uses, never a post's: 'plan', 'continued', the standards. */
const NAMES_PLAN = /\b(?:plan|continued|cont'?d|wres|wdes|page|contents)\b/i;

/** At most this many words in a post's last line: 'Manager', 'Business Partner', 'Safety and Security'. */
const MAX_WORDS = 4;

/**
 * Why a lead column's line alone on its row — no action, timescale or status beside it — is the rest of the lead above
 * it, split over two rows by Enter ('Recruitment & Onboarding' | 'Manager', 'Head of Patient' | 'Safety'), or null. Alone
 * it names nobody, or it finishes a post the line above leaves unfinished: the line is no post of its own ('Safety'),
 * or the line above is none ('Recruitment & Onboarding', a function) and the two read together are one ('Recruitment &
 * Onboarding Manager'). Two posts, one a line ('Head of HR' | 'Director of Nursing'), are left as they are.
 *
 * @example
 * finishesPost('Recruitment & Onboarding', 'Manager'); // "'Recruitment & Onboarding' names no post until 'Manager' finishes it"
 * finishesPost('Head of Patient', 'Safety'); // "'Safety' names nobody alone: it finishes 'Head of Patient'"
 * finishesPost('Head of HR', 'Director of Nursing'); // null
 */
export function finishesPost(above: string, line: string): string | null {
  const before = above.replace(/\s+/g, ' ').trim();
  const piece = line.replace(/\s+/g, ' ').trim();
  if (!before || !WORDS_ONLY.test(piece) || piece.split(' ').length > MAX_WORDS || /[.:;!?]$/.test(before)) return null;
  // A page's running head printed in the column ('WDES action plan (continued)', 'OFFICIAL') is the page's, no post's rest.
  if (isRunningHead(piece) || marksPrintedPage(piece) || isPageFurniture(piece) || NAMES_PLAN.test(piece)) return null;
  const pieceIsPost = cellKind(piece) === 'role';
  if (!pieceIsPost) return cellKind(`${before} ${piece}`) === 'role' ? `'${piece}' names nobody alone: it finishes '${before}'` : null;
  return cellKind(before) !== 'role' ? `'${before}' names no post until '${piece}' finishes it` : null;
}
