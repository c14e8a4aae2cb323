/** A future or a promise anywhere in the paragraph: then it is not only a report of what was done. */
const FUTURE = /\b(?:will|shall|going\s+to|to\s+be\s+\w+ed)\b/i;

/**
 * What the plan's own side has done, in the perfect or past: 'We have trained 84 managers', 'The Trust has already joined
 * …', 'We held six listening events', 'was adopted in January 2022', 'were offered', '… began it in November 2016'.
 */
const DONE = /^(?:we|the\s+trust|the\s+board|our\s+\w+(?:\s+\w+)?)\s+(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?\p{L}+(?:ed|en|un|t|de|ne)\b|^we\s+(?:held|ran|began|took|gave|made|met|set\s+up|built|wrote|launched|introduced|appointed|trained|agreed|published|completed)\b|\b(?:has|have)\s+already\s+\p{L}+|\b(?:was|were)\s+(?:adopted|introduced|launched|completed|offered|moved|opened|appointed|agreed|published|set\s+up|held|run|delivered|rolled\s+out)\b/iu;

/**
 * Why a paragraph reports work already done rather than promising work still to do — 'The Trust has already joined the
 * regional programme, and two staff began it in November 2016.', 'We have trained 84 recruiting managers …' — or null.
 * A paragraph with any future in it ('We have agreed a target and will publish it by May') still promises work.
 *
 * @example
 * statesWorkDone("The Trust has already joined the regional 'Ready Now' programme."); // "it reports work already done ('The Trust has already joined'), not work still to do"
 * statesWorkDone('We have agreed the scope and will publish the review by May.'); // null
 */
export function statesWorkDone(text: string): string | null {
  const words = text.replace(/\s+/g, ' ').trim();
  if (FUTURE.test(words)) return null;
  const done = DONE.exec(words);
  return done ? `it reports work already done ('${done[0]}'), not work still to do` : null;
}
