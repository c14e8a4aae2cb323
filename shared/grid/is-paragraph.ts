/** A paragraph has more words than this: two short lines ('Governance. Reviewed.') may still head a block. */
const SENTENCE_WORDS_OF_PARAGRAPH = 12;
/**
 * One sentence ending and the next starting: a small letter, a closing bracket or a number of two digits or more (a year:
 * '… on 14 July 2020. The Due column …') before the stop, a capital after it. A lone digit before a stop is an item's
 * number ('1. Workforce'), no sentence's end.
 */
const SENTENCE_BREAK = /(?:\p{Ll}|\d{2}|\))[.!?]\s+\p{Lu}/u;

/**
 * Two sentences or more, ending with a full stop: a paragraph of prose (a letter's lead-in to the table it pastes, a
 * caveat under the header: 'COVID-19: classroom-based development was suspended from 23 March 2020 … The Due column shows
 * the re-phased dates …'), never a heading's title. A heading with its own figures after a colon or dash ('Metric 4 –
 * Summary: …') is not so written.
 *
 * @example
 * isParagraph('Ahead of Thursday’s committee, the updated plan is below. Changes since February are in the last column.'); // true
 * isParagraph('Theme B: Fair treatment at work'); // false
 */
export function isParagraph(text: string): boolean {
  return /[.!?]$/.test(text) && SENTENCE_BREAK.test(text) && text.split(/\s+/).length > SENTENCE_WORDS_OF_PARAGRAPH;
}
