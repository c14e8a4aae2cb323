import type { Rag, RagKeyEntry } from '../types';
import { COLOUR_NAMES, COLOUR_WORDS, SHADE } from './colour-words';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { findKeyEntry } from './find-key-entry';
import { normaliseStatus } from './normalise-status';

/** A colour a key gives a status, or that it gives it none ('grey', 'no colour', 'unshaded'): a RAG colour, null, or no colour word at all (undefined). */
const NO_COLOUR = /^(?:gr[ae]y|white|none|blank|clear|unshaded|not shaded|uncolou?red|not colou?red|unrated|not (?:yet )?rated(?: yet)?|no (?:colour|color|rating|rag|fill|shading|status)(?: yet)?|n\/a|not (?:colou?r|rag|status))$/i;
/** Colour words a key line writes: RAG colours (and orange, yellow), perhaps shaded; one-letter codes only before '=' or ':'. */
export const KEY_COLOUR = `(?:${SHADE}(?:${COLOUR_NAMES})|gr[ae]y|white|no colou?r(?: yet)?|no rating(?: yet)?|unrated|not (?:yet )?rated(?: yet)?|unshaded|none)`;
/** 'Green – on track', 'R: not started', 'Blue means complete': the colour first. */
const COLOUR_FIRST = new RegExp(`^(${KEY_COLOUR}|[rgab](?=\\s*[=:]))\\s*(?:=|:|–|—|-|\\bis\\b|\\bmeans\\b)\\s*(.+)$`, 'i');
/** 'Complete = blue', 'At risk – Amber': the label first ('is' is left to prose: 'progress is green'). */
const LABEL_FIRST = new RegExp(`^(.+?)\\s*(?:=|:|–|—|-)\\s*(${KEY_COLOUR})$`, 'i');
/** 'Completed (Blue)', 'Not yet due (no rating)': the colour in brackets after the label. */
const LABEL_BRACKETED = /^([^()]+?)\s*\(\s*([^()]{1,24}?)\s*\)$/;
/** 'Green (on track)': the label in brackets after the colour. */
const COLOUR_BRACKETED = new RegExp(`^(${KEY_COLOUR})\\s*\\(\\s*([^()]+?)\\s*\\)$`, 'i');
/** How a status the key gives no colour is said to be shown: 'unshaded', 'not rated', 'without a colour'. */
const UNCOLOURED = '(?:unshaded|not shaded|uncolou?red|not colou?red|blank|white|unrated|not rated|not given a colou?r|without (?:a )?(?:colou?r|shading|rating))';
/** 'Not started actions are left unshaded', 'Deferred items are not rated': a status the key names with no colour. */
const LEFT_UNCOLOURED = new RegExp(`^(.+?)\\s+(?:(?:actions?|items?|rows?|tasks?|cells?|statuse?s?)\\s+)?(?:are|is)\\s+(?:left\\s+|shown\\s+)?${UNCOLOURED}$`, 'i');
/**
 * The endings LABEL_FIRST and LEFT_UNCOLOURED need, looked for in the piece's last characters only (`endsOn`): each
 * pattern walks the whole piece, and a sentence (an action's words read for a key) ends on neither.
 */
const KEY_COLOUR_END = new RegExp(`${KEY_COLOUR}$`, 'i');
const UNCOLOURED_END = new RegExp(`${UNCOLOURED}$`, 'i');
/**
 * How many of a piece's last characters hold the whole of either ending: the longest ('not yet rated yet', 'not given a
 * colour') is under 20 characters; a shaded colour ('pale  blue') ends on its colour word, an ending of its own.
 */
const END_LENGTH = 40;
/**
 * A score or number a trust writes in its status cells, before what it means: '4 = Complete (blue)', '1=Red',
 * '3 – On track', '100% = complete'. A number of one to three digits (a percentage may end in '%'), never a date's or a
 * year's: a longer number, or one followed by another digit, is none.
 */
const NUMBER_CODE = /^(\d{1,3}%?)\s*(?:=|:|–|—|-)\s*(?=\D)(.+)$/;
/**
 * A code of one to three capitals before '=' and what it means with its colour, as a key line mixing codes with colour
 * letters writes it ('C = complete (blue); G = on track'): the code is another name for the meaning's entry. A RAG letter
 * alone ('G =') is a colour, read as 'Colour = label'.
 */
const LETTER_CODE = /^(?![RAGB]\s*=)([A-Z]{1,3})\s*=\s*(?=\S)(.+)$/;
const SHADED = new RegExp(`^${SHADE}(?=(?:${COLOUR_NAMES})$)`);
/**
 * '"Not yet due" for actions in later quarters', '‘Deferred’ where the Board has paused the action': a status the key
 * quotes and explains, giving it no colour — the status is the plan's own, and no colour is made up for it.
 */
const QUOTED_EXPLAINED = /^["“'‘]([^"“”'‘’]{1,60})["”'’]\s+(?:for|when|where|means|is used (?:for|when|where)|applies (?:to|when))\b[^=]*$/i;
/** Longer than this a label is a sentence, not a key's. */
const MAX_LABEL = 60;

