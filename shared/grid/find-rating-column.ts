import { collapse, collapsedLongerThan, isBlankText } from './cell-text';
import type { HeaderWordScore } from './header-words';
import type { ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** How far a requirement is met, on a gap analysis's scale. */
export type Rating = 'met' | 'part' | 'not';

// The scales a gap analysis or self-assessment rates each requirement on: Compliant / Partially compliant / Not compliant,
// Met / Partially met / Not met, Fully in place / Partly in place / Not in place. 'Achieved' and 'Complete' are left out:
// they are how far an action has got, the words of a plan's status column.
const SCALE = /^(fully |partially |partly |not |non[- ]?)?(compliant|met|in place)$/i;

/**
 * The level a cell names on a gap analysis's rating scale, or null when it names none.
 *
 * @example
 * readRating('Partially compliant'); // 'part'
 * readRating('Fully in place.');     // 'met'
 * readRating('Not met');             // 'not'
 * readRating('On track');            // null
 */
export function readRating(text: string): Rating | null {
  // The longest level ('Partially compliant') is 19 characters: an action's sentence in the same column is ruled out
  // without being tidied (the column scan asks this of every row of a 10,000-row plan). The stops a level may end in
  // are left off first, so no text the scale reads is ruled out.
  if (!opensLikeLevel(text) || collapsedLongerThan(withoutTrailingStops(text), 40)) return null;
  const m = SCALE.exec(collapse(text).replace(/[.!]+$/, ''));
  if (!m) return null;
  const degree = (m[1] ?? '').trim().toLowerCase();
  if (!degree || degree === 'fully') return 'met';
  return degree === 'partially' || degree === 'partly' ? 'part' : 'not';
}

/**
 * Whether the text's first letter can open a level of the scale (Fully, Partially, Partly, Not, Non-, Compliant, Met,
 * In place): the column scan rules out nearly every other cell on that one letter.
 */
function opensLikeLevel(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') continue;
    return 'fFpPnNcCmMiI'.includes(ch) || /\s/.test(ch);
  }
  return false;
}

/** The text up to its trailing full stops, exclamation marks and spaces, as a slice (no pattern run over the text). */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && '.! \t\n\r'.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A column of a gap analysis rating each requirement, and whether the plan's own status column sits beside it. */
export interface RatingColumn {
  c: number;
  header: string;
  /** The first rating in it, as written ('Compliant'), for the user. */
  example: string;
  /** Another column headed as the status holds the plan's status words: the rating is context, not the status. */
  besideStatus: number | undefined;
}

/**
 * The column rating each row against a requirement — most of its cells words of one assessment scale, two levels of it
 * or more ('Compliant', 'Partially compliant', 'Not compliant') — in a gap analysis or self-assessment. Such a column
 * says how far the trust already meets what is asked, not how far an action has got: where another column headed as
 * the status holds status words ('On track', 'Complete'), that column is the status and the rating only context; with
 * none, the rating is all the plan says and stays the status. Returns the rating column, or null when there is none.
 *
 * @example
 * // 'Our position' over Compliant / Partially compliant / Not compliant, 'Action status' over On track / Complete:
 * findRatingColumn(sheet, rows, headers, words, contents); // { c: 4, header: 'Our position', example: 'Compliant', besideStatus: 10 }
 */
export function findRatingColumn(sheet: SheetView, rows: readonly number[], headers: ReadonlyMap<number, string>, words: ReadonlyMap<number, readonly HeaderWordScore[]>, contents: ReadonlyMap<number, ColumnContents>): RatingColumn | null {
  let found: number | undefined;
  let example = '';
  for (const c of contents.keys()) {
    const levels = new Set<Rating>();
    let rated = 0;
    let filled = 0;
    // A column is ruled out once more than a quarter of all its rows hold something else: filled ≤ rows, so its ratings
    // could no longer reach three quarters of its filled cells. Most columns (actions, leads, dates) go in a few rows.
    const outOfScale = rows.length / 4;
    for (const r of rows) {
      const text = sheet.text(r, c);
      if (isBlankText(text)) continue;
      filled++;
      const rating = readRating(text);
      if (!rating) {
        if (filled - rated > outOfScale) break;
        continue;
      }
      rated++;
      levels.add(rating);
    }
    if (rated < 3 || levels.size < 2 || rated < 0.75 * filled) continue;
    // Two rating columns leave the reader unable to say which is the assessment: neither is read as one.
    if (found !== undefined) return null;
    found = c;
    example = collapse(sheet.text(rows.find((r) => readRating(sheet.text(r, c))) ?? rows[0], c));
  }
  if (found === undefined) return null;
  const besideStatus = [...contents].find(([c, x]) => c !== found && words.get(c)?.[0]?.field === 'status' && (words.get(c)?.[0]?.score ?? 0) >= 0.4 && x.kinds.status >= 2)?.[0];
  return { c: found, header: headers.get(found) ?? '', example, besideStatus };
}

