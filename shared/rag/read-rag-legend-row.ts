import { collapse, collapsedLongerThan } from '../grid/cell-text';
import type { RagKeyEntry } from '../types';
import { colourOfWord } from './colour-words';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { fillToRag } from './fill-to-rag';
import { findKeyEntry } from './find-key-entry';
import { readColourPairs } from './read-colour-pairs';

/**
 * 'Key', 'RAG key:', 'Progress Key', 'Status legend', 'BRAG rating key'; saying in brackets whose key it is ('Status key
 * (this year):' under one of two plans kept side by side).
 */
const KEY_TITLE = /^\s*(?:(?:b?rag|progress|status|colour|color)\s+)?(?:(?:rating|status)\s+)?(?:key|legend)(?:\s*\([^()=:]{1,30}\))?\s*:?\s*/i;
/** A key's title and nothing else in its cell: 'Key:', 'RAG key', 'Status legend'. */
const KEY_TITLE_ALONE = new RegExp(`${KEY_TITLE.source}$`, KEY_TITLE.flags);
/**
 * A key's title naming only what its colours rate, alone in its cell and closed by a colon ('RAG:', 'Status colours:',
 * 'BRAG rating:', 'Colours:'): it titles the labels filled in their colours along the row as 'Key:' does. Read as one
 * only beside two labels or more filled in their colours ('Progress:' beside one status is an action's progress).
 */
