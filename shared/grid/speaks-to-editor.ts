/**
 * Opens as a request to whoever edits the sheet: 'Please …', 'Do not …', 'Don't …', or an instruction verb ('Add your
 * update …', 'Enter the date …', 'Type …', 'Use column G …', 'Keep …').
 */
const ASKS = /^\W*(?:please\b|kindly\b|do\s+not\b|don'?t\b|never\b|(?:add|enter|type|insert|record|update|use|keep|fill\s+in|complete)\s+(?:your|the|a|an|all|any|each|every|this|these|updates?|progress|dates?|notes?|in)\b)/i;
/** Names where on the sheet to write: 'in column G', 'to column F', 'in the grey cells', 'below', 'in this sheet'. */
const NAMES_PLACE = /\b(?:columns?\s+[A-Z]{1,2}\b|(?:grey|gray|yellow|white|blank|empty|shaded)\s+(?:cells?|boxes|columns?)|this\s+(?:sheet|tab|workbook|column|row)|previous\s+(?:updates?|entries|comments?)|the\s+(?:date|initials)|your\s+initials)/i;

/**
 * Whether a line speaks to whoever edits the sheet rather than naming what sits under it: 'Please add updates to column G
 * with the date and your initials. Do not delete previous updates.', 'Do not edit the grey cells'. It asks (please, do not,
 * an instruction verb) and names where or how to write; a heading or a section's subject does neither, so such a line is
 * never a block's heading nor its actions' theme.
 *
 * @example
 * speaksToEditor('Please add updates to column G with the date and your initials.'); // true
 * speaksToEditor('Do not delete previous updates'); // true
 * speaksToEditor('Recruitment and promotion'); // false
 * speaksToEditor('Use positive action to improve recruitment'); // false (names no place on the sheet)
 */
export function speaksToEditor(text: string): boolean {
  return text.length <= 300 && ASKS.test(text) && NAMES_PLACE.test(text);
}
