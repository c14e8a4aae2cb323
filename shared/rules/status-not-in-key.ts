import type { PlanIssue, Rag, RagKey, Rule } from '../types';
import { DEFAULT_RAG_KEY, findKeyEntry, percentComplete, answerMeaning } from '../rag';
import { colourOpening, normaliseStatus } from '../rag/normalise-status';
import { colourOfHead } from '../rag/status-parts';
import { columnOf, isBlank, quote } from './describe';
import { onRow, saidOnce } from './finding';

/**
 * A status the plan's key does not define cannot be coloured consistently across the plan or the region.
 * A bare colour word ('Amber', 'Blue') states the colour itself, so it is accepted, and so is one written before what it
 * means ('Blue – complete'), and so is a coloured mark ('●' in green), a letter code in a filled cell ('C' filled blue:
 * the fill is the RAG) or a progress update in a cell filled in one of the key's colours (`isColouredCell`), and a tick
 * or a cross or a yes / no answer ('✓', 'Y' done, '✗', 'N' not done: `answerMeaning`), and
 * a status word whose colour the plan paints in a RAG cell beside it, and, under a key read from conditional formatting,
 * a status of the usual vocabulary no rule colours ('Not started'). A percentage complete ('75%') in a plan with no key
 * of its own is read as how far the action is, so it is accepted too; under a key of the plan's own that names no
 * percentage, the finding says so and what to write.
 *
 * @example
 * statusNotInKey.check(context) // [{ rule: 'status-not-in-key', severity: 'warning', row: 10, column: 'F', message: 'Row 10: status "Awaiting sign-off" is not in the plan's key (Not yet begun, Complete) — use one of those words and put the detail under Progress' }]
 */
export const statusNotInKey: Rule = {
  id: 'status-not-in-key',
  severity: 'warning',
  description: "Status words are ones the plan's RAG key defines.",
  check({ actions, ragKey }) {
    const labels = (ragKey?.entries ?? []).map((e) => e?.label).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
    const list = labels.length > 0 ? labels.join(', ') : 'Not Started, In Progress, Completed';
    const found: PlanIssue[] = [];
    const accepted = acceptedOnce(ragKey);
    // Plans write the same few statuses on many rows: each is worded once.
    const notInKey = saidOnce((status: string) => notInKeyMessage(status, ragKey, list));
    for (const a of actions) {
      // A status whose RAG is painted in a RAG cell of its own beside it ('In progress' | a cell filled green) is coloured
      // by that cell, as the key's colours say: its word need not be one of the key's.
      if (isBlank(a.status) || a.sources?.rag || accepted(a.status, a.statusRag)) continue;
      // A percentage complete ('75%') is a status the reader knows (100% complete, 0% not started, between in progress):
      // only a key of the plan's own that gives it no colour is worth a word, and the word says what to write instead.
      if (ragKey?.source === 'default' && percentComplete(a.status) !== null) continue;
      found.push(onRow(statusNotInKey, a.row, columnOf(a, 'status'), notInKey(a.status)));
    }
    return found;
  },
};

/**
 * A key read from the status column's conditional formatting names only the statuses Excel colours: a status of the
 * usual vocabulary that no rule colours ('Not started' left white beside rules for 'Complete' and 'In progress') is one
 * the plan uses, not a word outside its key.
 */
function usualUncoloured(status: string, ragKey: RagKey): boolean {
  return ragKey.source === 'conditional format' && findKeyEntry(status, DEFAULT_RAG_KEY) !== null;
}

/**
 * Whether a status is one the key names, a colour word, a coloured cell's or a tick (see `statusNotInKey`), for one
 * check's key. A plan repeats a few statuses over all its rows: each status and colour is judged once.
 */