/**
 * One entry of a key, in any of the forms a key line writes it: a status and its colour either way round, joined by
 * '=', ':', a dash, 'is' or brackets ('Complete (blue)', 'Green – on track', 'Done = blue'), or a status the key names
 * with no colour ('Not yet due (no rating)', 'Not started actions are left unshaded') — its colour null; or a code the
 * status cells hold, before what it means ('4 = Complete (blue)', '1=Red', '3 – On track'): the entry of its meaning,
 * the code another name for it (`aliases`), so a status cell '4' is 'Complete'. Null when the piece is no entry.
 * Given `code` (a key that parts its entries by their codes: 'C = complete (green)  IP = in progress'), `piece` is that
 * code's meaning: one of the forms above, else a colour word alone ('1 = Red': the status is the colour), else status
 * words whose usual colour the default vocabulary gives ('OT = on track' green), else a status with no colour
 * ('D = deferred'); still null when the meaning is no label (a sentence, a stray bracket, a number).
 *
 * @example
 * readKeyEntry('Green – on track'); // { rag: 'green', label: 'on track', aliases: [] }
 * readKeyEntry('4 = Complete (blue)'); // { rag: 'blue', label: 'Complete', aliases: ['4'] }
 * readKeyEntry('C = complete (blue)'); // { rag: 'blue', label: 'complete', aliases: ['c'] }
 * readKeyEntry('deferred', 'D'); // { rag: null, label: 'deferred', aliases: ['d'] }
 */
export function readKeyEntry(piece: string, code?: string): RagKeyEntry | null {
  if (code !== undefined) return meaningOf(piece.trim(), code.trim().toLowerCase());
  const numbered = NUMBER_CODE.exec(piece);
  if (numbered) return meaningOf(numbered[2].trim(), numbered[1].toLowerCase());
  const lettered = LETTER_CODE.exec(piece);
  if (lettered) return codeWithColour(lettered[2].trim(), lettered[1].toLowerCase());
  return formOf(piece);
}

/**
 * A letter code's entry in a line of other entries, only when its meaning states its colour ('C = complete (blue)'): a
 * guess from the usual words ('C = complete' green) would colour a plan's blue completion green.
 */
function codeWithColour(meaning: string, code: string): RagKeyEntry | null {
  const form = formOf(meaning);
  return form ? { ...form, aliases: [...(form.aliases ?? []), code] } : null;
}

/** What a code means (see `readKeyEntry`), the code its alias; null when the meaning is no label. */
function meaningOf(meaning: string, code: string): RagKeyEntry | null {
  const aliases = code ? [code] : [];
  const form = formOf(meaning);
  if (form) return { ...form, aliases: [...(form.aliases ?? []), ...aliases] };
  // A stray bracket ('in progress (see note)') or a sentence is no meaning a key gives a code.
  const label = tidy(meaning);
  if (!label || label.length > MAX_LABEL || /[=:()]/.test(label) || !/\p{L}/u.test(label)) return null;
  // The colour alone ('1 = Red'), or a word saying the code has none ('blank = not yet rated').
  const colour = colourOf(label);
  if (colour !== undefined) return { rag: colour, label, aliases };
  // Status words with no colour written: the usual words say it ('complete' green), else it colours nothing. Only the
  // words themselves: a longer phrase starting with them ('1 - Complete the audit') is a numbered list, not a key.
  return { rag: usualColour(label), label, aliases };
}

/** The colour the default vocabulary gives a label that is one of its statuses word for word ('completed', 'on track'), else null. */
function usualColour(label: string): Rag | null {
  const entry = findKeyEntry(label, DEFAULT_RAG_KEY);
  if (!entry) return null;
  const words = normaliseStatus(label).join(' ');
  return [entry.label, ...(entry.aliases ?? [])].some((l) => normaliseStatus(l).join(' ') === words) ? entry.rag : null;
}

/** An entry in one of the forms of a status and its colour, or null. */
function formOf(piece: string): RagKeyEntry | null {
  // Each form is tried only on a piece ending as it must: on a bracket, or on a colour word or a word saying none. A
  // key's piece is short, but a whole sentence comes here too (a cell of an action's words that names a colour:
  // 'reduction' opens with 'red'), and each pattern would walk it from every position.
  const bracketed = piece.endsWith(')');
  const forms: [RegExpExecArray | null, number, number][] = [
    [bracketed ? LABEL_BRACKETED.exec(piece) : null, 1, 2],
    [bracketed ? COLOUR_BRACKETED.exec(piece) : null, 2, 1],
    [COLOUR_FIRST.exec(piece), 2, 1],
    [endsOn(piece, KEY_COLOUR_END) ? LABEL_FIRST.exec(piece) : null, 1, 2],
  ];
  for (const [m, labelAt, colourAt] of forms) {
    if (!m) continue;
    const rag = colourOf(m[colourAt]);
    const label = tidy(m[labelAt]);
    if (rag !== undefined && isLabel(label)) return { rag, label, aliases: [] };
  }
  const uncoloured = (endsOn(piece, UNCOLOURED_END) ? LEFT_UNCOLOURED.exec(piece) : null) ?? QUOTED_EXPLAINED.exec(piece);
  const label = uncoloured ? tidy(uncoloured[1]) : '';
  return uncoloured && isLabel(label) ? { rag: null, label, aliases: [] } : null;
}

/** Whether the piece ends as `ending` (a pattern anchored at the end) says, read in its last END_LENGTH characters. */
function endsOn(piece: string, ending: RegExp): boolean {
  return ending.test(piece.length > END_LENGTH ? piece.slice(-END_LENGTH) : piece);
}

/** The RAG colour a colour word names ('pale blue' blue), null for a word saying no colour, undefined for any other word. */
function colourOf(word: string): Rag | null | undefined {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ').replace(SHADED, '');
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
