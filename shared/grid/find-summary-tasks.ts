import { trustOfText } from '../identity/trust-of-text';
import { parseTimescale } from '../timescale/parse-timescale';
import type { ColumnMap } from './assign-columns';
import { collapse, headerKey } from './cell-text';
import { planTitlePeriod } from './names-a-plan';
import type { SheetView } from './view-sheet';
import { writesWords } from './writes-words';

/** A project plan's summary task: a heading over the tasks indented deeper under it, never an action. */
export interface SummaryTask {
  /** Grid row. */
  r: number;
  /** Its name, collapsed: the theme of the tasks directly under it (unless it is the plan's title). */
  heading: string;
  /** Its outline level (0 = outermost). */
  level: number;
  /**
   * The project's own summary task: over every task of the table, naming the plan or the trust ('Kestonbury … NHS
   * Foundation Trust – WRES Action Plan 2018/19'). It is the plan's title, no theme.
   */
  title: boolean;
  /** Why it is no action, for the user. */
  why: string;
  /**
   * The row (sheet row) of an action beside it at its own level, when the plan sets such actions beside its summary
   * tasks: then each summary task is one of the plan's items broken into parts, not a heading (`markItems`).
   */
  besideAction?: number;
}

/** The plan's summary tasks by grid row, and each task's nearest summary task above it (its parent), by grid row. */
export interface SummaryTasks {
  summaries: Map<number, SummaryTask>;
  parents: Map<number, SummaryTask>;
}

/** A column giving each task's outline level as a number ('Outline Level': 0, 1, 2) or as a WBS code ('WBS': 1, 1.1, 1.1.2). */
const OUTLINE_HEADER = /^(?:outline(?: level| number)?|wbs(?: code| number)?)$/;
const LEVEL = /^\d{1,2}$/;
const WBS = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** How the rows' outline levels are shown, in words for the user. */
type Shown = { kind: 'column'; c: number; header: string } | { kind: 'indent' } | { kind: 'spaces' };

/**
 * A plan kept as a project plan (a Microsoft Project export's task table, a WBS in Excel) shows each task's outline
 * level — by the indent of its name (the cell's indent, or leading spaces), or by an 'Outline Level' / 'WBS' column
 * (1, 1.1, 1.1.2) — and a row is a SUMMARY TASK exactly when the row below it is deeper. A summary task rolls its tasks up:
 * its Start and Finish span theirs, it has a duration and a % complete of its own, and it names no resource. It is a
 * heading, never an action: its name is the theme of the tasks directly under it, and the project's own summary task
 * (over every task, naming the plan or the trust) is the plan's title. A row only counts as one when what it carries
 * confirms the roll-up — its dates span its tasks' (and equal the earliest start or the latest finish among them), or it
 * names no one where its tasks name their leads — so an ordinary plan whose action text happens to start with spaces
 * keeps its actions (a single space is no indent at all; dates must be days, as a project plan's are). The sheet's row groups are not used: a plan groups an action's dated updates under it the same way.
 *
 * @example
 * // rows 1–17 under the header on row 0, passing over the header printed again at a page break
 * findSummaryTasks(sheet, columns, 0, 1, 17, (r) => headerSet.has(r)).summaries.get(5)?.why;
 * // "the tasks below it (rows 7–9) are indented deeper (column B) and its dates span theirs, as a project plan's summary task rolls up its tasks; its name is their theme"
 */
export function findSummaryTasks(sheet: SheetView, columns: ColumnMap, header: number, from: number, to: number, skip: (r: number) => boolean = () => false): SummaryTasks {
  const none: SummaryTasks = { summaries: new Map(), parents: new Map() };
  const action = columns.action;
  if (action === undefined || to - from < 2) return none;
  // Most plans show no outline at all: that is known from the header and the action cells alone, before each row is
  // asked whether it is a task (a running head's test on every row).
  if (!mayShowOutline(sheet, columns, header, from, to)) return none;
  const tasks: number[] = [];
  for (let r = from; r <= to; r++) if (!skip(r) && writesWords(sheet.text(r, action))) tasks.push(r);
  if (tasks.length < 3) return none;
  const shown = outlineShown(sheet, columns, header, tasks);
  if (!shown) return none;
  const levels = tasks.map((r) => levelOf(sheet, r, action, shown));
  if (levels.some((l) => l === null) || new Set(levels).size < 2) return none;
  const out: SummaryTasks = { summaries: new Map(), parents: new Map() };
  const open: SummaryTask[] = [];
  const plain: { r: number; level: number; parent: SummaryTask | undefined }[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const level = levels[i]!;
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const end = lastUnder(levels, i);
    const summary = end > i ? readSummary(sheet, columns, { tasks, i, end, level, levels, shown }) : null;
    if (!summary) {
      if (open.length) out.parents.set(tasks[i], open[open.length - 1]);
      plain.push({ r: tasks[i], level, parent: open[open.length - 1] });
      continue;
    }
    if (open.length) out.parents.set(tasks[i], open[open.length - 1]);
    out.summaries.set(tasks[i], summary);
    open.push(summary);
  }
  markItems(sheet, out, plain);
  return out;
}