function acceptedOnce(ragKey: RagKey): (status: string, rag: Rag | null) => boolean {
  const byRag = new Map<Rag | null, Map<string, boolean>>();
  const judge = (status: string, rag: Rag | null) =>
    !!findKeyEntry(status, ragKey) || isColourStatus(status) || isColouredCell(status, rag, ragKey) || !!answerMeaning(status) || usualUncoloured(status, ragKey);
  return (status, rag) => {
    if (typeof status !== 'string' || status.length > 200) return judge(status, rag);
    let byStatus = byRag.get(rag);
    if (!byStatus) byRag.set(rag, (byStatus = new Map()));
    let known = byStatus.get(status);
    if (known === undefined) byStatus.set(status, (known = judge(status, rag)));
    return known;
  };
}

/** What the row's finding says after "Row N: ": what its status is (a code, a standing, a percentage, other words), and what to write instead. */
function notInKeyMessage(status: string, ragKey: RagKey | null | undefined, list: string): string {
  const said = `status ${quote(status, 40)}`;
  if (percentComplete(status) !== null) return `${said} says how far the action is, but ${ragKey?.source === 'settings' ? 'your key' : "the plan's key"} (${list}) gives a percentage no colour — write one of those words as the status and keep the percentage under Progress`;
  // A code says nothing without its key: what the reader lacks is the key, or the word.
  if (isCode(status)) return `${said} ${ragKey?.source === 'default' ? 'is a code with no key to say what it stands for' : "is a code the plan's key does not define"}, and its cell has no colour — write the status in words (${list}) or add a key line such as "${status.trim()} = …"`;
  // 'Carried forward' is how the action stands in the plan's years, not how far it has got: the finding says so.
  if (STANDING.test(status)) return `${said} says the action goes on into another year, not how far it has got — write its status (${list}) and say it is carried forward under Progress`;
  const where = ragKey?.source === 'default' ? 'is not a status we recognise' : "is not in the plan's key";
  return `${said} ${where} (${list}) — use one of those words and put the detail under Progress`;
}

/** An action's standing in the plan's years written as its status: 'Carried forward', 'Carried over to 2024/25', 'Rolled over'. */
const STANDING = /^\s*(?:carried|rolled|brought|rolling)\s+(?:forward|over)\b/i;

/**
 * A status whose cell's colour (fill or text) gave its RAG: the colour is the status, as a bare colour word is. So for a
 * mark alone ('●', '■') or a letter code ('C', 'IP') in any colour; and for words — a progress update written where the
 * plan says to colour the cell ('Network launched in June' filled blue) — in a colour the key gives a status, so the plan
 * is coloured by its own key throughout. Words in a colour the key has no status for are still asked about.
 */
function isColouredCell(status: string, rag: Rag | null, key: RagKey | null): boolean {
  if (rag === null) return false;
  if (!/[\p{L}\p{N}]/u.test(status) || isCode(status)) return true;
  // A status word the usual vocabulary knows ('Delayed') takes its colour when the key does not name it: that colour is
  // the word's, not the cell's. An update that opens with such a word ('Start delayed to February because …') is no
  // status word: its colour is its cell's, as the plan painted it.
  if (findKeyEntry(status, DEFAULT_RAG_KEY) && normaliseStatus(status).length <= 4) return false;
  return (key?.entries ?? []).some((e) => e?.rag === rag);
}

/** One to three capitals alone ('C', 'IP', 'NS'): a code a key would define, not a word. */
function isCode(status: string): boolean {
  return /^\s*\p{Lu}{1,3}\s*$/u.test(status);
}

/**
 * A status that is a colour word ('Amber', 'Blue', 'G'), or opens with one before a dash ('Amber – some delay'), or names
 * the two colours it stands between ('A/G'): the colour is the RAG, as the words after it say.
 */
function isColourStatus(status: string): boolean {
  if (colourOfHead(status)) return true;
  const words = normaliseStatus(status);
  // A colour word and at most one word more ('Amber', 'Blue complete'), read as statusToRag reads it.
  if (words.length <= 2 && colourOpening(words) !== null) return true;
  // Two colours a status stands between ('A/G', 'Amber/Green'): it states its colours as 'G' does.
  return words.length === 2 && words.every((w) => colourOpening([w]) !== null);
}
