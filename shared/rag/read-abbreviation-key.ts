import type { RagKeyEntry } from '../types';
import { readKeyEntry } from './read-key-entry';

/** A title before the first entry ending in a colon: 'Status:', 'Key:', 'Status codes:'. */
const LEAD_IN = /^[^=:]{0,40}:\s*/;
/**
 * A code: one to three capitals ('C', 'IP', 'NS'), a score or number of one to three digits ('4', '100%'), the word
 * for an empty cell ('blank = not yet rated'), or 'n/a' for a cell where the action does not apply ('n/a = does not apply').
 */
const CODE_OF = '[A-Z]{1,3}|\\d{1,3}%?|[Bb]lank|[Ee]mpty|[Nn]/[Aa]';
/** Where each entry starts: a code, then '=' ('C = complete', 'IP = in progress', 'NS=not started', '4 = Complete (blue)'). */
const CODE = new RegExp(`(?:^|[\\s,;|·•/–—]+)(${CODE_OF})\\s*=\\s*`, 'g');
/** The first entry's code where the key starts (after its title): a key begins with one, text with '=' elsewhere is none. */
const CODE_FIRST = new RegExp(`^[\\s,;|·•/–—]*(?:${CODE_OF})\\s*=`);

/**
 * A key line that defines the plan's status abbreviations: 'Status: C = complete (green)   IP = in progress (amber)
 * NS = not started (red)   D = deferred to 2019/20'. Each code (one to three capitals before '=') stands for its
 * meaning, so a status cell 'IP' is 'in progress'; its colour is the one its bracket names, else the one the usual
 * status words give its meaning ('complete' green, 'in progress' amber), else none — a status such as 'deferred' that
 * the key names and that colours nothing (its colour null, as '(no rating)' says). Every piece of the line must be an
 * entry, and two or more must be coloured, so a glossary line ('EDI = equality, diversity and inclusion; BME = …') is
 * no key.
 *
 * @example
 * readAbbreviationKey('C = complete (green)  IP = in progress (amber)  D = deferred').entries;
 * // [{ rag: 'green', label: 'complete', aliases: ['c'] }, { rag: 'amber', label: 'in progress', aliases: ['ip'] }, { rag: null, label: 'deferred', aliases: ['d'] }]
 */
export function readAbbreviationKey(text: string): { entries: RagKeyEntry[]; rest: string } {
  const source = String(text ?? '').slice(0, 1000);
  const none = { entries: [], rest: source };
  const start = keyStart(source);
  if (!start) return none;
  const { lead, body } = start;
  const starts = [...body.matchAll(CODE)];
  if (starts.length < 2 || starts[0].index !== 0) return none;
  const entries: RagKeyEntry[] = [];
  const codes = new Set<string>();
  let tail = '';
  for (let i = 0; i < starts.length; i++) {
    const code = starts[i][1];
    if (codes.has(code)) return none;
    codes.add(code);
    const from = starts[i].index! + starts[i][0].length;
    // The last entry ends with its sentence: what follows ('… n/a = does not apply. Overall: Complete / On track …,
    // coloured the same way.') is another sentence about the key, not the last code's meaning.
    const to = i + 1 < starts.length ? starts[i + 1].index! : sentenceEnd(body, from);
    if (i + 1 === starts.length && to < body.length) tail = body.slice(to);
    const meaning = body.slice(from, to).replace(/[\s.,;|·•/–—]+$/, '').replace(/\s+/g, ' ');
    // The code's meaning in any form a key entry takes ('complete (green)', 'Green – on track', 'Red', 'deferred').
    const entry = readKeyEntry(meaning, code);
    if (!entry) return none;
    entries.push(entry);
  }
  return entries.filter((e) => e.rag !== null).length >= 2 ? { entries, rest: `${lead.trim()} ${tail.trim()}`.trim() } : none;
}

/** Where the sentence holding `from` ends: a full stop before a space and a capital ('… apply. Overall: …'), else the end. */
function sentenceEnd(body: string, from: number): number {
  const m = /\.\s+(?=[A-Z])/.exec(body.slice(from));
  return m ? from + m.index + 1 : body.length;
}

/**
 * Whether the text may define codes at all: such a key starts with its first code and '=', after a title if it has one
 * ('Status: C = complete …'). Text that does not start so is no such key.
 *
 * @example
 * mayDefineCodes('Status: C = complete, IP = in progress') // true
 * mayDefineCodes('<ul style="list-style-type: none"> Improve the overall experience…') // false: no code where it starts
 */
export function mayDefineCodes(text: string): boolean {
  return keyStart(text) !== null;
}

/** The key's title ('Status:', or '') and what follows it, when a code and its '=' start it; else null. */
function keyStart(source: string): { lead: string; body: string } | null {
  if (!source.includes('=')) return null;
  const lead = LEAD_IN.exec(source)?.[0] ?? '';
  const body = source.slice(lead.length);
  return CODE_FIRST.test(body) ? { lead, body } : null;
}