/**
 * Summary tasks set beside plain actions at their own level, under the same parent ('1.1 Make shortlisting fairer …'
 * over '1.1a', '1.1b', then '1.2 Launch a Stepping Up cohort …' with its own lead and date): the plan lists its items at
 * that level and breaks some of them into parts, so each summary task at that level is an item, not a heading over a
 * subject. Each such summary task is marked with the first action beside it; the walk decides what that means for the
 * theme (a heading above them all stays the theme of every item and part).
 */
function markItems(sheet: SheetView, out: SummaryTasks, plain: readonly { r: number; level: number; parent: SummaryTask | undefined }[]): void {
  for (const summary of out.summaries.values()) {
    if (summary.title) continue;
    const parent = out.parents.get(summary.r);
    const beside = plain.find((p) => p.level === summary.level && p.parent === parent);
    if (beside) summary.besideAction = sheet.sheetRow(beside.r);
  }
}

/** The index of the last task under task `i` (deeper than it, without a break), `i` itself when none. */
function lastUnder(levels: readonly (number | null)[], i: number): number {
  let end = i;
  while (end + 1 < levels.length && levels[end + 1]! > levels[i]!) end++;
  return end;
}

/**
 * How the plan shows its outline: an 'Outline Level' / 'WBS' column filled on every task, else the indent of the task
 * names (some indented, some not), else leading spaces before some of them. Null when nothing shows levels.
 */
function outlineShown(sheet: SheetView, columns: ColumnMap, header: number, tasks: readonly number[]): Shown | null {
  for (let c = 0; c < sheet.width; c++) {
    if (c === columns.action) continue;
    const text = collapse(sheet.text(header, c));
    if (!text || !OUTLINE_HEADER.test(headerKey(text))) continue;
    const column: Shown = { kind: 'column', c, header: text };
    if (tasks.every((r) => levelOf(sheet, r, columns.action!, column) !== null)) return column;
  }
  if (sheet.indent && tasks.some((r) => sheet.indent!(r, columns.action!) > 0)) return { kind: 'indent' };
  if (tasks.some((r) => LEADING_SPACES.test(sheet.text(r, columns.action!)))) return { kind: 'spaces' };
  return null;
}

/**
 * Whether anything in rows `from`–`to` could show an outline level as `outlineShown` reads one: an 'Outline Level' /
 * 'WBS' header, or an action cell indented or led by spaces. The tasks are some of those rows, so with none of these
 * `outlineShown` finds nothing whichever rows are tasks.
 */
function mayShowOutline(sheet: SheetView, columns: ColumnMap, header: number, from: number, to: number): boolean {
  const action = columns.action!;
  for (let c = 0; c < sheet.width; c++) if (c !== action && OUTLINE_HEADER.test(headerKey(collapse(sheet.text(header, c))))) return true;
  for (let r = from; r <= to; r++) {
    if ((sheet.indent && sheet.indent(r, action) > 0) || LEADING_SPACES.test(sheet.text(r, action))) return true;
  }
  return false;
}

/** Leading spaces that may show an outline level (two or more, or a tab); one space is a slip (see `levelOf`). */
const LEADING_SPACES = /^(?:[ \u00a0]{2}|\t)/;

/** A task's outline level as the plan shows it, or null when its cell does not give one. */
function levelOf(sheet: SheetView, r: number, action: number, shown: Shown): number | null {
  if (shown.kind === 'indent') return sheet.indent!(r, action);
  if (shown.kind === 'spaces') {
    // Two spaces or more make a level (Project writes three a level); one space before the text is a slip of typing or
    // of a PDF's conversion, no indent.
    const lead = /^[ \u00a0\t]*/.exec(sheet.text(r, action))![0];
    return Math.floor(lead.replace(/\t/g, '    ').length / 2);
  }
  const text = collapse(sheet.text(r, shown.c));
  if (LEVEL.test(text) && shown.header.toLowerCase().startsWith('outline')) return Number(text);
  return WBS.test(text) ? text.replace(/\.$/, '').split('.').length : null;
}

/** A run of tasks: every task row, the summary's index, the last index under it, its level and how levels are shown. */
interface Run {
  tasks: readonly number[];
  i: number;
  end: number;
  level: number;
  levels: readonly (number | null)[];
  shown: Shown;
}

