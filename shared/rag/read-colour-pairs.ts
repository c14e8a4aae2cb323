import { COLOUR_NAMES, COLOUR_WORDS, SHADE, emojiAsColourWords } from './colour-words';
import { mayDefineCodes, readAbbreviationKey } from './read-abbreviation-key';
import { readBracketedColours } from './read-bracketed-colours';
import { readKeyLine } from './read-key-line';
import type { Rag, RagKeyEntry } from '../types';

// A label runs to the next pair (after a comma, a semicolon or an 'and'), an entry written the other way round after
// such a mark ('…; Complete (blue)', holdout40 lindfield), a closing bracket, the end of a sentence
// ('… off track. Please update …') or the end. A note in brackets after it ('Complete (100%)', 'Overdue (past its due
// date)') explains the label and is not part of it. Written as prose, a key says 'blue means complete'. Orange and yellow
// are amber, pink (a pale red fill) red; black, grey and white name a status the key gives no RAG colour ('black – not yet started', where the plan
// colours its text: black is the automatic colour), so the label before them ends there too.
const COLOURS = `${COLOUR_NAMES}|black|gr[ae]y|white`;
const PAIR = new RegExp(`\\b${SHADE}(${COLOURS}|r|a|g|b)\\s*(?:=|:|-|–|—|is|means\\b)\\s*(.*?)(?:\\s*\\([^()]{0,120}\\))?(?=\\s*(?:[,;/|·•]|\\band\\b)?\\s*\\b${SHADE}(?:${COLOURS}|r|a|g|b)\\s*(?:=|:|[-–—]\\s|is\\s|means\\s)|\\s*[,;/|·•]\\s*[^,;/|·•()]{1,40}\\(\\s*${SHADE}(?:${COLOURS})\\s*\\)|[)\\]}]|\\.\\s|\\.?\\s*$)`, 'gi');

/**
 * What any key written in text has: a colour word, a RAG letter before '=' or ':', or a RAG emoji (a surrogate pair).
 * The emoji is looked for apart: as one more branch of the pattern it made every long text's scan half as fast again.
 */
const NAMES_A_COLOUR = new RegExp(`\\b(?:${COLOUR_NAMES})|\\b[rgab]\\s*[=:]`, 'i');
const namesAColour = (text: string) => NAMES_A_COLOUR.test(text) || (typeof text === 'string' && text.includes('\uD83D'));

/**
 * Whether `readColourPairs` may find any entry in the text: every key it reads names a colour (see above) or defines
 * codes with '=' ('C = complete, IP = in progress'). Text with neither holds no key, and what is left of it is itself.
 *
 * @example
 * mayHoldColourPairs('Red = yet to begin Amber = in progress') // true
 * mayHoldColourPairs('Listen up live session to take place at the end of October') // false
 */
export function mayHoldColourPairs(text: string): boolean {
  return namesAColour(text) || mayDefineCodes(text);
}

/** A code that is no RAG letter defined with its colour in brackets: 'C = complete (blue)', 'IP = in progress (amber)'. */
const BRACKETED_CODE = new RegExp(`(?:^|[\\s,;|:(])(?![RAGB]\\s*=)[A-Z]{1,3}\\s*=\\s*[^=()]{1,60}\\(\\s*${SHADE}(?:${COLOUR_NAMES})\\s*\\)`);
const NO_PAIRS: { entries: RagKeyEntry[]; rest: string } = { entries: [], rest: '' };

/** 'Complete = Blue; On track = Green': the label first, its colour after, pairs split by ; , or |. */
const REVERSED = new RegExp(`^\\s*([^=:;,|]{1,60}?)\\s*(?:=|:|–|—|-)\\s*${SHADE}(red|amber|green|blue)\\s*\\.?\\s*$`, 'i');

/**
 * The 'Colour = label' pairs written in one piece of text: 'Red = yet to begin Amber = in progress Green = completed',
 * 'Blue - complete', 'R: not started, A: in progress', '🔵 complete · 🟢 on track' — or the other way round,
 * 'Complete = Blue; On track = Green', or each label with its colour in brackets, 'Complete (blue) – On track (green)'
 * (see `readBracketedColours`), or codes each defined by a status and its colour, 'C = complete (green)  IP = in progress
 * (amber)  D = deferred' (see `readAbbreviationKey`), or entries mixing these orders in one line, 'Complete (blue) ·
 * Green – on track', 'Status: Complete = blue, Overdue = red; Not started actions are left unshaded' (see `readKeyLine`).
 * Returns the entries and how much of the text they cover.
 *
 * @example
 * readColourPairs('Red = yet to begin Amber = in progress').entries.map((e) => e.rag) // ['red', 'amber']
 * readColourPairs('Complete = Blue; Delayed = Amber').entries.map((e) => e.label) // ['Complete', 'Delayed']
 */
