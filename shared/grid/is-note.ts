/** A note's label: "Note:", "Notes –", "NB", "Source:". */
export const NOTE_LABEL = /^\s*(?:notes?|nb|n\.b\.|sources?)\b\s*[:.–—-]/i;
/** A footnote's marker: asterisks, a dagger or a superscript number before the note's text. */
export const FOOTNOTE_MARK = /^\s*(?:\*{1,3}|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹])\s*\S/;

/**
 * Whether a text is a note: labelled one ("Note: the divisional targets action was carried forward from the 2022/23
 * plan.", "NB – …", "Source: …") or marked as a footnote ("* Indicator 9 is measured at board level", "¹ …"). A note
 * remarks on the rows around it: it is no section's heading, no plan's title, and the year it names is no plan's period.
 *
 * @example
 * isNote('Note: metric 3 figures relate to fewer than ten cases a year.'); // true
 * isNote('Notable practice'); // false
 */
export function isNote(text: string): boolean {
  const t = String(text ?? '').slice(0, 40);
  return NOTE_LABEL.test(t) || FOOTNOTE_MARK.test(t);
}
