import { collapse } from './cell-text';
import { scoreHeaderWords } from './header-words';
import { PERIOD_ADJECTIVE, periodOfColumn } from './period-of-column';
import type { HeaderPeriod } from './period-of-header';
import type { ColumnContents } from './read-column-contents';
import type { SheetView } from './view-sheet';

/** What a tracker's period columns hold each period: a status (words, RAG letters, colours), or progress written out. */
export type TrackedField = 'status' | 'progress';

/** Several columns, one per period, that together hold one field: each action's value is its latest filled period. */
export interface Tracker {
  field: TrackedField;
  /** The period columns, earliest period first (periods not reached yet, still empty, included). */
  columns: number[];
  /** The latest period any action has filled in: where the plan stands. */
  current: number;
  /** In words: "latest of 4 quarterly columns (Q1–Q4)". */
  says: string;
}

type Candidate = { c: number; period: HeaderPeriod; holds: TrackedField | 'empty' };

/** A column whose header, the period aside, names one of these is that field, whatever period it is for ("Target date Q4"). */
const TRACKABLE = new Set(['status', 'progress']);

/**
 * Quarterly (monthly, half-yearly…) status trackers: two or more columns whose headers name periods of the same
 * length ("Q1 | Q2 | Q3 | Q4", "RAG Jun 21 | RAG Sep 21", "Q1 update | Q2 update", "Update 1 | Update 2") and whose
 * cells hold statuses (words, RAG letters, colours) or progress written out. Periods sort by time, not by where the
 * columns stand, and nothing but the period need match between headers: a key written into one header, another
 * wording or an unrelated column between them leave the tracker as it is. Columns of periods not yet reached (all
 * empty) belong to it; two filled columns for one period make it no tracker.
 *
 * @example
 * findTrackers(sheet, [3, 4], rows, contents); // [{ field: 'status', columns: [5, 6, 7, 8], current: 7, says: 'latest of 4 quarterly columns (Q1–Q4)' }]
 */
export function findTrackers(sheet: SheetView, band: readonly number[], rows: readonly number[], contents: ReadonlyMap<number, ColumnContents>): Tracker[] {
  const found: Candidate[] = [];
  for (const [c, content] of contents) {
    // A header naming another field beside its period ("Target date Q4") is that field's column, not the tracker's.
    const period = periodOfColumn(sheet, band, c, TRACKABLE);
    const holds = period ? holdsOf(content, () => writtenOut(sheet, c, rows)) : null;
    if (period && holds) found.push({ c, period, holds });
  }
  for (const pair of pairedStatus(sheet, band, found, contents)) found.push(pair);
  const out: Tracker[] = [];
  for (const field of ['status', 'progress'] as const) {
    let best: Tracker | null = null;
    for (const every of new Set(found.map((f) => f.period.every))) {
      const run = runOf(found.filter((f) => f.period.every === every), field, contents);
      if (run && (!best || run.columns.length > best.columns.length)) best = run;
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * A tracker written as a pair of columns per period, the update then its RAG ('Q1 update (Jul 22)' | 'RAG' | 'Q2 update
 * (Oct 22)' | 'RAG'): a column headed only as the status, with no period of its own, right of a period's update column
 * is that period's status. Two such pairs or more are needed (one 'RAG' beside one update is a plain status column).
 */
function pairedStatus(sheet: SheetView, band: readonly number[], found: readonly Candidate[], contents: ReadonlyMap<number, ColumnContents>): Candidate[] {
  const byColumn = new Map(found.map((f) => [f.c, f]));
  const pairs: Candidate[] = [];
  for (const [c, content] of contents) {
    const left = byColumn.get(c - 1);
    if (!left || left.holds === 'status' || byColumn.has(c) || !namesField(collapse(sheet.text(band[band.length - 1], c)), 'status')) continue;
    // Its cells are statuses, or RAG letters on their colours ('G' on green): the header says what they are.
    const holds = content.filled === 0 ? 'empty' : content.fit.status >= 0.6 || content.ragFills >= 0.6 * content.filled ? 'status' : null;
    if (holds === 'status' || holds === 'empty') pairs.push({ c, period: { ...left.period, rest: 'status' }, holds });
  }
  return pairs.filter((p) => p.holds === 'status').length >= 2 ? pairs : [];
}

/** Statuses (most filled cells status words or RAG colours), progress written out, or nothing yet. */
function holdsOf(content: ColumnContents, isWrittenOut: () => boolean): Candidate['holds'] | null {
  if (content.filled === 0) return 'empty';
  if (content.fit.status >= 0.6) return 'status';
  return content.fit.due < 0.5 && isWrittenOut() ? 'progress' : null;
}

/** Enough rows to know what a column holds. */
const SAMPLE = 80;

/** Most of the column's filled cells are written out in words ("Audit started.", "Twelve pairs matched"), not ticks, sums or codes. */
function writtenOut(sheet: SheetView, c: number, rows: readonly number[]): boolean {
  let filled = 0;
  let words = 0;
  for (const r of rows.slice(0, SAMPLE)) {
    const text = sheet.text(r, c).trim();
    if (!text) continue;
    filled++;
    if (text.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length >= 2) words++;
  }
  return filled > 0 && words >= 0.6 * filled;
}

/** The header, its period aside, names the tracked field ("RAG", "Progress"). */
function namesField(rest: string, field: TrackedField): boolean {
  const top = rest ? scoreHeaderWords(rest)[0] : undefined;
  return top !== undefined && top.score >= 0.4 && top.field === field;
}

/** The run of columns holding `field` among columns whose periods have one length; null unless two periods or more. */
function runOf(candidates: Candidate[], field: TrackedField, contents: ReadonlyMap<number, ColumnContents>): Tracker | null {
  const own = candidates.filter((f) => f.holds === field);
  if (own.length === 0) return null;
  const byPeriod = new Map<string, Candidate>();
  for (const f of own) {
    const other = byPeriod.get(f.period.order);
    // Two columns for one period: the one whose header names the field ("Q2 2021/22" over "Progress", not "Budget").
    if (other && namesField(other.period.rest, field) === namesField(f.period.rest, field)) return null;
    if (!other || namesField(f.period.rest, field)) byPeriod.set(f.period.order, f);
  }
  // An empty period column goes with its kind: beside another tracker, only where its header says the same ("Q4 RAG" with "Q1 RAG").
  const rests = new Set(own.map((f) => f.period.rest));
  const beside = candidates.some((f) => f.holds !== field && f.holds !== 'empty');
  const empties = candidates.filter((f) => f.holds === 'empty' && (!beside || rests.has(f.period.rest)));
  empties.sort((a, b) => Number(!rests.has(a.period.rest)) - Number(!rests.has(b.period.rest)) || a.period.rest.localeCompare(b.period.rest));
  for (const f of empties) if (!byPeriod.has(f.period.order)) byPeriod.set(f.period.order, f);
  if (byPeriod.size < 2) return null;
  const run = [...byPeriod.values()].sort((a, b) => a.period.order.localeCompare(b.period.order));
  const current = [...run].reverse().find((f) => contents.get(f.c)!.filled > 0)!;
  const [first, last] = [run[0].period.label, run[run.length - 1].period.label];
  // 'Q1–Q4', but 'Apr–Jun 25 to Jan–Mar 26' where the periods have dashes of their own.
  const span = /[–-]/.test(first + last) ? `${first} to ${last}` : `${first}–${last}`;
  return { field, columns: run.map((f) => f.c), current: current.c, says: `latest of ${run.length} ${PERIOD_ADJECTIVE[run[0].period.every]} columns (${span})` };
}
