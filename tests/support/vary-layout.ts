/**
 * Changes a plan's layout the way trusts do — header wordings, months written another way, capitals, line breaks, title and intro rows,
 * a key block, column order, an unrelated column, a key written into the status header, headings above
 * header rows, blank spacer rows, a two-row header — while keeping what the plan says. Each change keeps
 * track of where every original row and column went, so a test can ask: is the plan still read the same?
 */
import type { CellValue, Grid, MergeArea, PlanField, PlanReport, RagKeyEntry, RecognisedAction } from '../../shared/types';

/** A plan being changed: its cells, and where each original row and column now is (0-based). */
export interface Layout {
  values: CellValue[][];
  fills: (string | null)[][];
  display: (string | null)[][] | null;
  merges: MergeArea[];
  rowOf: number[];
  colOf: number[];
  sheetName: string;
  /** Themes the change gives to the actions of an original header's block (when it writes headings). */
  themeOfBlock: Map<number, string>;
}

export type Change = (layout: Layout, report: PlanReport, pick: (n: number) => number) => void;

/** Ways trusts word each field's header (all of them words the product should know). */
export const SYNONYMS: Partial<Record<PlanField, string[]>> = {
  action: ['Action', 'Actions', 'What are we going to do?', 'Activity', 'Key actions', 'What will we do?', 'Planned action', 'Work piece'],
  // Not 'Exec lead' or 'Accountable lead': those name who answers for an action, a column of their own beside the lead.
  lead: ['Lead', 'Lead(s)', 'Who is responsible?', 'Responsible officer', 'Owner', 'Lead officer', 'Operational lead', 'Responsibility for action'],
  due: ['Timescale', 'By when?', 'Target date', 'Deadline', 'Completion date', 'Expected date of completion', 'Timeframe', 'Due date'],
  status: ['Status', 'RAG', 'RAG status', 'Current status', 'RAG rating', 'BRAG'],
  progress: ['Progress', 'Progress update', 'Update', 'Commentary', 'Comments', 'Progress to date'],
  outcome: ['Outcome', 'Intended outcome', 'How will we know?', 'Measure of success', 'Expected impact', 'Success measures'],
  ref: ['Ref', 'No.', 'Item', 'Ref no'],
};

const header = (report: PlanReport) => report.headerRows.map((r) => r - 1);
/** The first row of each header: a two-row header (group labels above field names) is one header. */
const headerTops = (report: PlanReport) => header(report).filter((h, i, all) => all[i - 1] !== h - 1);
const width = (l: Layout) => Math.max(0, ...l.values.map((r) => r.length));
const blankRow = (n: number) => new Array<CellValue>(n).fill(null);

/** Inserts a row of cells before grid row `at`, moving everything below it down. */
export function insertRow(l: Layout, at: number, cells: CellValue[], fills: (string | null)[] = []): void {
  const w = width(l);
  l.values.splice(at, 0, [...cells, ...blankRow(Math.max(0, w - cells.length))]);
  l.fills.splice(at, 0, [...fills, ...new Array(Math.max(0, w - fills.length)).fill(null)]);
  l.display?.splice(at, 0, new Array(w).fill(null));
  for (const m of l.merges) {
    if (m.top >= at) m.top++;
    if (m.bottom >= at) m.bottom++;
  }
  l.rowOf = l.rowOf.map((r) => (r >= at ? r + 1 : r));
}

/** Inserts a column before grid column `at`. */
export function insertColumn(l: Layout, at: number, cellOf: (row: number) => CellValue): void {
  l.values.forEach((row, r) => row.splice(at, 0, cellOf(r)));
  l.fills.forEach((row) => row.splice(at, 0, null));
  l.display?.forEach((row) => row.splice(at, 0, null));
  for (const m of l.merges) {
    if (m.left >= at) m.left++;
    if (m.right >= at) m.right++;
  }
  l.colOf = l.colOf.map((c) => (c >= at ? c + 1 : c));
}

