import type { RagKeyEntry } from '../types';
import { KEY_COLOUR, readKeyEntry } from './read-key-entry';

/** Where one entry ends and the next starts: ',', ';', '|', '·', '•', '/', a line break, a full stop before the next word, or a dash after a bracket. */
const BETWEEN = /\s*(?:[,;|·•/\n]|\.\s+|(?<=\))\s+[–—-])\s*/;
/** What BETWEEN needs to part two entries: one of its marks, or the full stop or bracket it may part them after. */
const MAY_PART = /[,;|·•/\n.)]/;
/** A title before the entries ending in a colon ('Status:', 'RAG key:'), naming no colour. */
const LEAD_IN = /^([^=:()·•|,;]{1,40}):\s*/;
/** A title on a line of its own over the entries, with no colon ('Status key', 'Key to RAG ratings'), as a note writes one. */
const TITLE_LINE = /^([^=:()·•|,;\n]{1,40})[ \t]*\n\s*/;
/** The entries inside a header's brackets after its name: 'Status (Complete = blue / In progress = green)'. */
const NAMED = /^([^()]{1,40}?)\s*\((.+)\)\s*\.?$/s;

/**
 * A key line read one entry at a time, each in whichever order it is written: 'Status: Complete = blue, In progress =
 * green, Overdue = red; Not started actions are left unshaded', 'RAG: Complete (blue) · Green – on track · Amber – at
 * risk', 'Status (Complete = blue / In progress = green)'. An entry is a colour and its label either way round, joined
 * by '=', ':', a dash, 'is' or brackets; entries are parted by ',', ';', '|', '·', '/', a full stop or a dash after a
 * bracket. An entry that gives its status no colour ('= grey', '(no rating)', '… are left unshaded') is a status of the
 * key that colours nothing (its colour null): no colour is made up for it. Every piece after the title must be an entry
 * and two or more must be coloured, else no entries: a sentence that names a colour is no key.
 * `rest` is the title ('Status:') or the header's name ('Status'), for the caller to judge.
 *
 * @example
 * readKeyLine('RAG: Complete (blue) · Green – on track').entries.map((e) => [e.label, e.rag]); // [['Complete', 'blue'], ['on track', 'green']]
 * readKeyLine('Done = blue; Not started items are left unshaded; At risk = amber').entries[1]; // { rag: null, label: 'Not started', aliases: [] }
 */
export function readKeyLine(text: string): { entries: RagKeyEntry[]; rest: string } {
  const source = String(text ?? '').slice(0, 1000).trim();
  return readLine(source) ?? readAfterSentence(source) ?? { entries: [], rest: String(text ?? '') };
}

/** Where a sentence ends and the next begins: a full stop, '!' or '?', then a capital or a quote. */
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}"“'‘])/gu;

/**
 * A key line after a sentence about something else in the same cell ('Shaded bars show the delivery quarter. Status:
 * Complete (blue), On track (green), At risk (amber)'): the key is the sentence that opens with its title, and the
 * sentences before it are the rest, for the caller to judge. Only a titled line counts, so prose that merely names a
 * colour after a full stop is still no key.
 */
function readAfterSentence(source: string): { entries: RagKeyEntry[]; rest: string } | null {
  for (const end of source.matchAll(SENTENCE_END)) {
    const at = end.index + end[0].length;
    const tail = source.slice(at);
    const lead = LEAD_IN.exec(tail);
    if (!lead || namesColour(lead[1])) continue;
    const found = readLine(tail);
    if (found) return { entries: found.entries, rest: `${source.slice(0, at).trim()} ${found.rest}` };
  }
  return null;
}

/** The key when the whole line is one (see `readKeyLine`), else null. */
function readLine(source: string): { entries: RagKeyEntry[]; rest: string } | null {
  const lead = LEAD_IN.exec(source);
  const titled = lead && !namesColour(lead[1]) ? { title: lead[0].trim(), body: source.slice(lead[0].length) } : { title: '', body: source };
  const whole = entriesOf(titled.body);
  if (whole) return { entries: whole, rest: titled.title };
  const under = underTitleLine(titled.body);
  if (under) return { entries: under.entries, rest: [titled.title, under.title].filter(Boolean).join(' ') };
  // A header's name with its key in brackets after it.
  const named = NAMED.exec(source);
  if (!named || namesColour(named[1])) return null;
  const inside = entriesOf(named[2]);
  return inside ? { entries: inside, rest: named[1].trim() } : null;
}

/**
 * The entries under a title written on a line of its own ('Status key' over 'Complete – blue' …, as a cell or a note
 * lays a key out), the title naming no colour and being no entry itself; null when there is none.
 */
function underTitleLine(body: string): { entries: RagKeyEntry[]; title: string } | null {
  const line = TITLE_LINE.exec(body);
  if (!line || namesColour(line[1]) || readKeyEntry(line[1].trim())) return null;
  const entries = entriesOf(body.slice(line[0].length));
  return entries ? { entries, title: line[1].trim() } : null;
}

/** Every piece an entry, two or more coloured; else null. */
function entriesOf(body: string): RagKeyEntry[] | null {
  // Two coloured entries need two pieces: a body with no mark that can part them (a sentence naming a colour) is one
  // piece, no key, and is not split by the pattern (which tries at every space).
  if (!MAY_PART.test(body)) return null;
  const pieces = body.replace(/[\s.]+$/, '').split(BETWEEN).map((p) => p.trim()).filter(Boolean);
  const entries: RagKeyEntry[] = [];
  for (const piece of pieces) {
    const entry = readKeyEntry(piece);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries.filter((e) => e.rag !== null).length >= 2 ? entries : null;
}

/** A colour word anywhere, or a colour's letter alone: a title or header's name holding one is an entry, not a name. */
const NAMES_COLOUR = new RegExp(`\\b${KEY_COLOUR}\\b|^\\s*[rgab]\\s*$`, 'i');

function namesColour(text: string): boolean {
  return NAMES_COLOUR.test(text);
}