/** The summary task at `run.i` when what it carries confirms the roll-up of the tasks under it, else null. */
function readSummary(sheet: SheetView, columns: ColumnMap, run: Run): SummaryTask | null {
  const r = run.tasks[run.i];
  const under = run.tasks.slice(run.i + 1, run.end + 1);
  const spans = datesSpan(sheet, r, under);
  const leaves = under.filter((_, k) => { const j = run.i + 1 + k; return j === run.levels.length - 1 || run.levels[j + 1]! <= run.levels[j]!; });
  const noOne = !spans && namesNoOne(sheet, columns, r, leaves);
  const unrated = !spans && !noOne ? fieldLeftToTasks(sheet, columns, r, leaves) : null;
  if (!spans && !noOne && !unrated) return null;
  const heading = collapse(sheet.text(r, columns.action!));
  const rows = `${under.length === 1 ? 'row' : 'rows'} ${sheet.sheetRow(under[0])}${under.length > 1 ? `–${sheet.sheetRow(under[under.length - 1])}` : ''}`;
  const how = run.shown.kind === 'column' ? `sit deeper in its '${run.shown.header}' (column ${sheet.letter(run.shown.c)})` : `are indented deeper (column ${sheet.letter(columns.action!)})`;
  const confirms = spans ? 'its dates span theirs' : noOne ? 'it names no one where they name their leads' : `it gives no ${unrated} where each of them gives one`;
  const everything = run.i === 0 && run.end === run.tasks.length - 1;
  const title = everything && (planTitlePeriod(heading) !== null || trustOfText(heading) !== null);
  const what = title ? "it is the project's own summary task, over every task, and names the plan: the plan's title, no theme" : 'its name is their theme';
  return { r, heading, level: run.level, title, why: `the tasks below it (${rows}) ${how} and ${confirms}, as a project plan's summary task rolls up its tasks; ${what}` };
}

/**
 * Its dates roll up theirs: in every column where it and they hold dates, its date is the earliest of theirs (a Start)
 * or the latest (a Finish) — and there is one such column at least.
 */
function datesSpan(sheet: SheetView, r: number, under: readonly number[]): boolean {
  let matched = false;
  for (let c = 0; c < sheet.width; c++) {
    const own = dayWindow(sheet, r, c);
    if (!own) continue;
    const theirs = under.map((k) => dayWindow(sheet, k, c)).filter((w): w is { start: string; end: string } => w !== null);
    if (theirs.length === 0) continue;
    const earliest = theirs.reduce((m, w) => (w.start < m ? w.start : m), theirs[0].start);
    const latest = theirs.reduce((m, w) => (w.end > m ? w.end : m), theirs[0].end);
    if (own.start !== earliest && own.end !== latest) return false;
    matched = true;
  }
  return matched;
}

/**
 * The day a cell's date names (a date, or text naming one day), as a window; null otherwise. A project plan's Start and
 * Finish are days: a month or a year ('December 2021', '2022/23') is a plan's timescale, too coarse to show a roll-up.
 */
function dayWindow(sheet: SheetView, r: number, c: number): { start: string; end: string } | null {
  const v = sheet.value(r, c);
  if (!(v instanceof Date) && typeof v !== 'string') return null;
  if (typeof v === 'string' && (v.length > 30 || !/\d/.test(v))) return null;
  const w = parseTimescale(v);
  return w.parsed && w.start && w.start === w.end && !w.ongoing ? { start: w.start, end: w.end } : null;
}

/** It names no lead where every task under it with none under it in turn names one (the plan has a lead column). */
function namesNoOne(sheet: SheetView, columns: ColumnMap, r: number, leaves: readonly number[]): boolean {
  const lead = columns.lead;
  if (lead === undefined || sheet.text(r, lead).trim()) return false;
  return leaves.length > 0 && leaves.every((k) => sheet.text(k, lead).trim() !== '');
}

/**
 * The field — 'status' or 'indicator' — the row leaves empty where every task under it with none under it in turn fills
 * it (two such tasks at least): a summary task rolls up its tasks' dates and even their owner (a Smartsheet parent row
 * keeps the priority's owner), but has no status or indicator of its own. Null when it fills both, or a task leaves one empty.
 */
function fieldLeftToTasks(sheet: SheetView, columns: ColumnMap, r: number, leaves: readonly number[]): 'status' | 'indicator' | null {
  if (leaves.length < 2) return null;
  for (const field of ['status', 'indicator'] as const) {
    const c = columns[field];
    if (c === undefined || sheet.text(r, c).trim()) continue;
    if (leaves.every((k) => sheet.text(k, c).trim() !== '')) return field;
  }
  return null;
}
