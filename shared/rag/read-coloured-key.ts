import type { Rag, RagKeyEntry } from '../types';
import { fontToRag } from './font-to-rag';

type Run = { text: string; colour: string | null };
type Piece = { text: string; rag: Rag | null };

/** Longer than this, what comes before the first coloured piece is a paragraph, not a key's introduction. */
const MAX_LEAD_IN = 120;
/** Longer than this a label is a sentence, not a key's. */
const MAX_LABEL = 60;
/** What may stand between coloured labels: '·', ',', ';', '|', '/', dashes, 'and', 'or', a full stop, a note in brackets. */
const BETWEEN = /^(?:[\s·•|,;/–—.-]|\band\b|\bor\b|\([^()]{0,40}\))*$/i;
const TRIM = /^[\s·•|,;/–—:=-]+|[\s·•|,;/–—:=.-]+$/g;

/**
 * A key written in its own colours, read from the coloured pieces of one cell's text: each label written in its colour
 * ('Status is shown by colour of text: Complete · On track · At risk · Off track', each word in blue, green, orange,
 * red), or a mark in each colour before what it means ('RAG: ● on track ● some risk to delivery ● off track'). The
 * label is the coloured word, or the words after a coloured mark; the text before the first coloured piece introduces
 * the key. Two labels or more in two colours or more, else [] (a cell with one red word is emphasis, not a key).
 *
 * @example
 * readColouredKey([{ text: 'Key: ', colour: null }, { text: 'Complete', colour: '#0070C0' }, { text: ' · ', colour: null }, { text: 'On track', colour: '#00B050' }]);
 * // [{ rag: 'blue', label: 'Complete', aliases: [] }, { rag: 'green', label: 'On track', aliases: [] }]
 */
export function readColouredKey(runs: readonly Run[]): RagKeyEntry[] {
  if (!Array.isArray(runs)) return [];
  const pieces = piecesOf(runs);
  const first = pieces.findIndex((p) => p.rag);
  if (first < 0 || pieces.slice(0, first).reduce((n, p) => n + p.text.length, 0) > MAX_LEAD_IN) return [];
  const entries: RagKeyEntry[] = [];
  for (let i = first; i < pieces.length; i++) {
    const { text, rag } = pieces[i];
    if (!rag) {
      if (!BETWEEN.test(text)) return [];
      continue;
    }
    const label = text.replace(TRIM, '');
    if (/[\p{L}\p{N}]/u.test(label)) {
      if (label.length > MAX_LABEL) return [];
      entries.push({ rag, label, aliases: [] });
      continue;
    }
    // A coloured mark: what it means is the uncoloured text after it.
    const meaning = pieces[i + 1] && !pieces[i + 1].rag ? pieces[i + 1].text.replace(TRIM, '') : '';
    if (!meaning || meaning.length > MAX_LABEL || !/\p{L}/u.test(meaning)) return [];
    entries.push({ rag, label: meaning, aliases: [] });
    i++;
  }
  return entries.length >= 2 && new Set(entries.map((e) => e.rag)).size >= 2 ? entries : [];
}

/** Runs joined where they share a RAG colour; a colour that is no RAG colour (navy body text) counts as none. */
function piecesOf(runs: readonly Run[]): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    const text = typeof run?.text === 'string' ? run.text : '';
    const rag = /\S/.test(text) ? fontToRag(run?.colour ?? null) : pieces.at(-1)?.rag ?? null;
    const last = pieces.at(-1);
    if (last && last.rag === rag) last.text += text;
    else pieces.push({ text, rag });
  }
  return pieces;
}
