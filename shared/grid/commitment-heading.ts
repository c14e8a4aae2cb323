/** Who makes the commitment: the plan itself ('We'), or a body named as its own ('The Board', 'The Governing Body', 'Our leadership team'). */
const MAKER = String.raw`(?:we|(?:the|our)(?:\s+[\p{L}'’&-]+){1,3}?)`;

/** The verb of a commitment ('commit', 'commits', 'are committed', 'have pledged', 'promise', 'make the following pledges'). */
const VERB = String.raw`(?:(?:have|has|are|is|will|also|hereby)\s+)*(?:commit(?:s|ted)?|pledge[sd]?|promise[sd]?|make\s+(?:the\s+following|these)\s+(?:commitments|pledges|promises))\b`;

const COMMITS = new RegExp(`^${MAKER}\\s+${VERB}\\s*(.*)$`, 'iu');

/** How a heading hands over to the items under it: its closing colon, or 'the following'. */
const INTRODUCES_ITEMS = /(?::|\bthe\s+following(?:\s+\p{L}+)?)\s*$/iu;

/** What a bare commitment says before its items, naming nothing: 'to', 'that', 'ourselves to', 'to the following'. */
const BARE = /^(?:(?:ourselves|itself)\s+)?(?:to|that)?\s*(?:the\s+following(?:\s+\p{L}+)?)?\s*:?\s*$/iu;

/**
 * Whether a line is a heading that introduces commitments in the plan's own voice — 'We commit to …:', 'We pledge to:',
 * 'The Board commits to the following:', 'Our Governing Body has pledged to …:' — and the theme it gives the items under
 * it: the heading as written when it says what is committed to ('We commit to using our role as commissioners to reduce
 * inequalities:' is the subject of the pledges under it); '' when it says only that commitments follow ('We commit to:'
 * labels the list, as 'Key next steps' does). A commitment handed over to nothing — a sentence closing on a full stop
 * ('The CCG is committed to equality, diversity and inclusion.', 'The Governing Body has therefore pledged to take the
 * following steps.') — is an intro's paragraph, not a list's heading: null.
 *
 * @example
 * readCommitmentHeading('We commit to using our role as commissioners to reduce inequalities:'); // { theme: 'We commit to using our role …:' }
 * readCommitmentHeading('The Board commits to:'); // { theme: '' }
 * readCommitmentHeading('The CCG is committed to equality, diversity and inclusion.'); // null
 */
export function readCommitmentHeading(text: string): { theme: string } | null {
  const t = text.trim();
  if (t.length > 300 || !INTRODUCES_ITEMS.test(t)) return null;
  const commits = COMMITS.exec(t);
  if (!commits) return null;
  return { theme: BARE.test(commits[1]) ? '' : t };
}