export function readColourPairs(text: string): { entries: RagKeyEntry[]; rest: string } {
  // Cheap test first: every way of writing a key names a colour — a colour word at the start of a word (the pairs, the
  // reversed pairs, the bracketed colours), a RAG letter before '=' or ':', or a RAG emoji. Narrative seldom does, and
  // header scoring and the legend check ask about every long cell of a plan.
  // The one way that may name no colour: codes defined by status words ('C = complete, IP = in progress, NS = not started').
  if (!namesAColour(text)) return readAbbreviationKey(text);
  const forward = readForward(text);
  if (forward.entries.length > 0) {
    // Pairs that leave an entry of another order in their rest ('RAG: Complete (blue) · Green – on track'): the line
    // read one entry at a time covers it, where the pairs alone would let 'Complete' fall back to the usual green.
    if (!/[\p{L}\p{N}]/u.test(forward.rest.replace(/^[^:]{0,40}:/, ''))) return forward;
    const mixed = readKeyLine(text);
    if (mixed.entries.length > forward.entries.length) return mixed;
    // Codes each defined with a bracketed colour ('C = complete (blue), G = on track (green), …, n/a = does not apply'):
    // the letters are codes whose brackets give their colours, where the pairs read 'G =' as green and miss 'C'. Only
    // where a code other than a RAG letter has its colour in brackets: 'C = complete' alone gives no colour of its own,
    // and the letters' pairs and the cells' fills say more than the usual words would.
    const codes = BRACKETED_CODE.test(text) ? readAbbreviationKey(text) : NO_PAIRS;
    return codes.entries.length > forward.entries.length ? codes : forward;
  }
  const reversed = readReversed(text);
  if (reversed) return reversed;
  // Codes first: 'OT = on track (green), P = paused (no colour)' defines codes whose brackets give their colours, where
  // a line of bracketed labels would take 'OT = on track' for a label.
  const abbreviated = readAbbreviationKey(text);
  if (abbreviated.entries.length > 0) return abbreviated;
  const bracketed = readBracketedColours(text);
  if (bracketed.entries.length > 0) return bracketed;
  // Entries in either order, or a title, a status left uncoloured, a header's name around them (see `readKeyLine`).
  const mixed = readKeyLine(text);
  return mixed.entries.length > 0 ? mixed : readLabelThenColour(text) ?? forward;
}

/** One entry written as its label then its colour word, nothing between: 'On track green', 'Not started black'. */
const LABEL_COLOUR = new RegExp(`^([\\p{L}][\\p{L}\\s'’-]{0,39}?)\\s+(${COLOURS})$`, 'iu');

/**
 * A key written as labels each followed by its colour word, entries parted by '·', '•', ';', '|' or ',' ('Status colour:
 * Complete blue · On track green · Behind red · Not started black.'), after a title and before a sentence that goes on.
 * Under a title naming a key two entries or more, else three, two of them coloured, each label three words at most; null
 * otherwise ('We painted the wall light blue, then the door red' is a sentence).
 */
function readLabelThenColour(text: string): { entries: RagKeyEntry[]; rest: string } | null {
  const source = String(text ?? '').slice(0, 400);
  const title = /^[^:·•;|,]{0,40}:\s*/.exec(source);
  const line = source.slice(title?.[0].length ?? 0).split(/\.\s|\.$/)[0];
  // Two entries at least, so a mark parting them: a line with none (a sentence naming a colour) is no key, and is not
  // split by the pattern (which tries at every space).
  if (!/[·•;|,]/.test(line)) return null;
  const entries: RagKeyEntry[] = [];
  for (const part of line.split(/\s*[·•;|,]\s*/)) {
    const m = LABEL_COLOUR.exec(part.trim());
    // A status is a few words ('Not started'): more, and the part is a sentence that names a colour.
    if (!m || m[1].trim().split(/\s+/).length > 3) return null;
    const rag = COLOUR_WORDS[m[2].toLowerCase()] ?? null;
    entries.push({ rag, label: m[1].replace(/\s+/g, ' ').trim(), aliases: rag === null ? [m[2].toLowerCase()] : [] });
  }
  // Two entries make a key under a title naming one ('Key:', 'Status colour:'); untitled, three or more.
  const titled = title !== null && /\b(?:key|colou?rs?|status|rag|legend)\b/i.test(title[0]);
  return entries.length >= (titled ? 2 : 3) && entries.filter((e) => e.rag !== null).length >= 2 ? { entries, rest: '' } : null;
}

function readReversed(text: string): { entries: RagKeyEntry[]; rest: string } | null {
  const parts = String(text ?? '').slice(0, 1000).split(/[;|,]/);
  const entries: RagKeyEntry[] = [];
  for (const part of parts) {
    if (!part.trim()) continue;
    const m = REVERSED.exec(part);
    if (!m) return null;
    entries.push({ rag: m[2].toLowerCase() as Rag, label: m[1].replace(/\s+/g, ' ').trim(), aliases: [] });
  }
  return entries.length >= 2 ? { entries, rest: '' } : null;
}

function readForward(text: string): { entries: RagKeyEntry[]; rest: string } {
  // '🔵 complete · 🟢 on track': an emoji before a label is a colour word and its '='.
  const source = emojiAsColourWords(String(text ?? '').slice(0, 1000), ' = ');
  const entries: RagKeyEntry[] = [];
  const rest = source.replace(PAIR, (whole, colour: string, label: string) => {
    const word = colour.toLowerCase();
    // One-letter codes need an '=' or ':' to count: 'A - level' is not amber.
    if (word.length === 1 && !/^\s*\w\s*[=:]/.test(whole)) return whole;
    const clean = label.replace(/^[\s"'“”]+|[\s"'“”.,;:·•]+$/g, '').replace(/\s+/g, ' ');
    if (!clean || clean.length > 60) return whole;
    // A colour word or RAG letter names its colour; black, grey and white name none, and the colour is then another name
    // for the status: a status written 'Grey', or as the key's '⚪', is the entry 'grey – not due' / '⚪ not started yet'.
    const rag = COLOUR_WORDS[word] ?? null;
    entries.push({ rag, label: clean, aliases: rag === null ? [word] : [] });
    return ' ';
  });
  // A colour naming no RAG colour ('grey – not due') is an entry only beside two coloured ones: alone, or beside one,
  // 'black' and 'white' are words of a sentence.
  const coloured = entries.filter((e) => e.rag !== null).length;
  return coloured >= 2 || entries.every((e) => e.rag !== null) ? { entries, rest } : { entries: entries.filter((e) => e.rag !== null), rest: source };
}
