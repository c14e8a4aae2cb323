import type { Rag, RagKeyEntry } from '../types';
import { COLOUR_WORDS } from './colour-words';
import { readKeyEntry } from './read-key-entry';

/** One entry: what it labels, then its colour in brackets ('Complete (blue)', '✓ = achieved (green)'). */
const ENTRY = /([^()]*?)\(\s*([^()]{1,40}?)\s*\)/gy;
/** A bracket saying the label has no colour ('Not yet due (no rating)'): part of the key, colouring nothing. */
const NO_COLOUR = /^(?:no|not)\s+(?:rating|rated|colour|color|rag|status)$|^(?:none|n\/a|uncoloured|uncolored|unrated|no colour given)$|^(?:black|grey|gray|white|plain(?: text)?)$/i;
/** What a bracket adds after its colour, after a spaced dash or a comma ('black – not yet started', 'green, on track'). */
const AFTER_COLOUR = /\s+[–—-]\s+.*$|\s*,\s.*$/;
/** What stands between entries: '·', '–', '|', ',', ';' or only spaces. */
const SEPARATORS = /^[\s·•|,;/–—-]+|[\s·•|,;/–—=:-]+$/g;
/** A title before the first entry ending in a colon: 'Key:', 'Status:', '* Status:', 'Achieved? Key:'. */
const LEAD_IN = /^[^():]{0,60}:\s*/;
/** Marks a trust types as a status ('✓', '◐', '✗', '➜', '⚠'), then what the mark means: '✓ = achieved', '✔ complete'. */
const MARK_THEN_MEANING = /^([^\p{L}\p{N}\s()"'“”‘’]{1,3})\s*(?:=|:|–|—|-)?\s*(\p{L}.*)$/u;
/**
 * A second key's title after a full stop, on the same line as the first ('… Not compliant (red). Action status: Complete
 * (blue), …'): a gap analysis keys its rating and its status together. The title is no part of the label after it.
 */
const NEXT_TITLE = /^\s*[.;]\s*[^():.;=]{1,40}:\s*/;
/**
 * What the entry before means, after its bracket ('Adopted (blue) = tested and now how we work · Testing (green) …',
 * 'Completed (blue) – completed on the date entered; In progress (green) – …'): it runs from an '=', a ':' or a spaced
 * dash to a separator ('·', '•', '|', ';') and is no part of the next label. (Entries parted by dashes alone, 'Complete
 * (blue) – On track (green)', have no such separator: the dash parts them.)
 */
const MEANING_BEFORE = /^\s*(?:[=:]|[–—-]\s)[^·•|;()]*[·•|;]\s*/;
/** What the last entry means, after its bracket ('… Stuck (red) – needs help'), to the end of the key. */
const MEANING_LAST = /^\s*(?:[=:]|[–—-]\s)[^·•|;()]*$/;
/** Longer than this a label is a sentence, not a key's. */
const MAX_LABEL = 60;

/**
 * A key written as a line of labels, each followed by its colour in brackets: 'Status: Complete (blue) – On track
 * (green) – At risk (amber) – Not yet due (no rating)', 'Key: ✓ = achieved (green)  ◐ = partly achieved (amber)',
 * '* Status: ✔ complete (blue) · ➜ on track (green)'. A label that is a mark and its meaning ('✓ = achieved') is its
 * meaning, with the mark as another name for it: the plan's status cells hold the mark, and the meaning says what it
 * is (whether '✔' means complete); so is a score before its meaning ('1 – Off track (red)': a status cell '1'). A label whose bracket
 * says it has no colour ('(no rating)', '(black)', '(grey – not yet due)') colours nothing and is left out. Every bracket must name a colour (a note in
 * brackets, 'Complete (100%)', makes it some other kind of key) and at least two labels must be coloured.
 * Labels sharing a colour ('Not started or Delayed (red)') are each that colour.
 * `rest` is the title before the entries ('Status:'), for the caller to judge as it judges other keys' lead-ins.
 *
 * @example
 * readBracketedColours('Status: Complete (blue) – On track (green)').entries.map((e) => [e.label, e.rag]); // [['Complete', 'blue'], ['On track', 'green']]
 * readBracketedColours('✓ = achieved (green)  ✗ = not achieved (red)').entries[0]; // { rag: 'green', label: 'achieved', aliases: ['✓'] }
 * readBracketedColours('Complete (green); Not started or Delayed (red)').entries[1]; // { rag: 'red', label: 'Not started', aliases: ['Delayed'] }
 */
export function readBracketedColours(text: string): { entries: RagKeyEntry[]; rest: string } {
  const none = { entries: [], rest: String(text ?? '') };
  const source = String(text ?? '').slice(0, 1000);
  // Cheap test first: most cells have no bracket at all.
  if (!source.includes('(')) return none;
  const lead = LEAD_IN.exec(source)?.[0] ?? '';
  const entries: RagKeyEntry[] = [];
  ENTRY.lastIndex = lead.length;
  let end = lead.length;
  let meanings = 0;
  for (let m = ENTRY.exec(source); m; m = ENTRY.exec(source)) {
    end = ENTRY.lastIndex;
    const after = m[1].replace(MEANING_BEFORE, '');
    if (after !== m[1]) meanings++;
    // A label running over a line break holds a title line above the entries ('Key to the Progress column\nCompleted'):
    // a key laid out line by line is `readKeyLine`'s to read, title and all.
    if (after.includes('\n')) return none;
    const label = after.replace(NEXT_TITLE, '').replace(SEPARATORS, '').replace(/\s+/g, ' ');
    // The colour is the bracket's first words: what follows a dash or comma says what it means ('Planned (black – not
    // yet started)'), and a colour that rates nothing (black, grey: plain text) is part of the key, colouring nothing.
    const colour = m[2].toLowerCase().replace(AFTER_COLOUR, '');
    if (!label || label.length > MAX_LABEL) return none;
    const rag: Rag | null | undefined = NO_COLOUR.test(colour) ? null : colour.length > 1 ? COLOUR_WORDS[colour] : undefined;
    if (rag === undefined) return none;
    entries.push(entryOf(label, rag));
  }
  // Nothing may follow the last entry but separators or a full stop, or what it means where the entries before say what
  // theirs mean ('… Stuck (red) – needs help'): after entries parted by dashes alone, words after the last are prose.
  const tail = meanings > 0 ? source.slice(end).replace(MEANING_LAST, '') : source.slice(end);
  if (tail.replace(/[\s.·•|,;–—-]+/g, '') !== '') return none;
  if (entries.filter((e) => e.rag !== null).length < 2) return none;
  return { entries, rest: lead.trim() };
}

/** Labels sharing one colour: 'Not started or Delayed (red)', 'Complete / Closed (blue)'. */
const ALTERNATIVES = /\s+or\s+|\s*\/\s*/i;

function entryOf(label: string, rag: Rag | null): RagKeyEntry {
  // A score the status cells hold before what it means ('1 – Off track (red)'): the code is another name for it.
  const coded = /^\d/.test(label) ? readKeyEntry(label) : null;
  if (coded?.aliases?.length) return { rag, label: coded.label, aliases: coded.aliases };
  const marked = MARK_THEN_MEANING.exec(label);
  if (!marked) {
    // Each label of a shared colour is a status of its own: the first is the entry, the others its other names.
    const [first, ...others] = label.split(ALTERNATIVES).map((l) => l.trim());
    return others.length && [first, ...others].every((l) => l && l.split(' ').length <= 3) ? { rag, label: first, aliases: others } : { rag, label, aliases: [] };
  }
  return { rag, label: marked[2].trim(), aliases: [marked[1]] };
}
