import { indicatorIds, indicatorsMentioned } from '../indicators';
import type { Standard } from '../types';
import { cellKind } from './cell-kind';
import type { RowTexts } from './profile-rows';

/** A note of the plan saying what actions numbered with a prefix of its own serve ('Actions numbered G support all nine indicators'). */
export interface NumberingNote {
  /** The prefix as the note writes it ('G', 'C', 'All'). */
  prefix: string;
  /** The indicators actions so numbered serve: every indicator of the standard, or those the note lists. */
  indicators: readonly string[];
  /** The note names every indicator, not a list of them. */
  all: boolean;
  /** The sheet row the note is on, and its sentence. */
  row: number;
  text: string;
}

// What a text must hold to be such a note at all: indicators named, and a word saying how actions are numbered or a key's
// entry ('C = …', 'X: …'). Most cells are actions, leads, dates and indicator cells ('Indicator 3'): two scans spare them.
const MAY_NOTE = /indicator|metric/i;
const MAY_NUMBER = /number|prefix|coded|labelled|start|begin|=|[A-Z]["'’”]?\s*[:–—-]\s|[A-Z0]["'’”]?\s+(?:actions?|refs?|references?|codes?|items?|rows?)\b/i;
// The words that say actions are numbered or coded with what follows: "numbered G", "prefix 'C'", "Ref starting X",
// "beginning with All-", "coded GEN", "(prefix X)".
const LEAD_IN = /\b(?:numbered|numbering|prefix(?:ed)?|coded|labelled|(?:start|begin)(?:s|ning|ing)?)(?:\s+(?:with|as))?(?:\s+(?:the|a))?(?:\s+(?:letters?|prefix|code))?\s+/gi;
// The prefix itself: one to three capitals, a short word before its dash ('All-') or a 0 no indicator has ('0.x', '0.1'),
// quoted or not, perhaps written with the numbers it takes ('G1–G3', 'C1, C2'), then the end of the word.
const PREFIX = /^["'‘“]?([A-Z]{1,3}0(?!\d)|[A-Z]{1,3}|[A-Z][a-z]{1,4}(?=-)|0(?=\.))(?:[-.]?\d{1,2}(?:\s*(?:[-–,/]|to|and)\s*[A-Z]{0,3}\d{1,2})*|-|\.[xn])?["'’”]?(?=[\s:,;.)]|$)/;
// A key's entry for a prefix: "C = corporate actions covering all metrics", "G: general (all indicators)", "Key: X – …".
const KEY_ENTRY = /(?:^|[|;(]\s*|\b[Kk]ey\s*:?\s*)["'‘“]?([A-Z]{1,3}0(?!\d)|[A-Z]{1,3}-[Aa]ll\b|[A-Z]{1,3}|[A-Z][a-z]{1,4}-)["'’”]?\s*(?:=|:|–|—|-)\s+/g;
// The prefix as the subject of its sentence, before the word for what it numbers: "WX actions cover all nine indicators",
// "'W0' refs apply to every indicator", "X-coded actions serve all metrics" (one to three capitals, perhaps with a 0 no
// indicator has or '-all', perhaps quoted or written with the number it takes: 'WX.n', 'X-1').
const SUBJECT = /(?<![\w'’.-])["'‘“]?([A-Z]{1,3}0(?!\d)|[A-Z]{1,3}-[Aa]ll\b|[A-Z]{1,3})(?:[-.](?:\d{1,2}|[xn]))?["'’”]?(?:-(?:coded|numbered|prefixed))?\s+(?:actions?|refs?|references?|codes?|items?|numbers?|rows?)\b/g;
// Every indicator, in the words notes use: "all nine indicators", "every metric", "each of the WRES indicators".
const ALL = /\b(?:all|every|each)\s+(?:of\s+(?:the|our)\s+)?(?:(?:nine|ten|\d{1,2}|wres|wdes|the)\s+){0,2}(?:indicators?|metrics?)\b/i;
// The plan's own words that are no prefix of refs: the standards and the framework's names.
const NOT_PREFIX = /^(?:wres|wdes|hia|edi|nhs|rag|bme|kpi)$/i;

/**
 * Notes of the plan (a line above or under it, an entry of its key) that reserve a prefix of the action numbers for
 * actions serving every indicator, or the indicators the note names: "Actions numbered G support all nine indicators",
 * "C = corporate actions covering all metrics", "Ref starting X: applies to every metric", "Actions with the prefix 'H'
 * serve indicators 5 and 6". Trusts number actions by indicator ('5.2') and keep a letter for those that cut across; only
 * the plan can say what its letter means, so without such a note a prefix ('G1') names no indicator. Rows in `skip`
 * (header rows, another year's plan) hold no note.
 *
 * @example
 * findNumberingNotes(texts, (r) => r + 1, (r) => r === 4, 'WRES'); // [{ prefix: 'G', indicators: ['1', …, '9'], all: true, row: 3, text: 'Actions numbered G support all nine indicators.' }]
 */
export function findNumberingNotes(texts: RowTexts, sheetRow: (r: number) => number, skip: (r: number) => boolean, standard: Standard | null): NumberingNote[] {
  const out: NumberingNote[] = [];
  for (let r = 0; r < texts.length; r++) {
    if (texts[r].length === 0 || skip(r)) continue;
    for (const t of texts[r]) {
      if (t.text.length < 12 || t.text.length > 600 || !MAY_NOTE.test(t.text) || !MAY_NUMBER.test(t.text)) continue;
      for (const sentence of t.text.split(/(?<=[.;!?])\s+(?=[A-Z'"‘“(])|\n+/)) {
        for (const note of notesOfSentence(sentence.trim(), standard)) if (!out.some((o) => o.prefix === note.prefix)) out.push({ ...note, row: sheetRow(r) });
      }
    }
  }
  return out;
}

/**
 * The prefixes one sentence reserves, with the indicators it says they serve: a prefix after the numbering words serves
 * what the sentence names; a key's entry ('C = …') what its own entry names, up to the next entry.
 */
function notesOfSentence(sentence: string, standard: Standard | null): Omit<NumberingNote, 'row'>[] {
  const out: Omit<NumberingNote, 'row'>[] = [];
  const take = (p: string | undefined, clause: string, text: string) => {
    const prefix = p?.replace(/-$/, '');
    if (!prefix || NOT_PREFIX.test(prefix) || out.some((o) => o.prefix === prefix)) return;
    const served = indicatorsServed(clause, standard);
    if (served) out.push({ prefix, ...served, text });
  };
  for (const m of sentence.matchAll(LEAD_IN)) take(PREFIX.exec(sentence.slice(m.index + m[0].length))?.[1], sentence, sentence);
  // What the subject's own clause says it serves: "WX actions cover all nine indicators" (not the sentence's other codes).
  for (const m of sentence.matchAll(SUBJECT)) take(m[1], sentence.slice(m.index + m[0].length), sentence);
  const entries = [...sentence.matchAll(KEY_ENTRY)];
  entries.forEach((m, i) => {
    const end = entries[i + 1]?.index ?? sentence.length;
    // A key's entry is quoted on its own ('C = corporate actions covering all metrics'), not with the key's other entries.
    const clause = sentence.slice(m.index + m[0].length, end);
    // A status key's entry ('G = complete (all indicators reported)') means a status, not the actions so numbered.
    if (cellKind(clause.split(/[(,;–—]/)[0].trim()) === 'status') return;
    const entry = sentence.slice(m.index, end).replace(/^(?:[|;(]|[Kk]ey\s*:?)?\s*/, '').replace(/[\s|;,]+$/, '');
    take(m[1], clause, entry);
  });
  return out;
}

/** The indicators a note's words say actions serve: every one ("all nine indicators"), or those it names by number. */
function indicatorsServed(clause: string, standard: Standard | null): { indicators: readonly string[]; all: boolean } | null {
  if (!standard) return null;
  if (ALL.test(clause)) return { indicators: indicatorIds(standard), all: true };
  const listed = indicatorsMentioned(clause, standard);
  return listed.length ? { indicators: listed, all: false } : null;
}
