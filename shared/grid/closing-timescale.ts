import { findDueInText } from './find-due-in-text';

/** A bracket closing the text (a full stop or semicolon after it at most): '… (Q2)', '… (by March 2023).'. */
const CLOSING_BRACKET = /\(([^()]{1,40})\)\s*[.;]?\s*$/;
/** Words a bracketed timescale may open with: '(by Q3)', '(due March 2023)', '(target date: Sept 2018)'. */
const DUE_WORDS = /^(?:by(?:\s+the)?(?:\s+end\s+of)?|due(?:\s+by)?|target(?:\s+date)?|deadline|timescale|complete(?:d)?\s+by)\s*:?\s*$/i;

/**
 * The timescale a line closes on, in a bracket of its own and nothing else in it: '• Diverse panels for Band 7 posts
 * (Q2)' → 'Q2', '… (by March 2023).' → 'March 2023'. A plan pasted from a report's page may give each item its
 * quarter or month so, with no column for it: a line that closes on when it is due is a step to be taken by then.
 * A bracket holding more than a timescale ('(WRES indicator 2)', '(see section 3)', '(18%)', '(with HR, Q2)') gives none.
 *
 * @example
 * closingTimescale('• Reverse mentoring for all executive directors (Q2)'); // 'Q2'
 * closingTimescale('- Publish the pay gap (by March 2023).'); // 'March 2023'
 * closingTimescale('• Add a BME panel member (WRES indicator 2)'); // null
 * closingTimescale('• Publish the pay gap by March 2023'); // null: not in a bracket of its own
 */
export function closingTimescale(text: string): string | null {
  if (!text.endsWith(')') && !/\)\s*[.;]?\s*$/.test(text)) return null;
  const m = CLOSING_BRACKET.exec(text);
  if (!m) return null;
  const inside = m[1].trim();
  const due = findDueInText(`(${inside})`);
  if (!due) return null;
  const at = inside.lastIndexOf(due);
  if (at < 0 || inside.slice(at + due.length).trim() !== '') return null;
  const before = inside.slice(0, at).trim();
  return before === '' || DUE_WORDS.test(before) ? due : null;
}