const indexOf = (letter: string) => letter.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The columns the reader gave each field under header row `h` (from the first action below it), by grid index. */
function fieldColumns(l: Layout, report: PlanReport, h: number): Map<number, PlanField> {
  const out = new Map<number, PlanField>();
  const next = header(report).find((x) => x > h + 1) ?? Infinity;
  const first = (report.actions as RecognisedAction[]).find((a) => a.row - 1 > h && a.row - 1 < next);
  for (const [field, letter] of Object.entries(first?.cells ?? {})) {
    if (field === 'id' || !letter || (first!.sources[field as 'lead'] && first!.sources[field as 'lead']!.kind !== 'column')) continue;
    out.set(l.colOf[indexOf(letter)], field as PlanField);
  }
  return out;
}

/** Rewords every header cell whose field the reader knew, with another wording trusts use for it. */
export const rewordHeaders: Change = (l, report, pick) => {
  for (const h of headerTops(report)) {
    // The field names are on the header's last row (a group label row sits above them).
    let last = h;
    while (header(report).includes(last + 1)) last++;
    const row = l.values[l.rowOf[last]];
    for (const [c, field] of fieldColumns(l, report, last)) {
      const words = SYNONYMS[field];
      // A header that carries the plan's key ("… Red = yet to begin …") keeps it: the key is content, not wording.
      if (!words || typeof row[c] !== 'string' || !row[c] || /=/.test(row[c] as string)) continue;
      // Never a wording another cell of the row already has: two identical headers would make a different plan.
      const taken = new Set(row.map((v) => String(v ?? '').replace(/\s+/g, ' ').toLowerCase()));
      const free = words.filter((w) => !taken.has(w.toLowerCase()));
      if (free.length) row[c] = free[pick(free.length)];
    }
  }
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s-]*(?:20)?(\d\d)\b/gi;

