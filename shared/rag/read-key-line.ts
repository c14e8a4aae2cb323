import type { Rag, RagKeyEntry } from '../types';
import { COLOUR_WORDS } from './colour-words';

/** A colour a key gives a status, or that it gives it none ('grey', 'no colour', 'unshaded'): a RAG colour, null, or no colour word at all (undefined). */
const NO_COLOUR = /^(?:gr[ae]y|white|none|blank|clear|unshaded|not shaded|uncolou?red|not colou?red|unrated|not (?:yet )?rated(?: yet)?|no (?:colour|color|rating|rag|fill|shading)(?: yet)?|n\/a)$/i;
/** Colour words a key line writes: RAG colours (and orange, yellow), one-letter codes only before '=' or ':'. */
const COLOUR = '(?:red|amber|green|blue|orange|yellow|gr[ae]y|white|no colou?r(?: yet)?|no rating(?: yet)?|unrated|not (?:yet )?rated(?: yet)?|unshaded|none)';
/** 'Green – on track', 'R: not started', 'Blue means complete': the colour first. */
const COLOUR_FIRST = new RegExp(`^(${COLOUR}|[rgab](?=\\s*[=:]))\\s*(?:=|:|–|—|-|\\bis\\b|\\bmeans\\b)\\s*(.+)$`, 'i');
/** 'Complete = blue', 'At risk – Amber': the label first ('is' is left to prose: 'progress is green'). */
const LABEL_FIRST = new RegExp(`^(.+?)\\s*(?:=|:|–|—|-)\\s*(${COLOUR})$`, 'i');
/** 'Completed (Blue)', 'Not yet due (no rating)': the colour in brackets after the label. */
const LABEL_BRACKETED = /^([^()]+?)\s*\(\s*([^()]{1,24}?)\s*\)$/;
/** 'Green (on track)': the label in brackets after the colour. */
const COLOUR_BRACKETED = new RegExp(`^(${COLOUR})\\s*\\(\\s*([^()]+?)\\s*\\)$`, 'i');
/** 'Not started actions are left unshaded', 'Deferred items are not rated': a status the key names with no colour. */
const LEFT_UNCOLOURED = /^(.+?)\s+(?:(?:actions?|items?|rows?|tasks?|cells?|statuse?s?)\s+)?(?:are|is)\s+(?:left\s+|shown\s+)?(?:unshaded|not shaded|uncolou?red|not colou?red|blank|white|unrated|not rated|not given a colou?r|without (?:a )?(?:colou?r|shading|rating))$/i;
/** Where one entry ends and the next starts: ',', ';', '|', '·', '•', '/', a line break, a full stop before the next word, or a dash after a bracket. */
const BETWEEN = /\s*(?:[,;|·•/\n]|\.\s+|(?<=\))\s+[–—-])\s*/;
/** A title before the entries ending in a colon ('Status:', 'RAG key:'), naming no colour. */
const LEAD_IN = /^([^=:()·•|,;]{1,40}):\s*/;
/** A title on a line of its own over the entries, with no colon ('Status key', 'Key to RAG ratings'), as a note writes one. */
const TITLE_LINE = /^([^=:()·•|,;\n]{1,40})[ \t]*\n\s*/;
/** The entries inside a header's brackets after its name: 'Status (Complete = blue / In progress = green)'. */
const NAMED = /^([^()]{1,40}?)\s*\((.+)\)\s*\.?$/s;
/** Longer than this a label is a sentence, not a key's. */
const MAX_LABEL = 60;

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
  const none = { entries: [], rest: String(text ?? '') };
  const lead = LEAD_IN.exec(source);
  const titled = lead && !namesColour(lead[1]) ? { title: lead[0].trim(), body: source.slice(lead[0].length) } : { title: '', body: source };
  const whole = entriesOf(titled.body);
  if (whole) return { entries: whole, rest: titled.title };
  const under = underTitleLine(titled.body);
  if (under) return { entries: under.entries, rest: [titled.title, under.title].filter(Boolean).join(' ') };
  // A header's name with its key in brackets after it.
  const named = NAMED.exec(source);
  if (!named || namesColour(named[1])) return none;
  const inside = entriesOf(named[2]);
  return inside ? { entries: inside, rest: named[1].trim() } : none;
}

/**
 * The entries under a title written on a line of its own ('Status key' over 'Complete – blue' …, as a cell or a note
 * lays a key out), the title naming no colour and being no entry itself; null when there is none.
 */
function underTitleLine(body: string): { entries: RagKeyEntry[]; title: string } | null {
  const line = TITLE_LINE.exec(body);
  if (!line || namesColour(line[1]) || entryOf(line[1].trim())) return null;
  const entries = entriesOf(body.slice(line[0].length));
  return entries ? { entries, title: line[1].trim() } : null;
}

/** Every piece an entry, two or more coloured; else null. */
function entriesOf(body: string): RagKeyEntry[] | null {
  const pieces = body.replace(/[\s.]+$/, '').split(BETWEEN).map((p) => p.trim()).filter(Boolean);
  const entries: RagKeyEntry[] = [];
  for (const piece of pieces) {
    const entry = entryOf(piece);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries.filter((e) => e.rag !== null).length >= 2 ? entries : null;
}

/** One entry in any of its forms, or null when the piece is none. */
function entryOf(piece: string): RagKeyEntry | null {
  const forms: [RegExpExecArray | null, number, number][] = [
    [LABEL_BRACKETED.exec(piece), 1, 2],
    [COLOUR_BRACKETED.exec(piece), 2, 1],
    [COLOUR_FIRST.exec(piece), 2, 1],
    [LABEL_FIRST.exec(piece), 1, 2],
  ];
  for (const [m, labelAt, colourAt] of forms) {
    if (!m) continue;
    const rag = colourOf(m[colourAt]);
    const label = tidy(m[labelAt]);
    if (rag !== undefined && isLabel(label)) return { rag, label, aliases: [] };
  }
  const uncoloured = LEFT_UNCOLOURED.exec(piece);
  const label = uncoloured ? tidy(uncoloured[1]) : '';
  return uncoloured && isLabel(label) ? { rag: null, label, aliases: [] } : null;
}

/** The RAG colour a colour word names, null for a word saying no colour, undefined for any other word. */
function colourOf(word: string): Rag | null | undefined {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  if (NO_COLOUR.test(w)) return null;
  return COLOUR_WORDS[w] ?? undefined;
}

function tidy(label: string): string {
  return label.replace(/^[\s"'“”‘’]+|[\s"'“”‘’.]+$/g, '').replace(/\s+/g, ' ');
}

/** A key's label: a few words with a letter, not itself a colour, holding no other entry's '=' or ':'. */
function isLabel(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LABEL && /\p{L}/u.test(label) && !/[=:()]/.test(label) && colourOf(label) === undefined;
}

/** A colour word anywhere, or a colour's letter alone: a title or header's name holding one is an entry, not a name. */
const NAMES_COLOUR = new RegExp(`\\b${COLOUR}\\b|^\\s*[rgab]\\s*$`, 'i');

function namesColour(text: string): boolean {
  return NAMES_COLOUR.test(text);
}
