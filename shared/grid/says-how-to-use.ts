import { collapse, collapsedLongerThan } from './cell-text';

/**
 * A title telling people how to use the sheet, board or list, at the start of a row's action text: 'READ ME', 'Read me
 * first', 'Please read', 'How we use this board', 'How to use this tracker', 'Instructions', 'Guidance for completing',
 * 'Start here', 'About this board'. The words must open the text: an action that mentions them further on ('Write a
 * read me guide for new managers') is the action it says.
 */
const HOW_TO_USE = new RegExp(
  '^(?:' +
    // 'READ ME', 'Read-me first', 'How we use this board', 'About this tracker': a title whatever follows it.
    "(?:read\\s*-?\\s*me(?:\\s+first)?|how\\s+(?:we|to)\\s+use\\s+(?:this|the|our)\\s+(?:board|sheet|tab|tracker|plan|list|spreadsheet|workbook|template|log)|about\\s+this\\s+(?:board|sheet|tab|tracker|list|workbook))\\b(?![-'’])" +
    // 'Instructions', 'Guidance for completing', 'Please read', 'Start here': a title only when alone or followed by a
    // colon or a dash ('Guidance for managers on …' is a subject, an action's).
    '|(?:instructions(?:\\s+for\\s+(?:use|completing|completion|using))?|guidance(?:\\s+(?:for\\s+(?:use|completing|completion|using)|notes?))?|please\\s+read(?:\\s+(?:me|this|first))?|start\\s+here)(?=\\s*(?:$|[:–—-]))' +
    ')',
  'i',
);

/**
 * The words by which a row's action text says it is INSTRUCTIONS for using the sheet, board or list (a board's 'READ ME
 * – how we use this board' card, a tracker's 'Instructions: add one row per action…' line typed in the action column),
 * or null. Only a row naming no lead and no timescale is set aside so (see walkRows): an action titled 'Guidance for
 * managers on reasonable adjustments' with its lead and date is still an action.
 *
 * @example
 * saysHowToUse('READ ME – how we use this board'); // 'READ ME'
 * saysHowToUse('Instructions: add one row per action'); // 'Instructions'
 * saysHowToUse('Write a read me guide for new managers'); // null
 */
export function saysHowToUse(text: string): string | null {
  // The title opens the text: only its first few words are looked at.
  const head = collapsedLongerThan(text, 80) ? collapse(text.slice(0, 120)) : collapse(text);
  const m = HOW_TO_USE.exec(head);
  return m ? m[0] : null;
}