/** Writes each month and year in a header another way trusts do ('Jun 2021', 'June 2021', 'Jun-21', 'Jun 21'): the same month. */
export const rewordMonths: Change = (l, report, pick) => {
  const forms = [(m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)} 20${y}`, (m: number, y: string) => `${MONTH_NAMES[m]} 20${y}`, (m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)}-${y}`, (m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)} ${y}`];
  const form = forms[pick(forms.length)];
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]];
    row.forEach((v, c) => {
      if (typeof v === 'string') row[c] = v.replace(MONTH_YEAR, (_all, month: string, y: string) => form(MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === month.toLowerCase()), y));
    });
  }
};

/** Writes header rows in capitals. */
export const capitaliseHeaders: Change = (l, report) => {
  for (const h of header(report)) l.values[l.rowOf[h]] = l.values[l.rowOf[h]].map((v) => (typeof v === 'string' ? v.toUpperCase() : v));
};

/** Breaks header cells of more than one word over two lines, as narrow columns do. */
export const breakHeaderLines: Change = (l, report) => {
  for (const h of header(report)) l.values[l.rowOf[h]] = l.values[l.rowOf[h]].map((v) => (typeof v === 'string' ? v.replace(/ /, '\n') : v));
};

/** Adds title and intro rows above the plan (saying nothing of its standard or period). */
export const addIntroRows: Change = (l, _report, pick) => {
  const lines = ['Agreed with our staff networks and the People Committee.', 'This plan is reviewed every quarter.', 'Contact the EDI team with any questions.', 'Version 3 — draft for discussion'];
  const n = 1 + pick(lines.length);
  for (let i = 0; i < n; i++) insertRow(l, 0, [lines[i]]);
  insertRow(l, n, []);
};

/** Adds a key block at the top of the sheet, spelling out the plan's own key (so statuses keep their colours). */
export const addKeyBlock: Change = (l, report) => {
  // As in keyInStatusHeader: only a key the plan states is moved; the assumed default key is not the plan's.
  if (report.ragKey.source === 'default') return;
  const entries: RagKeyEntry[] = report.ragKey.entries.slice(0, 6);
  const at = 0;
  insertRow(l, at, []);
  for (const e of [...entries].reverse()) insertRow(l, at, [e.rag[0].toUpperCase() + e.rag.slice(1), e.label]);
  insertRow(l, at, ['Key']);
};

/** A status band's header cell: a colour or its letter ('R', 'Amber', 'A/G'), as a mark under it gives the status. */
const COLOUR_HEADER = /^\s*(?:r|a|g|b|a\s*\/\s*g|red|amber|green|blue|amber\s*\/\s*green)\s*$/i;

/**
 * Columns a trust keeps side by side: a status band, two or more adjacent header cells each a colour ('R | A | G',
 * 'B | G | A | R', a mark under the action's). Trusts order the colours differently, but no trust puts another column
 * between them or scatters them across the table, so a change that did would make a layout no trust makes. Returns
 * each band's first and last column (grid indices).
 */
function bandsOf(l: Layout, report: PlanReport): [number, number][] {
  const out: [number, number][] = [];
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]] ?? [];
    const colour = (c: number) => typeof row[c] === 'string' && COLOUR_HEADER.test(row[c] as string);
    for (let c = 0; c < row.length; c++) {
      if (!colour(c)) continue;
      let end = c;
      while (colour(end + 1)) end++;
      if (end > c) out.push([c, end]);
      c = end;
    }
  }
  return out;
}

/** Shuffles a list in place (Fisher–Yates, with the change's dice). */
function shuffle<T>(list: T[], pick: (n: number) => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * Moves the columns into another order. A status band moves as one, its colours in any order (see bandsOf); a label
 * merged over exactly a band ('RAG' over 'R | A | G') moves with it. Plans whose merged cells span some other columns
 * but not all keep their order.
 */
export const reorderColumns: Change = (l, report, pick) => {
  const w = width(l);
  const bands = bandsOf(l, report);
  const overBand = (m: MergeArea) => bands.some(([s, e]) => m.left === s && m.right === e);
  if (l.merges.some((m) => m.right > m.left && !(m.left === 0 && m.right >= w - 1) && !overBand(m))) return;
  const bandOf = new Map(bands.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, k) => [s + k, s] as const)));
  const units: number[][] = [];
  for (let c = 0; c < w; c++) {
    const s = bandOf.get(c);
    if (s === undefined) units.push([c]);
    else if (s === c) units.push(shuffle(Array.from({ length: bands.find(([b]) => b === s)![1] - s + 1 }, (_, k) => s + k), pick));
  }
  const order = shuffle(units, pick).flat();
  const where = new Array<number>(w);
  order.forEach((from, to) => (where[from] = to));
  const move = <T>(row: T[]) => order.map((from) => row[from] ?? (null as T));
  // A label merged over a band keeps its text in the merge's first cell, wherever the band's colours now sit.
  const bandLabels = l.merges.filter(overBand).map((m) => ({ m, text: l.values[m.top][m.left], fill: l.fills[m.top][m.left] }));
  l.values = l.values.map(move);
  l.fills = l.fills.map(move);
  l.display = l.display?.map(move) ?? null;
  for (const m of l.merges) if (m.left === m.right) m.left = m.right = where[m.left];
  for (const { m, text, fill } of bandLabels) {
    const cols = Array.from({ length: m.right - m.left + 1 }, (_, k) => where[m.left + k]);
    for (const c of cols) l.values[m.top][c] = null;
    [m.left, m.right] = [Math.min(...cols), Math.max(...cols)];
    l.values[m.top][m.left] = text;
    l.fills[m.top][m.left] = fill;
  }
  // A title merged over the row stays over the row, its text moving to the merge's first cell.
  for (const m of l.merges) {
    if (m.right <= m.left || bandLabels.some((b) => b.m === m)) continue;
    const row = l.values[m.top];
    const text = row.find((v) => v !== null && v !== '');
    row.fill(null);
    row[0] = text ?? null;
  }
  l.colOf = l.colOf.map((c) => where[c]);
};

/** The last column of the plan's table: its first header's last non-empty cell (a key may sit beyond it). */
function tableEnd(l: Layout, report: PlanReport): number {
  const row = l.values[l.rowOf[header(report)[header(report).length > 1 && headerTops(report).length === 1 ? 1 : 0]]] ?? [];
  // The header's cells run without a gap; past the first empty cell is something else (a key beside the plan).
  const first = row.findIndex((v) => v !== null && v !== '');
  let end = Math.max(0, first);
  while (end + 1 < row.length && row[end + 1] !== null && row[end + 1] !== '') end++;
  return end;
}

/** Adds a column the plan does not need ("Budget") with values on every action row (never inside a status band: see bandsOf). */
export const addUnrelatedColumn: Change = (l, report, pick) => {
  const bands = bandsOf(l, report);
  const places = Array.from({ length: tableEnd(l, report) + 2 }, (_, at) => at).filter((at) => !bands.some(([s, e]) => at > s && at <= e));
  const at = places[pick(places.length)];
  const headers = new Set(header(report).map((h) => l.rowOf[h]));
  const actions = new Set(report.actions.map((a) => l.rowOf[a.row - 1]));
  const amounts = ['£5,000', 'Nil', 'Within existing budget', '£12,500'];
  insertColumn(l, at, (r) => (headers.has(r) ? 'Budget' : actions.has(r) ? amounts[r % amounts.length] : null));
};

/** Writes the plan's key into its status header ("Status (Red = not started, …)"). */
export const keyInStatusHeader: Change = (l, report) => {
  const letter = report.columns.status;
  // Only a key the plan states can move into its header: writing the reader's assumed default key into the
  // plan would make the plan say something it did not (its words would then outrank its cell colours).
  if (!letter || report.ragKey.source === 'default') return;
  const c = l.colOf[indexOf(letter)];
  const key = report.ragKey.entries.map((e) => `${e.rag[0].toUpperCase()}${e.rag.slice(1)} = ${e.label}`).join(' ');
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]];
    if (typeof row[c] === 'string') row[c] = `${row[c]} ${key}`;
  }
};

/** Writes a heading above every header row ("Section 2 — Our actions"): the actions below take it as their theme. */
export const headingsAboveHeaders: Change = (l, report) => {
  const headers = headerTops(report);
  if (headers.length < 2 || report.actions.some((a) => a.theme)) return;
  headers.forEach((h, i) => {
    const text = `Section ${i + 1} — Our actions`;
    insertRow(l, l.rowOf[h], [text]);
    l.themeOfBlock.set(h, text);
  });
};

/** Adds blank rows between actions, as plans do to space their blocks (never inside a cell merged down over several). */
export const addSpacerRows: Change = (l, report, pick) => {
  const rows = report.actions.map((a) => a.row - 1);
  for (const r of rows.filter(() => pick(3) === 0)) {
    const at = l.rowOf[r];
    if (l.merges.some((m) => m.top < at && m.bottom >= at)) continue;
    insertRow(l, at, []);
  }
};

/** Puts a row of merged group labels above the first header ("PLAN | DELIVERY"). */
export const groupHeaderAbove: Change = (l, report) => {
  const w = tableEnd(l, report) + 1;
  if (w < 4 || headerTops(report).length !== header(report).length) return;
  const at = l.rowOf[header(report)[0]];
  const half = Math.floor(w / 2);
  const cells = blankRow(width(l));
  cells[0] = 'THE PLAN';
  cells[half] = 'DELIVERY';
  insertRow(l, at, cells);
  l.merges.push({ top: at, left: 0, bottom: at, right: half - 1 }, { top: at, left: half, bottom: at, right: w - 1 });
};

export const CHANGES: Record<string, Change> = {
  rewordHeaders, rewordMonths, capitaliseHeaders, breakHeaderLines, addIntroRows, addKeyBlock, reorderColumns, addUnrelatedColumn,
  keyInStatusHeader, headingsAboveHeaders, addSpacerRows, groupHeaderAbove,
};

/** Starts a layout from a grid (copied: the grid is not changed). */
export function layoutOf(grid: Grid): Layout {
  const w = Math.max(0, ...grid.values.map((r) => r.length));
  const pad = <T>(row: T[] | undefined, fill: T) => [...(row ?? []), ...new Array(Math.max(0, w - (row?.length ?? 0))).fill(fill)];
  return {
    values: grid.values.map((r) => pad(r, null as CellValue)),
    fills: grid.values.map((_, i) => pad(grid.fills?.[i], null as string | null)),
    display: grid.display ? grid.values.map((_, i) => pad(grid.display![i], null as string | null)) : null,
    merges: (grid.merges ?? []).map((m) => ({ ...m })),
    rowOf: grid.values.map((_, i) => i),
    colOf: Array.from({ length: w }, (_, i) => i),
    sheetName: grid.sheetName ?? 'Sheet1',
    themeOfBlock: new Map(),
  };
}

/** The changed layout as a grid. */
export function gridOf(l: Layout): Grid {
  return { values: l.values, fills: l.fills, merges: l.merges, sheetName: l.sheetName, ...(l.display ? { display: l.display } : {}) };
}
