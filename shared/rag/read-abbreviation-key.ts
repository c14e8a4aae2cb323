import type { Rag, RagKeyEntry } from '../types';
import { COLOUR_WORDS } from './colour-words';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { findKeyEntry } from './find-key-entry';

/** A title before the first entry ending in a colon: 'Status:', 'Key:', 'Status codes:'. */
const LEAD_IN = /^[^=:]{0,40}:\s*/;
/** Where each entry starts: a code of one to three capitals, then '=' ('C = complete', 'IP = in progress', 'NS=not started'). */
const CODE = /(?:^|[\s,;|·•/–—]+)([A-Z]{1,3})\s*=\s*/g;
/** The first entry's code where the key starts (after its title): a key begins with one, text with '=' elsewhere is none. */
const CODE_FIRST = /^[\s,;|·•/–—]*[A-Z]{1,3}\s*=/;
/** Its colour in brackets at the end of its meaning: 'complete (green)', 'deferred (no colour)'. */
const BRACKET = /\s*\(\s*([^()]{1,24}?)\s*\)\s*$/;
/** A bracket saying the status has no colour. */
const NO_COLOUR = /^(?:no|not)\s+(?:rating|rated|colour|color|rag|status)$|^(?:none|n\/a|uncoloured|uncolored|unrated)$/i;
/** Longer than this a meaning is a sentence, not a key's. */
const MAX_MEANING = 60;

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
  if (!source.includes('=')) return none;
  const lead = LEAD_IN.exec(source)?.[0] ?? '';
  const body = source.slice(lead.length);
  if (!CODE_FIRST.test(body)) return none;
  const starts = [...body.matchAll(CODE)];
  if (starts.length < 2 || starts[0].index !== 0) return none;
  const entries: RagKeyEntry[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < starts.length; i++) {
    const code = starts[i][1];
    if (codes.has(code)) return none;
    codes.add(code);
    const from = starts[i].index! + starts[i][0].length;
    const meaning = body.slice(from, i + 1 < starts.length ? starts[i + 1].index : body.length).replace(/[\s.,;|·•/–—]+$/, '').replace(/\s+/g, ' ');
    const entry = entryOf(code, meaning);
    if (entry === undefined) return none;
    entries.push(entry);
  }
  return entries.filter((e) => e.rag !== null).length >= 2 ? { entries, rest: lead.trim() } : none;
}

/** One code's entry (its colour null when its status has none); undefined when it is no key's entry (a sentence, a stray bracket). */
function entryOf(code: string, meaning: string): RagKeyEntry | undefined {
  const bracket = BRACKET.exec(meaning);
  const label = (bracket ? meaning.slice(0, bracket.index) : meaning).trim();
  if (!label || label.length > MAX_MEANING || /[=:]/.test(label)) return undefined;
  let rag: Rag | null = null;
  if (bracket && !NO_COLOUR.test(bracket[1])) {
    rag = COLOUR_WORDS[bracket[1].toLowerCase()] ?? null;
    if (!rag) return undefined;
  } else if (!bracket) {
    // No colour written: the usual status words say it, when the meaning is one ('complete', 'not started').
    rag = findKeyEntry(label, DEFAULT_RAG_KEY)?.rag ?? null;
  }
  return { rag, label, aliases: [code.toLowerCase()] };
}