export const SUBJECT_TITLE = /^(?:(?:b?rag|status|progress)(?:\s+(?:colou?rs?|ratings?|codes?))?|colou?rs?(?:\s+used)?)\s*:$/i;
/** A few words ending in a colon before a key's pairs: "Updates are shaded:", "Colour code:". */
const LEAD_IN = /^\s*(?:[\p{L}'’]+\s+){0,5}[\p{L}'’]+\s*:/u;
/** A sentence that ends in a colon before a key written out in prose. */
const INTRO = /^[^:]{1,240}:/;
/** A key's title naming the figures' trend or arrows ('Trend:', 'Trend arrows:', 'Arrows –', 'Direction of travel:'). */
const TREND_KEY = /^\s*(?:trend(?:\s+arrows?)?|arrows?|direction of travel)\s*[:–—-]/i;
/** Longer than this a cell is narrative, not a key label. */
const MAX_LABEL = 60;

/**
 * The RAG key entries one sheet row defines when it is a legend/key row, else []. Recognises
 * `Red | Not yet begun` (colour word then label, or a one-letter code filled in its colour: 'B' on blue | 'Complete'),
 * a cell filled red that says 'Not yet begun',
 * 'Blue = complete' or several 'Colour = label' pairs, and `Progress Key: On Track / Slippage Likely / Critical`
 * (labels coloured by their fill, else by the default vocabulary; after a 'Key' title, a label left unfilled among two
 * filled ones or more — 'Key: | Completed | Ongoing | Overdue | Not due' — is a status with no colour, part of the key
 * and colouring nothing: its entry's colour is null). Every non-empty cell of the row must belong to the key, so an action row with a 'Red' status
 * is never read as a legend.
 *
 * @example
 * readRagLegendRow(['Red', 'Not yet begun'], [null, null]) // [{ rag: 'red', label: 'Not yet begun', aliases: [] }]
 */
export function readRagLegendRow(texts: string[], fills: (string | null)[]): RagKeyEntry[] {
  if (!Array.isArray(texts)) return [];
  // A key to the figures' trend arrows ('Trend arrows: red = moved against BME staff, green = …', 'Trend: ▲ better (green),
  // ▼ worse (red)') colours the figures' change, not the plan's statuses: no RAG key (holdout96 pennimoor, ravenstow).
  if (texts.length > 0 && TREND_KEY.test(texts[0])) return [];
  const n = Math.min(texts.length, 100);
  const entries: RagKeyEntry[] = [];
  let titled = false;
  /** Titled only by what the colours rate ('RAG:'), which needs two filled labels beside it. */
  let subjectTitled = false;
  // A title alone in its cell speaks for the whole row, wherever it sits: a trust's key cells come in any order.
  const titledRow = someTitleAlone(texts, n);
  let fillOnly = 0;
  /** Labels a 'Key' title's row leaves unfilled and the usual words give no colour ('Not due' beside filled labels). */
  let uncoloured = 0;
  let filledLabels = 0;
  let colourPending: RagKeyEntry['rag'] | null = null;
  /** The one-letter code before the label ('B'), kept as the entry's alias so a 'B' status finds 'Complete'. */
  let code: string[] = [];
  // Each cell is tidied as it is reached: most rows asked (an action's, under the header) end at their first cell.
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    const cell = { text: t === null || t === undefined ? '' : collapse(String(t)), fill: Array.isArray(fills) ? (fills[i] ?? null) : null };
    if (cell.text === '') continue;
    let text = cell.text;
    if (colourPending) {
      // The label after a bare colour word: 'Red | Not yet begun'.
      if (text.length > MAX_LABEL || colourOfWord(text)) return [];
      entries.push({ rag: colourPending, label: text, aliases: code });
      colourPending = null;
      code = [];
      continue;
    }
    if (SUBJECT_TITLE.test(text)) {
      titled = true;
      subjectTitled = true;
      continue;
    }
    const title = KEY_TITLE.exec(text);
    if (title) {
      titled = true;
      text = text.slice(title[0].length).trim();
      if (text === '') continue;
    }
    const word = colourOfWord(text);
    // A one-letter code is a key entry when its cell is filled in its colour ('B' on blue | 'Complete'): else 'A' is a word.
    if (word && (text.length > 1 || fillToRag(cell.fill) === word)) {
      colourPending = word;
      code = text.length === 1 ? [text.toLowerCase()] : [];
      continue;
    }
    const pairs = readColourPairs(text);
    if (pairs.entries.length > 0) {
      // A short lead-in may introduce the pairs ("Updates are shaded: green – complete, amber – …"); before two
      // pairs or more, a whole sentence may ("Status is worked out from % complete and the due date: blue = …").
      const rest = pairs.rest.replace(/\band\b/gi, '').replace(pairs.entries.length >= 2 ? INTRO : LEAD_IN, '');
      // After a 'Key' title the pairs may be followed by an instruction ('… off track. Please update …').
      if (/[\p{L}\p{N}]/u.test(rest) && !(titled && pairs.entries.length >= 2)) return [];
      entries.push(...pairs.entries);
      continue;
    }
    const labels = titled ? text.split(/\s*[/|,;•]\s*|\s{2,}/).filter(Boolean) : [text];
    for (const label of labels) {
      if (label.length > MAX_LABEL) return [];
      const byFill = fillToRag(cell.fill);
      // Unfilled labels only count in a row a 'Key' title speaks for (wherever the title sits), where the default
      // vocabulary tells their colour: 'Not started' is red, before the title as after it.
      const byWords = titled || titledRow ? findKeyEntry(label, DEFAULT_RAG_KEY) : null;
      const rag = byFill ?? (byWords && sameWords(label, byWords) ? byWords.rag : null);
      // In a titled row of filled labels, one left unfilled is the key's status with no colour: part of the key,
      // colouring nothing (as '(no rating)' says in words).
      if (!rag && (titled || titledRow)) {
        uncoloured++;
        entries.push({ rag: null, label, aliases: [] });
        continue;
      }
      if (!rag) return [];
      if (byFill) filledLabels++;
      if (!byWords) fillOnly++;
      entries.push({ rag, label, aliases: [] });
    }
  }
  if (colourPending) return [];
  // An unfilled label counts as the key's only beside two labels or more that the row fills in their colours.
  if ((uncoloured > 0 || subjectTitled) && filledLabels < 2) return [];
  // A lone coloured cell ('Indicator 1' on a blue heading band) or a row filled in one colour is decoration,
  // unless its words read as a status or a 'Key' title says so.
  const coloured = entries.filter((e) => e.rag !== null);
  if (!titled && fillOnly > 0 && fillOnly === coloured.length) {
    const colours = new Set(coloured.map((e) => e.rag));
    const saysStatus = coloured.every((e) => findKeyEntry(e.label, DEFAULT_RAG_KEY));
    if (colours.size < 2 && !saysStatus) return [];
  }
  return entries;
}

/**
 * Whether one of the first `n` texts is a key's title alone ('Key:', 'Progress rating legend (this year):'). Such a title
 * is at most 57 characters tidied (its longest words, single spaces, 30 in brackets, a colon), so a text longer than
 * MAX_LABEL tidied is none: it is counted, not tidied (an action's paragraph on a row asked whether it is a key).
 */
function someTitleAlone(texts: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === null || t === undefined) continue;
    const text = String(t);
    if (!collapsedLongerThan(text, MAX_LABEL) && KEY_TITLE_ALONE.test(collapse(text))) return true;
  }
  return false;
}

/** The label is the vocabulary entry itself, not a longer phrase that merely starts with it. */
function sameWords(label: string, entry: RagKeyEntry): boolean {
  const tidy = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return [entry.label, ...(entry.aliases ?? [])].some((l) => tidy(l) === tidy(label));
}