// An action cell saying only that nothing is to be done: 'No further action required.', 'None needed', 'N/A', '—'.
// 'No further action' may give its reason after a dash or colon ('No further action – monitored through the survey'), and
// say for when ('No action this year – above the national average', 'No new actions for 2020/21: …'). 'Nothing further –
// now business as usual' says the same.
const NO_ACTION = /^(?:(?:no (?:further |more |additional |new |specific )?actions?(?: (?:is |are )?(?:required|needed|necessary|planned|proposed)(?: at (?:this time|present))?)?(?: (?:this|for this|in this) (?:year|time|round)| (?:for|in) (?:19|20)\d{2}(?:[/-]\d{2,4})?| for now| at present)?|nothing (?:further|more)(?: (?:to (?:do|add)|required|needed|planned))?|none(?: (?:required|needed|planned))?)(?:\s*[–—:;,(-].*)?|nil|n\/?a|not applicable|[-–—]+)[.!]?$/i;

/**
 * Whether an action cell says only that no action is needed — never a sentence that does something about it.
 *
 * @example
 * saysNoActionNeeded('No further action required.'); // true
 * saysNoActionNeeded('No action this year – above the national average for acute trusts.'); // true
 * saysNoActionNeeded('—');                            // true
 * saysNoActionNeeded('No specific action planned. Continue to monitor quarterly.'); // true
 * saysNoActionNeeded('Confirm no further action is required on the 2019 audit'); // false
 */
export function saysNoActionNeeded(text: string): boolean {
  const t = collapse(text);
  if (NO_ACTION.test(t)) return true;
  // 'No specific action planned. Continue to monitor quarterly through the Employee Relations report.': the sentence
  // after it only says the figures will be watched, as they are already.
  const stop = t.indexOf('. ');
  return stop > 0 && KEEP_WATCHING.test(t.slice(stop + 2)) && NO_ACTION.test(t.slice(0, stop + 1));
}

/**
 * A sentence saying only that the figures will still be watched or reported as they are now: 'Continue to monitor …',
 * 'Keep under review.', 'We will keep an eye on it.', 'We will keep reporting the figure to the committee each year.'
 * (reporting a figure already reported is how a board watches it: nothing new is done).
 */
const KEEP_WATCHING = /^(?:(?:we |the trust )?(?:will )?(?:continue to (?:monitor|review|watch|report|track)|continue (?:monitoring|reporting|tracking)|keep (?:\w+ )?under review|keep (?:monitoring|watching|reporting|tracking|an eye on))|monitoring (?:will )?continues?)\b/i;

/** A bare 'No' answering the action column's question ('Anything to do?'), with its reason after a dash or colon. */
const ANSWERS_NO = /^\s*no\s*(?:[–—:;,.]|\s-\s|$)/i;

/**
 * Whether an action cell says only that nothing is to be done, as `saysNoActionNeeded` does, or answers 'No' with its
 * reason ('No – numbers too small to compare (<10). Keep an eye on it.') as a plan asking 'Anything to do?' writes it.
 * 'Not yet started', 'Nominate a lead' or 'No-cost mentoring …' say something else.
 *
 * @example
 * saysNothingToDo('No – within range, no gap worth acting on this year.'); // true
 * saysNothingToDo('Nominate a BME member for every interview panel'); // false
 */
export function saysNothingToDo(text: string): boolean {
  return ANSWERS_NO.test(text) || saysNoActionNeeded(text);
}
