/**
 * Changes a plan's layout the way trusts do — header wordings, months written another way, capitals, line breaks, title and intro rows,
 * a key block, column order, an unrelated column, a key written into the status header, headings above
 * header rows, blank spacer rows, a two-row header — while keeping what the plan says. Each change keeps
 * track of where every original row and column went, so a test can ask: is the plan still read the same?
 */
import { toColumnLetter } from '../../shared/grid/column-letter';
import { scoreHeaderWords } from '../../shared/grid/header-words';
import { periodOfHeader } from '../../shared/grid/period-of-header';
import type { CellValue, ConditionalFill, Grid, IconLight, MergeArea, PlanField, PlanReport, Rag, RagKeyEntry, RecognisedAction, RowOutline } from '../../shared/types';

/** A plan being changed: its cells, and where each original row and column now is (0-based). */
export interface Layout {
  values: CellValue[][];
  fills: (string | null)[][];
  /**
   * Text colours, and cells written in several colours piece by piece, per cell: they move with their cells as fills do
   * (a status written in green, a key line each word in its colour), so a change never takes a plan's colours away.
   */
  fonts: (string | null)[][];
  runs: (TextRuns | null)[][];
  /**
   * The light a traffic-light icon set shows in each cell (`Grid.iconLights`): the cell holds only a number, so its light
   * moves with it as its fill does — a trust that moves its status column moves the icon set's range with it.
   */
  lights: (IconLight | null)[][];
  /**
   * The note on each cell (`Grid.notes`), null where none: a note belongs to its cell and moves with it, as Excel moves
   * it when columns are moved and rows put in — a lead kept in the note on the action cell stays the action's.
   */
  notes: (string | null)[][];
  /**
   * The conditional-format rules (`Grid.conditionalFills`) and, per cell, which of them colour it: a rule's range moves
   * with its cells as Excel moves it when columns are moved and rows put in, so a status column keeps its colouring.
   */
  conditionalFills: ConditionalFill[];
  ruled: (number[] | null)[][];
  /**
   * Each row's outline level (`Grid.rowOutline`), null when no row is grouped. A row put in keeps every group whole, its
   * summary row next to its detail rows (see insertRow): an action's update log stays grouped under it.
   */
  outline: RowOutline | null;
  /**
   * Whether each row is hidden (`Grid.hiddenRows`), and the range of the sheet's AutoFilter (`Grid.autoFilter`), null when
   * none: a row's hidden state moves with it as Excel moves it when rows are put in (a row put in is shown), and the
   * filter's range grows by a row put inside it and moves down with a row put above it — so a withdrawn action hidden by
   * hand stays hidden by hand, and a filtered one stays under the filter.
   */
  hidden: boolean[];
  autoFilter: MergeArea | null;
  display: (string | null)[][] | null;
  /**
   * Each cell's indent level (`Grid.indents`), null when no cell is indented: an indent belongs to its cell and moves with
   * it as Excel moves it — a project plan's task names keep their outline indents when its columns move or rows go in.
   */
  indents: (number | null)[][] | null;
  /** Which cells are in italics (`Grid.italics`), null when none is: italics belong to their cell and move with it. */
  italics: (boolean | null)[][] | null;
  merges: MergeArea[];
  rowOf: number[];
  colOf: number[];
  sheetName: string;
  /** Themes the change gives to the actions of an original header's block (when it writes headings). */
  themeOfBlock: Map<number, string>;
  /** Rows a change added that are no actions (notes, sign-off lines, other tables), where they now are (0-based). */
  strays: number[];
}

type TextRuns = NonNullable<Grid['textRuns']>[number]['runs'];

export type Change = (layout: Layout, report: PlanReport, pick: (n: number) => number) => void;

/** Ways trusts word each field's header (all of them words the product should know). */
export const SYNONYMS: Partial<Record<PlanField, string[]>> = {
  action: ['Action', 'Actions', 'What are we going to do?', 'Activity', 'Key actions', 'What will we do?', 'Planned action', 'Work piece'],
  // Not 'Exec lead' or 'Accountable lead': those name who answers for an action, a column of their own beside the lead
  // (addAccountableColumn).
  lead: ['Lead', 'Lead(s)', 'Who is responsible?', 'Responsible officer', 'Owner', 'Lead officer', 'Operational lead', 'Responsibility for action', 'Responsible manager', 'Delivery lead', 'Action owner'],
  due: ['Timescale', 'By when?', 'Target date', 'Deadline', 'Completion date', 'Expected date of completion', 'Timeframe', 'Due date'],
  status: ['Status', 'RAG', 'RAG status', 'Current status', 'RAG rating', 'BRAG'],
  progress: ['Progress', 'Progress update', 'Update', 'Commentary', 'Comments', 'Progress to date'],
  outcome: ['Outcome', 'Intended outcome', 'How will we know?', 'Measure of success', 'Expected impact', 'Success measures'],
  ref: ['Ref', 'No.', 'Item', 'Ref no'],
};

/**
 * Ways trusts word a header over a column holding two fields, both named ('Who / when': each cell a lead beside its
 * timescale, 'KM – end Q2'). A column holding two fields is reworded by these only: one field's wording ('Timescale')
 * would say the column holds that field alone, and another plan. Pairs with no wording here keep theirs.
 */
const PAIRED_SYNONYMS = new Map<string, string[]>([
  ['due + lead', ['Who / when', 'Lead / timescale', 'Lead and timescale', 'Who and by when', 'Owner / deadline', 'Responsible / by when']],
]);

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
  l.fonts.splice(at, 0, new Array(w).fill(null));
  l.runs.splice(at, 0, new Array(w).fill(null));
  l.lights.splice(at, 0, new Array(w).fill(null));
  l.notes.splice(at, 0, new Array(w).fill(null));
  l.ruled.splice(at, 0, new Array(w).fill(null));
  l.display?.splice(at, 0, new Array(w).fill(null));
  l.indents?.splice(at, 0, new Array(w).fill(null));
  l.italics?.splice(at, 0, new Array(w).fill(null));
  if (l.outline) {
    // The new row joins a group it falls inside and leaves a group's summary row beside its detail rows: where the
    // summary is above its details, it takes the level of the row it goes before (a row put in before a group's first
    // detail row is one more detail row, not a row between the action and its updates); where it is below, the level of
    // the row above. Trusts put rows in this way (Excel grows a group a row is inserted in); none parts an action from
    // its own updates.
    const levels = l.outline.levels;
    levels.splice(at, 0, (l.outline.summaryBelow ? levels[at - 1] : levels[at]) ?? 0);
  }
  l.hidden.splice(at, 0, false);
  for (const m of l.autoFilter ? [...l.merges, l.autoFilter] : l.merges) {
    if (m.top >= at) m.top++;
    if (m.bottom >= at) m.bottom++;
  }
  l.rowOf = l.rowOf.map((r) => (r >= at ? r + 1 : r));
  l.strays = l.strays.map((r) => (r >= at ? r + 1 : r));
}

/** Inserts a column before grid column `at`. */
export function insertColumn(l: Layout, at: number, cellOf: (row: number) => CellValue): void {
  l.values.forEach((row, r) => row.splice(at, 0, cellOf(r)));
  l.fills.forEach((row) => row.splice(at, 0, null));
  l.fonts.forEach((row) => row.splice(at, 0, null));
  l.runs.forEach((row) => row.splice(at, 0, null));
  l.lights.forEach((row) => row.splice(at, 0, null));
  l.notes.forEach((row) => row.splice(at, 0, null));
  l.ruled.forEach((row) => row.splice(at, 0, null));
  l.display?.forEach((row) => row.splice(at, 0, null));
  l.indents?.forEach((row) => row.splice(at, 0, null));
  l.italics?.forEach((row) => row.splice(at, 0, null));
  for (const m of l.autoFilter ? [...l.merges, l.autoFilter] : l.merges) {
    if (m.left >= at) m.left++;
    if (m.right >= at) m.right++;
  }
  l.colOf = l.colOf.map((c) => (c >= at ? c + 1 : c));
}

const indexOf = (letter: string) => letter.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The columns the reader gave each field under header row `h` (from the first action below it), by grid index, with the
 * line of the action each is read from: 0, but in a plan printed as records (see recordSize), where a field of the
 * second line ('Target completion' under 'Start') is 1 and is named on the header's second row.
 */
function fieldColumns(l: Layout, report: PlanReport, h: number): { c: number; field: PlanField; line: number; fields: PlanField[] }[] {
  const out = new Map<string, { c: number; field: PlanField; line: number; fields: PlanField[] }>();
  const next = header(report).find((x) => x > h + 1) ?? Infinity;
  const first = (report.actions as RecognisedAction[]).find((a) => a.row - 1 > h && a.row - 1 < next);
  for (const [field, letter] of Object.entries(first?.cells ?? {})) {
    if (field === 'id' || !letter || (first!.sources[field as 'lead'] && first!.sources[field as 'lead']!.kind !== 'column')) continue;
    const line = (first!.cellRows?.[field as PlanField] ?? first!.row) - first!.row;
    const c = l.colOf[indexOf(letter)];
    // A column holding two fields ('Who / when': the lead beside its timescale) is named by both (see rewordHeaders).
    const fields = [...(out.get(`${line}:${c}`)?.fields ?? []), field as PlanField];
    out.set(`${line}:${c}`, { c, field: field as PlanField, line, fields });
  }
  return [...out.values()];
}

/**
 * The grid row naming the fields of line `line` of each action under the header whose rows are `top`…`last`: the last
 * (a group label row sits above the field names), but in a plan printed as records the header's row for that line.
 */
function namingRow(l: Layout, report: PlanReport, top: number, last: number, line: number): number {
  return recordSize(l, report) ? l.rowOf[top] + line : l.rowOf[last];
}

/** Rewords every header cell whose field the reader knew, with another wording trusts use for it. */
export const rewordHeaders: Change = (l, report, pick) => {
  // A header whose text is an action's lead (a responsibility matrix's role, 'Equality Lead' over its 'R' marks) names
  // who leads, not the column's field: renaming it would name another person, which no change of layout does.
  const spoken = (x: string) => x.replace(/\s+/g, ' ').trim().toLowerCase();
  const leads = new Set(report.actions.flatMap((a) => a.lead.split(' / ')).map(spoken));
  for (const h of headerTops(report)) {
    let last = h;
    while (header(report).includes(last + 1)) last++;
    // A plan printed as records names its fields over all the header's rows: a wording is taken if any of them has it.
    const records = recordSize(l, report) > 0;
    for (const { c, field, line, fields } of fieldColumns(l, report, last)) {
      const row = l.values[namingRow(l, report, h, last, line)];
      const rows = records ? Array.from({ length: last - h + 1 }, (_, k) => l.values[l.rowOf[h + k]]) : [row];
      const words = fields.length > 1 ? PAIRED_SYNONYMS.get([...fields].sort().join(' + ')) : SYNONYMS[field];
      // A header that carries the plan's key ("… Red = yet to begin …") keeps it: the key is content, not wording.
      if (!words || typeof row[c] !== 'string' || !row[c] || /=/.test(row[c] as string) || leads.has(spoken(row[c] as string))) continue;
      // Never a wording another cell of the header already has: two identical headers would make a different plan.
      const taken = new Set(rows.flat().map((v) => String(v ?? '').replace(/\s+/g, ' ').toLowerCase()));
      const free = words.filter((w) => !taken.has(w.toLowerCase()));
      // Where the header names two years ('What we said (2018/19)' … 'What we will do next (2019/20)'), the year says
      // which year's column it is: content, not wording, so the new wording keeps it ('Action (2019/20)').
      const year = twoYears(rows.flat()) ? YEAR_WRITTEN.exec(row[c] as string)?.[0] : undefined;
      if (free.length) row[c] = year ? `${free[pick(free.length)]} (${year})` : free[pick(free.length)];
    }
  }
};

/** A year as a header writes it ('2018/19', '2025/26', '2020'). */
const YEAR_WRITTEN = /\b(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?\b/;

/** Whether a header's cells name two different years. */
function twoYears(cells: readonly unknown[]): boolean {
  const years = new Set(cells.flatMap((v) => (typeof v === 'string' ? [YEAR_WRITTEN.exec(v)?.[0].slice(0, 4)] : [])).filter(Boolean));
  return years.size >= 2;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[\s-]*(?:20)?(\d\d)\b/gi;

/** Writes each month and year in a header another way trusts do ('Jun 2021', 'June 2021', 'Jun-21', 'Jun 21'): the same month. */
export const rewordMonths: Change = (l, report, pick) => {
  const forms = [(m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)} 20${y}`, (m: number, y: string) => `${MONTH_NAMES[m]} 20${y}`, (m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)}-${y}`, (m: number, y: string) => `${MONTH_NAMES[m].slice(0, 3)} ${y}`];
  const form = forms[pick(forms.length)];
  // A header that is an action's timescale as written (a roadmap's or timetable's period column, 'Q1 Apr–Jun 2024') is
  // the due the user reads: written another way it is the same period but another text, as a reworded lead would be.
  // (Compared case-blind: a header in capitals is still that timescale, read as written.)
  const spoken = (x: string) => x.replace(/\s+/g, ' ').trim().toLowerCase();
  const dues = new Set(report.actions.filter((a) => a.sources.due?.kind === 'period').map((a) => spoken(a.due.text)));
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]];
    row.forEach((v, c) => {
      if (typeof v === 'string' && !dues.has(spoken(v))) row[c] = v.replace(MONTH_YEAR, (_all, month: string, y: string) => form(MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === month.toLowerCase()), y));
    });
  }
};

/**
 * Writes header rows in capitals. A header a system ran together ('ProgressNotes', 'AssignedTo' in a list export) is
 * written with its words apart ('PROGRESS NOTES'), as a person retyping it in capitals would: capitals alone leave no
 * sign where its words meet.
 */
export const capitaliseHeaders: Change = (l, report) => {
  const apart = (v: string) => (/\s/.test(v.trim()) ? v : v.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2'));
  const capitals = (v: string) => apart(v).toUpperCase();
  for (const h of header(report)) l.values[l.rowOf[h]] = l.values[l.rowOf[h]].map((v) => (typeof v === 'string' ? capitals(v) : v));
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
  // A status the key names with no colour has no 'Colour | label' row to write: it is left out.
  const entries = report.ragKey.entries.filter((e): e is RagKeyEntry & { rag: Rag } => e.rag !== null).slice(0, 6);
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

/**
 * A timeline's columns: two or more adjacent header cells each a period (a date, 'Apr-19', 'Q1', 'RAG Sept 22') — a
 * delivery timeline's months shaded under each action, a tracker's quarters. Trusts move such a run as one and keep its
 * periods in time order: no trust prints April after June, and a change that shuffled them would draw another timeline
 * (holdout38 lanthorn reads each action's timescale from its last shaded month). Returns each run's first and last column.
 */
function timelinesOf(l: Layout, report: PlanReport): [number, number][] {
  const out: [number, number][] = [];
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]] ?? [];
    const period = (c: number) => row[c] instanceof Date || (typeof row[c] === 'string' && periodOfHeader(row[c] as string) !== null);
    for (let c = 0; c < row.length; c++) {
      if (!period(c)) continue;
      let end = c;
      while (period(end + 1)) end++;
      if (end > c) out.push([c, end]);
      c = end;
    }
  }
  return out;
}

/**
 * A tracker's periods written as pairs of columns, each period's update then its status ('Q1 update (Jul 22)' | 'RAG' |
 * 'Q2 update (Oct 22)' | 'RAG'): the status column names no period of its own, and its place beside the update says
 * which period it rates. Trusts move such a pair as one — none parts a quarter's RAG from its update, which would make
 * it another quarter's RAG (holdout45 holmebridge reads each action's status from its latest rated quarter). Two pairs
 * or more, as the reader asks (see pairedStatus in find-trackers.ts). Returns each pair's two columns.
 */
function periodPairsOf(l: Layout, report: PlanReport): [number, number][] {
  const out: [number, number][] = [];
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]] ?? [];
    const text = (c: number) => (typeof row[c] === 'string' ? (row[c] as string) : '');
    const status = (c: number) => text(c) !== '' && periodOfHeader(text(c)) === null && scoreHeaderWords(text(c))[0]?.field === 'status';
    for (let c = 0; c + 1 < row.length; c++) if (text(c) && periodOfHeader(text(c)) !== null && status(c + 1)) out.push([c, c + 1]);
  }
  return out.length >= 2 ? out : [];
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
 * The rows of a key table outside the plan ('Progress RAG key | Meaning' over 'Achieved | Action complete', …): rows
 * of a few cells in words, one of them a label of the plan's key, and the rows of a few cells on from them (its title). A key table is a small
 * table of its own, its label and meaning side by side: a trust that orders its plan's columns another way leaves it
 * as it is, where moving its columns with the plan's would put a label and its meaning columns apart.
 */
function keyTableRows(l: Layout, report: PlanReport): Set<number> {
  const out = new Set<number>();
  if (report.ragKey.source !== 'legend') return out;
  const labels = new Set(report.ragKey.entries.map((e) => e.label.trim().toLowerCase()));
  // A summary line under a group of actions ('Indicator 2 summary' | its counts | 'Delayed') is the plan's row too, though
  // it has a key's few cells and a status word: it moves with the plan's columns.
  const summaries = report.issues.filter((i) => i.rule === 'row-set-aside' && i.row !== undefined && / is read as a summary, /.test(i.message)).map((i) => i.row! - 1);
  const plan = new Set([...header(report), ...report.actions.map((a) => a.row - 1), ...summaries].map((r) => l.rowOf[r]));
  const filled = (r: number) => l.values[r].filter((v) => v !== null && v !== '');
  const few = (r: number) => !plan.has(r) && filled(r).length > 0 && filled(r).length <= 3;
  l.values.forEach((_, r) => {
    // A key written across one line ('Status colours: | Complete | On track | At risk | Not started', each label in its
    // colour) is typed from its title on, left to right: a trust ordering its plan's columns another way writes it the
    // same, where moving its cells with the plan's put the title after its labels (marshwood's 'Complete' then read as an
    // action, 'On track' its lead). Its every cell is words, all but one (its title) the key's labels.
    if (!plan.has(r) && keyLine(filled(r), labels)) return void out.add(r);
    // An entry is a label and what it means in words ('Achieved | Action complete'); a label over a count ('Complete | 5')
    // is a summary's row, which moves with the plan's columns as before.
    const cells = filled(r);
    if (!few(r) || !cells.some((v) => labels.has(String(v).trim().toLowerCase())) || !cells.every((v) => typeof v === 'string')) return;
    // The table runs on over its other rows (its title, a label the key gives no colour: 'Not yet due').
    for (let k = r; k >= 0 && few(k); k--) out.add(k);
    for (let k = r; k < l.values.length && few(k); k++) out.add(k);
  });
  return out;
}

/** Whether a row's cells are a key written across one line: all words, two or more the key's labels, at most one not (its title). */
function keyLine(cells: CellValue[], labels: Set<string>): boolean {
  if (!cells.every((v) => typeof v === 'string')) return false;
  const keyed = cells.filter((v) => labels.has(String(v).trim().toLowerCase())).length;
  return keyed >= 2 && cells.length - keyed <= 1;
}

/**
 * The rows above the plan's first header: titles, an intro, a key or a dashboard. They are not the plan's table but
 * lines and tables of their own, typed from the sheet's first columns: a trust that orders its plan's columns another
 * way leaves them as they are, where moving them with the plan's columns would put an intro line in the middle of the
 * sheet, between the plan's columns (eskdale's spacer columns then part the table). Rows under the plan still move with
 * its columns, but for a key table's (see keyTableRows): a count table or another year's plan there is read by the
 * plan's columns.
 */
function rowsAbovePlan(l: Layout, report: PlanReport): Set<number> {
  const plan = [...header(report), ...report.actions.map((a) => a.row - 1)].map((r) => l.rowOf[r]);
  return new Set(plan.length ? Array.from({ length: Math.min(...plan) }, (_, r) => r) : []);
}

/** A small table in words has a few cells a row: a term and its meaning, a label and its value twice over. */
const MAX_WORD_TABLE_CELLS = 4;

/**
 * The rows of small tables in words under the plan, past a blank row under its last action: a glossary ('DSN |
 * Disability Staff Network'), a key, a box of labels and values. Each block of rows between blank rows whose every row
 * holds a few cells, all words, is a table of its own typed from the sheet's first columns, which a trust that orders its
 * plan's columns another way leaves as it is — moving its columns with the plan's would put a term and its meaning
 * columns apart. A block with a figure in it (a count table 'Total actions | 13') or of wider rows (another year's plan)
 * moves with the plan's columns as before: the reader reads them by the plan's columns.
 */
function wordTablesUnderPlan(l: Layout, report: PlanReport): Set<number> {
  const out = new Set<number>();
  const plan = [...header(report), ...report.actions.map((a) => a.row - 1)].map((r) => l.rowOf[r]);
  const filled = (r: number) => l.values[r].filter((v) => v !== null && v !== '');
  let r = plan.length ? Math.max(...plan) + 1 : l.values.length;
  while (r < l.values.length && filled(r).length) r++;
  while (r < l.values.length) {
    for (; r < l.values.length && !filled(r).length; r++);
    const block: number[] = [];
    for (; r < l.values.length && filled(r).length; r++) block.push(r);
    if (block.every((k) => filled(k).length <= MAX_WORD_TABLE_CELLS && filled(k).every((v) => typeof v === 'string'))) block.forEach((k) => out.add(k));
  }
  return out;
}

/**
 * Moves the columns into another order, but for the rows above the plan (see rowsAbovePlan), a small table's in words
 * under it (see wordTablesUnderPlan) and a key table's (see keyTableRows); spacer columns and a key beside the table
 * (see planEnd) keep their places, as does a stacked form's label column. A status band moves as one, its
 * colours in any order (see bandsOf); a label merged over exactly a band ('RAG' over 'R | A | G') moves with it; a
 * timeline's periods and a period's update with its status move as one, in their order (see timelinesOf, periodPairsOf).
 * Plans whose merged cells span some other columns but not all keep their order.
 */
export const reorderColumns: Change = (l, report, pick) => {
  // A plan with no header row whose columns a line names in order ('columns are: metric / what we will do / lead …'):
  // a trust reordering its columns would rewrite that line too, so moving the columns under it is no such change.
  if (namedByALine(l, report)) return;
  const w = width(l);
  const bands = bandsOf(l, report);
  const overBand = (m: MergeArea) => bands.some(([s, e]) => m.left === s && m.right === e);
  if (l.merges.some((m) => m.right > m.left && !(m.left === 0 && m.right >= w - 1) && !overBand(m))) return;
  const bandOf = new Map(bands.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, k) => [s + k, s] as const)));
  // A spacer column (empty on the header and every action's row, as a PDF conversion leaves one between the columns)
  // keeps its place: the page's layout spaces the columns whatever their order, so the fields take the other places.
  const planRows = [...header(report), ...report.actions.map((a) => a.row - 1)].map((r) => l.rowOf[r]);
  const spacer = (c: number) => planRows.length > 0 && planRows.every((r) => l.values[r][c] === null || l.values[r][c] === '');
  // A key printed beside the table past an empty column ('Status key' over swatches and their words, on the header's and
  // the first actions' rows) is a table of its own (see planEnd): a trust reordering its plan's columns leaves it there.
  const end = planEnd(l, report, header(report).map((h) => l.rowOf[h]));
  // A timeline's periods move as one too, in their order (see timelinesOf), unless they are a status band's colours; so
  // does each period's update with its status beside it (see periodPairsOf).
  const runs = timelinesOf(l, report).filter(([s, e]) => e <= end && !bands.some(([b, f]) => b <= e && s <= f));
  const timelines = [...runs, ...periodPairsOf(l, report).filter(([s, e]) => e <= end && ![...bands, ...runs].some(([b, f]) => b <= e && s <= f))];
  const timelineOf = new Map(timelines.flatMap(([s, e]) => Array.from({ length: e - s + 1 }, (_, k) => [s + k, s] as const)));
  // A stacked form's labels stay left of their values, as every form writes them: a form's columns in another order
  // keep its label column first (holdout39 trevanion's 'Action 1 | …' labels moved right of what they label).
  const labels = report.form ? l.colOf[indexOf(report.form.labelColumn)] : -1;
  const fixed = (c: number) => !timelineOf.has(c) && ((spacer(c) && !bandOf.has(c)) || c > end || c === labels);
  const units: number[][] = [];
  for (let c = 0; c < w; c++) {
    const s = bandOf.get(c);
    const t = timelineOf.get(c);
    if (t !== undefined) {
      if (t === c) units.push(Array.from({ length: timelines.find(([b]) => b === t)![1] - t + 1 }, (_, k) => t + k));
      continue;
    }
    if (fixed(c) && s === undefined) continue;
    if (s === undefined) units.push([c]);
    else if (s === c) units.push(shuffle(Array.from({ length: bands.find(([b]) => b === s)![1] - s + 1 }, (_, k) => s + k), pick));
  }
  const fields = shuffle(units, pick).flat();
  const order = Array.from({ length: w }, (_, c) => (fixed(c) ? c : fields.shift()!));
  const where = new Array<number>(w);
  order.forEach((from, to) => (where[from] = to));
  const keyRows = keyTableRows(l, report);
  const above = rowsAbovePlan(l, report);
  const wordTables = wordTablesUnderPlan(l, report);
  const inTable = (r: number) => !keyRows.has(r) && !above.has(r) && !wordTables.has(r);
  const move = <T>(row: T[], r: number) => (inTable(r) ? order.map((from) => row[from] ?? (null as T)) : row);
  // A label merged over a band keeps its text in the merge's first cell, wherever the band's colours now sit.
  const bandLabels = l.merges.filter(overBand).map((m) => ({ m, text: l.values[m.top][m.left], fill: l.fills[m.top][m.left] }));
  l.values = l.values.map(move);
  l.fills = l.fills.map(move);
  l.fonts = l.fonts.map(move);
  l.runs = l.runs.map(move);
  l.lights = l.lights.map(move);
  l.notes = l.notes.map(move);
  l.ruled = l.ruled.map(move);
  l.display = l.display?.map(move) ?? null;
  l.indents = l.indents?.map(move) ?? null;
  l.italics = l.italics?.map(move) ?? null;
  for (const m of l.merges) if (m.left === m.right && inTable(m.top)) m.left = m.right = where[m.left];
  for (const { m, text, fill } of bandLabels) {
    const cols = Array.from({ length: m.right - m.left + 1 }, (_, k) => where[m.left + k]);
    for (const c of cols) l.values[m.top][c] = null;
    [m.left, m.right] = [Math.min(...cols), Math.max(...cols)];
    l.values[m.top][m.left] = text;
    l.fills[m.top][m.left] = fill;
  }
  // A title merged over the row stays over the row, its text moving to the merge's first cell.
  for (const m of l.merges) {
    if (m.right <= m.left || bandLabels.some((b) => b.m === m) || !inTable(m.top)) continue;
    const row = l.values[m.top];
    const text = row.find((v) => v !== null && v !== '');
    row.fill(null);
    row[0] = text ?? null;
    // Its fill goes with it (a commitment's band: the merge shows its first cell's fill).
    l.fills[m.top][0] = l.fills[m.top][where[m.left]] ?? null;
  }
  l.colOf = l.colOf.map((c) => where[c]);
};

/**
 * The last column of the plan's table: its first header's last non-empty cell (a key may sit beyond it). A header of two
 * rows is read on its second, which names every column ('Timescale' over 'Start | Complete'), the first leaving gaps
 * under its merged group labels — also where the header is printed again on every page (staldric): read on its top row,
 * the table ended at its first gap, and a page's number "between the columns" was put in the indicator column.
 */
function tableEnd(l: Layout, report: PlanReport): number {
  const rows = header(report);
  const row = l.values[l.rowOf[rows[rows.length > 1 && rows[1] === rows[0] + 1 ? 1 : 0]]] ?? [];
  // The header's cells run without a gap; past the first empty cell is something else (a key beside the plan).
  const first = row.findIndex((v) => v !== null && v !== '');
  let end = Math.max(0, first);
  while (end + 1 < row.length && row[end + 1] !== null && row[end + 1] !== '') end++;
  return end;
}

/**
 * Whether the plan is kept as a form (field names down a label column, one block of label rows per action): its action's
 * other fields are read from cells on other rows than the action's own, in one column. A form's columns are not a table's:
 * its label and value columns hold every field, so a field the plan does not need is one more label row, not a column.
 */
/** Whether the plan's header is one line of text naming its columns (a single cell over three or more fields). */
function namedByALine(l: Layout, report: PlanReport): boolean {
  const rows = header(report);
  const fields = Object.keys(report.columns).length;
  return rows.length === 1 && fields >= 3 && l.values[l.rowOf[rows[0]]].filter((v) => v !== null && v !== '').length === 1;
}

function isForm(l: Layout, report: PlanReport): boolean {
  const first = report.actions[0] as RecognisedAction | undefined;
  return !!first && recordSize(l, report) === 0 && Object.values(first.sources).some((s) => s?.kind === 'column' && s.cell && Number(s.cell.replace(/^[A-Z]+/, '')) !== first.row);
}

/**
 * How many rows each action of a plan printed as records takes (docs/reader.md, "a record of several physical rows"),
 * or 0 when the plan is no such thing: a header of k rows (k ≥ 2), and every action's row the first of a cell merged
 * over exactly k rows (its ref, its RAG) tying its lines together (the header's cells may be merged over its rows or not). Its actions read fields from their lower lines too,
 * but it is a table, not a form: a field it does not need is a column, laid out as its columns are (addRecordColumn).
 */
function recordSize(l: Layout, report: PlanReport): number {
  const tops = headerTops(report);
  if (tops.length === 0 || report.actions.length < 2) return 0;
  const rows = header(report);
  let k = 1;
  while (rows.includes(tops[0] + k)) k++;
  if (k < 2) return 0;
  // Tied down its rows (a ref, a RAG merged over the record), or across: its first row merges the action's cell over the
  // columns its lower lines fill, as the header's upper row does over the fields its lower row names (recordSpans).
  const spans = recordSpans(l, report);
  const tied = (r: number) => l.merges.some((m) => m.top === r && (m.bottom - m.top + 1 === k || (m.bottom === r && spans.some(([s, e]) => m.left === s && m.right === e))));
  // A field read from a lower line tells a record from an action merged down over an update row under a group label row.
  const lowerLines = (report.actions as RecognisedAction[]).some((a) => Object.keys(a.cellRows ?? {}).length > 0);
  return lowerLines && report.actions.every((a) => tied(l.rowOf[a.row - 1])) ? k : 0;
}

/** The header's upper-row cells merged across (left, right): in a plan printed as records tied across, each record's first row spans them too. */
function recordSpans(l: Layout, report: PlanReport): [number, number][] {
  const tops = headerTops(report);
  if (tops.length === 0) return [];
  const top = l.rowOf[tops[0]];
  return l.merges.filter((m) => m.top === top && m.bottom === top && m.right > m.left).map((m): [number, number] => [m.left, m.right]);
}

/**
 * A column put into a plan printed as records the way its columns are laid out: beside a column merged over the header's
 * rows and each record's rows (a ref, a RAG), merged the same way, its header over the header's rows and its value over
 * each record's; beside one whose lines each hold a field ('Action' over 'Measure of success'), on one line, its header in
 * that line's header row and its value on that line of every record. Never a header on every header row with the value
 * on the first line alone, nor a row put inside a record: both make a plan no trust prints (a field named twice, a
 * record of another size than its header).
 */
function insertRecordColumn(l: Layout, report: PlanReport, k: number, at: number, beside: number, line: number, head: string, valueOf: (r: number) => CellValue): void {
  const top = l.rowOf[headerTops(report)[0]];
  const merged = l.merges.some((m) => m.top === top && m.bottom === top + k - 1 && m.left === beside && m.right === beside);
  const actions = report.actions.map((a) => l.rowOf[a.row - 1]);
  insertColumn(l, at, () => null);
  const on = merged ? 0 : line;
  l.values[top + on][at] = head;
  for (const r of actions) l.values[r + on][at] = valueOf(r);
  if (merged) for (const r of [top, ...actions]) l.merges.push({ top: r, bottom: r + k - 1, left: at, right: at });
}

/** The field a plan printed as records does not need ('Budget'), beside any of its columns, on any line (insertRecordColumn). */
function addRecordColumn(l: Layout, report: PlanReport, k: number, pick: (n: number) => number): void {
  const top = l.rowOf[headerTops(report)[0]];
  const filled = (r: number) => l.values[r].reduce<number>((end, v, c) => (v !== null && v !== '' ? c : end), -1);
  const end = Math.max(...Array.from({ length: k }, (_, i) => filled(top + i)));
  const bands = bandsOf(l, report);
  const places = Array.from({ length: end + 2 }, (_, at) => at).filter((at) => !bands.some(([s, e]) => at > s && at <= e));
  const at = places[pick(places.length)];
  const beside = at === 0 ? 0 : at > end || pick(2) === 0 ? at - 1 : at;
  const amounts = ['£5,000', 'Nil', 'Within existing budget', '£12,500'];
  // Tied across, a column inside the action's merged span is one of its lower lines' fields; outside it, on the first line.
  const spans = recordSpans(l, report);
  const inside = spans.some(([s, e]) => at > s && at <= e);
  const line = spans.length === 0 ? pick(k) : inside ? 1 + pick(k - 1) : 0;
  insertRecordColumn(l, report, k, at, beside, line, 'Budget', (r) => amounts[r % amounts.length]);
}

/** A form's field it does not need: a 'Budget' label row under each action's own row, its value where the action's is. */
function addUnrelatedLabel(l: Layout, report: PlanReport): void {
  const amounts = ['£5,000', 'Nil', 'Within existing budget', '£12,500'];
  for (const a of report.actions as RecognisedAction[]) {
    const at = l.rowOf[a.row - 1];
    const value = l.colOf[indexOf(a.cells.action!)];
    const label = l.values[at].findIndex((v) => v !== null && v !== '');
    if (label < 0 || label >= value) continue;
    const cells = blankRow(width(l));
    cells[label] = 'Budget';
    cells[value] = amounts[a.row % amounts.length];
    // The value spans what the action's value spans, as the form's other rows do.
    const span = l.merges.find((m) => m.top === at && m.bottom === at && m.left === value);
    insertRow(l, at + 1, cells);
    if (span) l.merges.push({ ...span, top: at + 1, bottom: at + 1 });
  }
}

/**
 * Adds a column the plan does not need ("Budget") with values on every action row (never inside a status band: see
 * bandsOf; nor between a period's update and its status, see periodPairsOf; nor inside a group of columns a header label is merged over, 'Delivery' over 'Year | Qtr': a trust adding a
 * column puts it beside the group, and one put inside it would join the group and part its columns); in a form, a label
 * row of it in every action's block (see isForm).
 */
export const addUnrelatedColumn: Change = (l, report, pick) => {
  if (isForm(l, report)) return addUnrelatedLabel(l, report);
  if (namedByALine(l, report)) return; // its line would have to name the new column too (see reorderColumns)
  const k = recordSize(l, report);
  if (k) return addRecordColumn(l, report, k, pick);
  const bands = bandsOf(l, report);
  const headers = new Set(header(report).map((h) => l.rowOf[h]));
  const groups = l.merges.filter((m) => m.right > m.left && headers.has(m.top)).map((m): [number, number] => [m.left, m.right]);
  const places = Array.from({ length: tableEnd(l, report) + 2 }, (_, at) => at).filter((at) => ![...bands, ...groups, ...timelinesOf(l, report), ...periodPairsOf(l, report)].some(([s, e]) => at > s && at <= e));
  const at = places[pick(places.length)];
  const actions = new Set(report.actions.map((a) => l.rowOf[a.row - 1]));
  const amounts = ['£5,000', 'Nil', 'Within existing budget', '£12,500'];
  insertColumn(l, at, (r) => (headers.has(r) ? 'Budget' : actions.has(r) ? amounts[r % amounts.length] : null));
};

/** Headers of a column naming who answers for each action, beside the lead who does the work. */
const ANSWERS_FOR = ['Accountable director', 'Exec sponsor', 'SRO', 'Executive lead', 'Accountable lead', 'Director'];
const DIRECTORS = ['Director of Workforce', 'Chief Nurse', 'Chief Executive', 'Director of Corporate Affairs'];

/**
 * Adds a column of who answers for each action ('Accountable director', 'Exec sponsor', 'SRO') just before or after
 * the lead column, a director on every action row: the lead is still who does the work. Only where the lead is read
 * from a column headed as who does it (not a form, a matrix or section rows, nor a lead headed 'Executive lead').
 */
export const addAccountableColumn: Change = (l, report, pick) => {
  if (isForm(l, report) || namedByALine(l, report)) return;
  const tops = headerTops(report);
  if (tops.length === 0) return;
  let last = tops[0];
  while (header(report).includes(last + 1)) last++;
  const found = fieldColumns(l, report, last).find((f) => f.field === 'lead');
  const lead = found?.c;
  const named = found === undefined ? undefined : l.values[namingRow(l, report, tops[0], last, found.line)][found.c];
  if (lead === undefined || typeof named !== 'string' || !scoreHeaderWords(named).some((w) => w.field === 'lead' && w.score >= 0.4 && !w.answers)) return;
  const head = ANSWERS_FOR[pick(ANSWERS_FOR.length)];
  // In a plan printed as records, on the lead's line of each record, laid out as the lead's column is.
  const k = recordSize(l, report);
  if (k) return insertRecordColumn(l, report, k, lead + pick(2), lead, found!.line, head, (r) => DIRECTORS[r % DIRECTORS.length]);
  // The field names are on each header's last row; the rows above it (group labels) stay blank over the new column.
  const names = new Set(tops.map((h) => {
    let end = h;
    while (header(report).includes(end + 1)) end++;
    return l.rowOf[end];
  }));
  const actions = new Set(report.actions.map((a) => l.rowOf[a.row - 1]));
  insertColumn(l, lead + pick(2), (r) => (names.has(r) ? head : actions.has(r) ? DIRECTORS[r % DIRECTORS.length] : null));
};

/** Writes the plan's key into its status header ("Status (Red = not started, …)"). */
export const keyInStatusHeader: Change = (l, report) => {
  const letter = report.columns.status;
  // Only a key the plan states can move into its header: writing the reader's assumed default key into the
  // plan would make the plan say something it did not (its words would then outrank its cell colours).
  if (!letter || report.ragKey.source === 'default') return;
  const c = l.colOf[indexOf(letter)];
  const key = report.ragKey.entries.flatMap((e) => (e.rag === null ? [] : [e as RagKeyEntry & { rag: Rag }])).map((e) => `${e.rag[0].toUpperCase()}${e.rag.slice(1)} = ${e.label}`).join(' ');
  for (const h of header(report)) {
    const row = l.values[l.rowOf[h]];
    if (typeof row[c] === 'string') row[c] = `${row[c]} ${key}`;
  }
};

/**
 * Subjects a trust heads its parts with. A caption naming only what the table lists ('Our actions') is no subject and
 * gives no theme (`namesTableContents`), so the headings written name subjects.
 */
const SUBJECTS = ['Recruitment and progression', 'Culture and safety', 'Data and governance', 'Leadership', 'Wellbeing'];

/** Writes a heading above every header row ("Section 2 — Culture and safety"): the actions below take it as their theme. */
export const headingsAboveHeaders: Change = (l, report) => {
  const headers = headerTops(report);
  if (headers.length < 2 || report.actions.some((a) => a.theme)) return;
  headers.forEach((h, i) => {
    const text = `Section ${i + 1} — ${SUBJECTS[i % SUBJECTS.length]}`;
    insertRow(l, l.rowOf[h], [text]);
    l.themeOfBlock.set(h, text);
  });
};

/**
 * Where the block of the action on grid row `at` starts: the row itself, or — in a sheet that puts a group's summary row
 * below its detail rows — the first of the detail rows grouped over it (its update log). A row put "between actions"
 * goes there: no trust puts a page's number or a spacer between an action and its own updates.
 */
function blockStart(l: Layout, at: number): number {
  if (!l.outline?.summaryBelow) return at;
  const levels = l.outline.levels;
  let top = at;
  while (top > 0 && (levels[top - 1] ?? 0) > (levels[at] ?? 0)) top--;
  return top;
}

/** Adds blank rows between actions, as plans do to space their blocks (never inside a cell merged down over several, nor between an action and its updates). */
export const addSpacerRows: Change = (l, report, pick) => {
  const rows = report.actions.map((a) => a.row - 1);
  for (const r of rows.filter(() => pick(3) === 0)) {
    const at = blockStart(l, l.rowOf[r]);
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
  keyInStatusHeader, headingsAboveHeaders, addSpacerRows, groupHeaderAbove, addAccountableColumn,
};

/** Starts a layout from a grid (copied: the grid is not changed). */
export function layoutOf(grid: Grid): Layout {
  const w = Math.max(0, ...grid.values.map((r) => r.length));
  const pad = <T>(row: T[] | undefined, fill: T) => [...(row ?? []), ...new Array(Math.max(0, w - (row?.length ?? 0))).fill(fill)];
  return {
    values: grid.values.map((r) => pad(r, null as CellValue)),
    fills: grid.values.map((_, i) => pad(grid.fills?.[i], null as string | null)),
    fonts: grid.values.map((_, i) => pad(grid.fonts?.[i], null as string | null)),
    runs: grid.values.map((_, r) => Array.from({ length: w }, (_, c) => grid.textRuns?.find((t) => t.row === r && t.column === c)?.runs ?? null)),
    lights: grid.values.map((_, r) => Array.from({ length: w }, (_, c) => grid.iconLights?.find((x) => x.row === r && x.column === c) ?? null)),
    notes: grid.values.map((_, r) => Array.from({ length: w }, (_, c) => grid.notes?.find((x) => x.row === r && x.column === c)?.text ?? null)),
    conditionalFills: (grid.conditionalFills ?? []).map((rule) => ({ ...rule, ranges: [] })),
    ruled: grid.values.map((_, r) => Array.from({ length: w }, (_, c) => rulesCovering(grid.conditionalFills ?? [], r, c))),
    outline: grid.rowOutline ? { ...grid.rowOutline, levels: grid.values.map((_, r) => grid.rowOutline!.levels[r] ?? 0) } : null,
    hidden: ((hidden) => grid.values.map((_, r) => hidden.has(r)))(new Set(grid.hiddenRows ?? [])),
    autoFilter: grid.autoFilter ? { ...grid.autoFilter } : null,
    display: grid.display ? grid.values.map((_, i) => pad(grid.display![i], null as string | null)) : null,
    indents: grid.indents ? grid.values.map((_, i) => pad(grid.indents![i], null as number | null)) : null,
    italics: grid.italics ? grid.values.map((_, i) => pad(grid.italics![i], null as boolean | null)) : null,
    merges: (grid.merges ?? []).map((m) => ({ ...m })),
    rowOf: grid.values.map((_, i) => i),
    colOf: Array.from({ length: w }, (_, i) => i),
    sheetName: grid.sheetName ?? 'Sheet1',
    themeOfBlock: new Map(),
    strays: [],
  };
}

/** The indices of the conditional-format rules whose ranges cover a cell, or null when none does. */
function rulesCovering(rules: ConditionalFill[], row: number, column: number): number[] | null {
  const covering = rules.flatMap((rule, i) => (rule.ranges.some((m) => m.top <= row && row <= m.bottom && m.left <= column && column <= m.right) ? [i] : []));
  return covering.length ? covering : null;
}

/**
 * Each rule with the ranges its cells now cover (a run of rows in one column each) and the column it tests moved where
 * that column went; rules covering no cell any more are left out.
 */
function movedRules(l: Layout): ConditionalFill[] {
  return l.conditionalFills.flatMap((rule, i) => {
    const ranges: MergeArea[] = [];
    for (let c = 0; c < width(l); c++) {
      for (let r = 0; r < l.ruled.length; r++) {
        if (!l.ruled[r][c]?.includes(i)) continue;
        const top = r;
        while (l.ruled[r + 1]?.[c]?.includes(i)) r++;
        ranges.push({ top, left: c, bottom: r, right: c });
      }
    }
    return ranges.length ? [{ ...rule, ranges, column: rule.column === null ? null : l.colOf[rule.column] }] : [];
  });
}

/** The icon lights where their cells now are, each naming the column it is now in. */
function movedLights(l: Layout): IconLight[] {
  return l.lights.flatMap((row, r) => row.flatMap((x, c) => (x ? [{ ...x, row: r, column: c, why: x.why.replace(/column [A-Z]+\)/, `column ${toColumnLetter(c)})`) }] : [])));
}

/** The changed layout as a grid. */
export function gridOf(l: Layout): Grid {
  const textRuns = l.runs.flatMap((row, r) => row.flatMap((runs, c) => (runs ? [{ row: r, column: c, runs }] : [])));
  const conditionalFills = movedRules(l);
  const iconLights = movedLights(l);
  const notes = l.notes.flatMap((row, r) => row.flatMap((text, c) => (text === null ? [] : [{ row: r, column: c, text }])));
  return {
    values: l.values, fills: l.fills, merges: l.merges, sheetName: l.sheetName,
    ...(l.fonts.some((row) => row.some(Boolean)) ? { fonts: l.fonts } : {}),
    ...(textRuns.length ? { textRuns } : {}),
    ...(l.display ? { display: l.display } : {}),
    ...(l.indents ? { indents: l.indents } : {}),
    ...(l.italics ? { italics: l.italics } : {}),
    ...(conditionalFills.length ? { conditionalFills } : {}),
    ...(iconLights.length ? { iconLights } : {}),
    ...(notes.length ? { notes } : {}),
    ...(l.outline ? { rowOutline: { ...l.outline, levels: [...l.outline.levels] } } : {}),
    ...(l.hidden.some(Boolean) ? { hiddenRows: l.hidden.flatMap((h, r) => (h ? [r] : [])) } : {}),
    ...(l.autoFilter ? { autoFilter: { ...l.autoFilter } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows that are no actions, put in or around the action grid the way trusts publish plans: notes and sources under
// the table, sign-off and contact lines, a document-control table, a table of the indicator figures, a page header
// printed again part-way down, headings of empty sections, totals, bare page numbers, blank bordered rows, glossaries.
// Each records the rows it adds in `strays`: a test asks that none of them is read as an action. Wordings and numbers
// are drawn with `pick`, so no one phrase is learnt.
// ---------------------------------------------------------------------------------------------------------------

/** Adds a row that is no action before grid row `at`, and records it (merged across `span` columns from `from` when given). */
function addStray(l: Layout, at: number, cells: CellValue[], fills: (string | null)[] = [], span?: { from: number; to: number }): void {
  insertRow(l, at, cells, fills);
  l.strays.push(at);
  if (span && span.to > span.from) l.merges.push({ top: at, left: span.from, bottom: at, right: span.to });
}

/** Cells with `text` (or several texts) starting at column `c`. */
const cellsAt = (c: number, ...texts: CellValue[]): CellValue[] => [...blankRow(c), ...texts];

/** The first column of the plan's table (where trusts write notes and titles): the left-most cell of its header's rows. */
function tableStart(l: Layout, report: PlanReport): number {
  const starts = header(report).map((h) => (l.values[l.rowOf[h]] ?? []).findIndex((v) => v !== null && v !== '')).filter((c) => c >= 0);
  return starts.length ? Math.min(...starts) : 0;
}

/** The row under everything on the sheet. */
const belowAll = (l: Layout) => {
  let r = l.values.length;
  while (r > 0 && l.values[r - 1].every((v) => v === null || v === '')) r--;
  return r;
};

/** Somewhere under the plan: right under it, or after a blank row (as most trusts leave one). */
function underPlan(l: Layout, pick: (n: number) => number): number {
  const at = belowAll(l);
  if (pick(2) === 0) return at;
  insertRow(l, at, []);
  return at + 1;
}

/** An action's row (not the first) that a row may go above — above its block (see blockStart): not inside a cell merged down over several rows. */
function betweenActions(l: Layout, report: PlanReport, pick: (n: number) => number): number | null {
  const rows = report.actions.slice(1).map((a) => blockStart(l, l.rowOf[a.row - 1])).filter((at) => !l.merges.some((m) => m.top < at && m.bottom >= at));
  return rows.length ? rows[pick(rows.length)] : null;
}

const YEARS = ['2021', '2022', '2023', '2024'];
const MONTHS_SHORT = ['March', 'June', 'July', 'September', 'November'];
/** A few of `pool`, in order, at least one. */
const some = <T>(pool: readonly T[], pick: (n: number) => number, most = 3): T[] => {
  const start = pick(pool.length);
  const n = 1 + pick(Math.min(most, pool.length));
  return Array.from({ length: n }, (_, i) => pool[(start + i) % pool.length]);
};

/** Notes and footnotes under the table: "Note: data from ESR as at 31 March 2022", "* Indicator 9 is measured at board level". */
export const addNotesBelow: Change = (l, report, pick) => {
  const y = YEARS[pick(YEARS.length)];
  const n = 1 + pick(9);
  const word = report.standard === 'WDES' ? 'Metric' : 'Indicator';
  const notes = [
    `Note: data from ESR as at 31 March ${y}.`,
    `* ${word} ${n} is measured at board level.`,
    'Notes: figures are rounded to the nearest whole number.',
    `NB – staff survey results for ${y} are published each March.`,
    '¹ A relative likelihood above 1.00 means white applicants are more likely to be appointed from shortlisting.',
    'Figures exclude bank and agency staff.',
    `The figures above are taken from the ${y} ${report.standard ?? 'workforce'} data submission.`,
    '** Where a lead has changed during the year the new lead is shown.',
  ];
  let at = underPlan(l, pick);
  const c = tableStart(l, report);
  const merged = pick(2) === 0;
  for (const text of some(notes, pick)) addStray(l, at++, cellsAt(c, text), [], merged ? { from: c, to: tableEnd(l, report) } : undefined);
};

/** Sign-off lines under (or over) the plan: who approved it and when, who wrote it, when it is next reviewed. */
export const addSignOff: Change = (l, report, pick) => {
  const y = YEARS[pick(YEARS.length)];
  const m = MONTHS_SHORT[pick(MONTHS_SHORT.length)];
  const day = 1 + pick(28);
  const lines: CellValue[][] = [
    [`Approved by the People Committee on ${day} ${m} ${y}`],
    ['Prepared by: EDI Lead'],
    [`Next review: March ${Number(y) + 1}`],
    [`Signed off by the Trust Board, ${day} ${m} ${y}`],
    [`Date of next review: 31/03/${Number(y) + 1}`],
    ['Document owner: Director of Workforce and OD'],
    [`Ratified at Trust Board ${m} ${y}`],
    ['Approved by:', 'Trust Board'],
    ['Date approved:', `${day}/0${1 + pick(9)}/${y}`],
    ['Review date:', `${m} ${Number(y) + 1}`],
    ['Author:', 'Head of Equality, Diversity and Inclusion'],
  ];
  const c = tableStart(l, report);
  const above = pick(4) === 0;
  let at = above ? 0 : underPlan(l, pick);
  for (const cells of some(lines, pick)) addStray(l, at++, cellsAt(c, ...cells));
  if (above) insertRow(l, at, []);
};

/** A contact line: who to ask, an email address or a telephone number. */
export const addContactLine: Change = (l, report, pick) => {
  const name = ['Jane Okafor', 'Sam Patel', 'Aisha Rahman', 'Tom Whitfield'][pick(4)];
  const lines = [
    `For further information contact the EDI team: edi@trust${1 + pick(90)}.nhs.uk`,
    `Questions about this plan? Email equality@nhs.net or call 01${pick(10)}34 567890.`,
    `Contact: ${name}, Head of Inclusion (${name.toLowerCase().replace(' ', '.')}@nhs.net)`,
    'If you would like this plan in another format or language, please contact the Communications team.',
    `Enquiries to ${name}, EDI Manager, ext. ${4000 + pick(999)}`,
  ];
  addStray(l, underPlan(l, pick), cellsAt(tableStart(l, report), lines[pick(lines.length)]));
};

/** A document-control table (Version | Date | Author | Changes) above the plan or under it. */
export const addDocumentControl: Change = (l, report, pick) => {
  const heads = [['Version', 'Date', 'Author', 'Changes'], ['Version', 'Date', 'Author', 'Summary of changes'], ['Version no.', 'Date', 'Changes made', 'By'], ['Version', 'Date', 'Reviewed by', 'Comments']];
  const head = heads[pick(heads.length)];
  const y = YEARS[pick(YEARS.length)];
  const who = ['EDI Lead', 'Head of OD', 'EDI Manager', 'Deputy Director of People'];
  const what = ['First draft', 'Comments from staff networks added', 'Approved by People Committee', 'Q2 progress added', 'Final'];
  const changesFirst = head[2] === 'Changes made';
  const rows = Array.from({ length: 1 + pick(3) }, (_, i) => {
    const version: CellValue = i === 0 ? 0.1 : Number((i * 0.5 + 0.5).toFixed(1));
    const date = `${10 + pick(18)}/0${1 + pick(9)}/${y}`;
    return changesFirst ? [version, date, what[(i + pick(2)) % what.length], who[pick(who.length)]] : [version, date, who[pick(who.length)], what[(i + pick(2)) % what.length]];
  });
  const above = pick(2) === 0;
  const c = tableStart(l, report);
  let at = above ? 0 : underPlan(l, pick);
  if (pick(2) === 0) addStray(l, at++, cellsAt(c, ['Document control', 'Version history', 'Revision history'][pick(3)]));
  addStray(l, at++, cellsAt(c, ...head));
  for (const row of rows) addStray(l, at++, cellsAt(c, ...row));
  if (above) insertRow(l, at, []);
};

/** A table of the indicator figures (Indicator | 2021 | 2022 | Change) above the plan, or under it. */
export const addIndicatorFigures: Change = (l, report, pick) => {
  // A plan that names no standard would be given one by the figures' wordings.
  if (!report.standard) return;
  const y = Number(YEARS[pick(YEARS.length)]);
  const wdes = report.standard === 'WDES';
  const titles = wdes
    ? ['Metric 1 – Disabled staff in the workforce', 'Metric 2 – Relative likelihood of appointment from shortlisting', 'Metric 4a – Harassment from patients', 'Metric 7 – Feeling valued by the organisation', 'Metric 9a – Staff engagement score']
    : ['1. Percentage of BME staff in Bands 8–9 and VSM', '2. Relative likelihood of white staff being appointed from shortlisting', '5. Harassment, bullying or abuse from patients', '7. Believing the Trust provides equal opportunities', '9. BME board voting membership'];
  const head = [['Indicator', 'Metric', 'Measure'][pick(3)], String(y - 1), String(y), ['Change', 'Difference', 'Trend'][pick(3)]];
  const value = () => [`${(5 + pick(30)).toFixed(0)}.${pick(10)}%`, `${1 + pick(2)}.${10 + pick(89)}`, 5 + pick(40)][pick(3)];
  const above = pick(2) === 0;
  const c = tableStart(l, report);
  let at = above ? 0 : underPlan(l, pick);
  if (pick(2) === 0) addStray(l, at++, cellsAt(c, [`Our ${report.standard} data`, `${report.standard} indicators ${y - 1} and ${y}`, 'Where we are now'][pick(3)]));
  addStray(l, at++, cellsAt(c, ...head));
  for (const t of some(titles, pick, 5)) addStray(l, at++, cellsAt(c, t, value(), value(), ['+0.8', '-1.2', 'No change', '↑', '↓'][pick(5)]));
  if (above) insertRow(l, at, []);
};

/** A plan's title: names the plan or its standard and a year ('WRES Action Plan 2022/23', '… action plan 2018/19'). */
const PLAN_TITLE = /^(?=.*\b(?:plan|wres|wdes|equality standard)\b)(?=.*\b20\d\d\b)/i;

/**
 * The plan's title as the sheet prints it above the first header (its own words), or null when it has none: the topmost
 * short line naming the plan and a year — an intro's sentence naming them ('This plan responds to our July 2016 WRES
 * return.') is no title.
 */
function titleAbove(l: Layout, report: PlanReport): string | null {
  const first = l.rowOf[header(report)[0]] ?? 0;
  const title = (v: CellValue) => typeof v === 'string' && v.length <= 120 && !/\.\s*$/.test(v) && PLAN_TITLE.test(v);
  for (let r = 0; r < first; r++) {
    const text = l.values[r].find(title);
    if (typeof text === 'string') return text.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * The last column of the plan's own table in header rows `rows`: their last cell, but for a key written beside the
 * header past an empty column (cells that name the key or its labels: 'STATUS KEY', 'Key' over 'Not started'), which is
 * a table of its own and is printed once; never short of a column the reader gave a field.
 */
function planEnd(l: Layout, report: PlanReport, rows: readonly number[]): number {
  const spoken = (v: string) => v.replace(/\s+/g, ' ').trim().toLowerCase();
  const labels = new Set(report.ragKey.entries.map((e) => spoken(e.label)));
  const keyish = (v: CellValue) => typeof v === 'string' && (/\bkey\b/i.test(v) || labels.has(spoken(v)));
  const texts = (c: number) => rows.map((r) => l.values[r][c]).filter((v) => v !== null && v !== '');
  let end = width(l) - 1;
  while (end > 0 && !texts(end).length) end--;
  let start = end;
  while (start > 0 && texts(start - 1).length) start--;
  if (start > tableStart(l, report) + 1 && !texts(start - 1).length && Array.from({ length: end - start + 1 }, (_, k) => texts(start + k)).flat().every(keyish)) {
    end = start - 1;
    while (end > 0 && !texts(end).length) end--;
  }
  const fields = Object.entries(report.columns).filter(([f, x]) => f !== 'id' && x).map(([, x]) => l.colOf[indexOf(x!)]);
  return Math.max(end, ...fields);
}

/**
 * Where a page that starts at grid row `at` (an action's) really starts: a heading standing alone above the action (one
 * text, with a blank row above it; blank rows may part it from the action) is printed with the rows it heads, so the
 * page breaks above it.
 */
function pageStart(l: Layout, report: PlanReport, at: number): number {
  const actions = new Set(report.actions.map((a) => l.rowOf[a.row - 1]));
  const filled = (r: number) => (l.values[r] ?? []).filter((v) => v !== null && v !== '').length;
  const inMerge = (r: number) => l.merges.some((m) => m.top < r && m.bottom >= r);
  let k = at - 1;
  while (k > 0 && filled(k) === 0 && !inMerge(k)) k--;
  return k > 0 && !actions.has(k) && !inMerge(k) && filled(k) === 1 && filled(k - 1) === 0 ? k : at;
}

/**
 * The page's title and the header row printed again part-way down ("WRES Action Plan 2022/23 – continued"): what the
 * printed page shows again — the title in its own words, the table's header across the table's columns.
 */
export const repeatPageHeader: Change = (l, report, pick) => {
  const between = betweenActions(l, report, pick);
  if (between === null) return;
  const at = pageStart(l, report, between);
  // The header in force where the page breaks (a plan whose sections each have a header of their own prints the
  // section's again, not the first): its rows from the top down while they run on (group labels, field names, sub-headers).
  const tops = headerTops(report).filter((h) => l.rowOf[h] < at);
  const top = tops.length ? tops[tops.length - 1] : header(report)[0];
  const all = header(report);
  const rows = all.filter((h) => h >= top && h - top === all.indexOf(h) - all.indexOf(top)).map((h) => l.rowOf[h]);
  const what = pick(3);
  // The header's own rows again, with their fills and the merges within them, across the table's columns.
  if (what !== 1) {
    const [first, last] = [rows[0], rows[rows.length - 1]];
    const end = planEnd(l, report, rows);
    const within = <T>(row: T[], empty: T) => row.map((v, c) => (c <= end ? v : empty));
    const merges = l.merges.filter((m) => m.top >= first && m.bottom <= last && m.left <= end).map((m) => ({ ...m, right: Math.min(m.right, end) }));
    rows.forEach((h, i) => {
      addStray(l, at + i, within([...l.values[h]], null), within([...l.fills[h]], null));
      // Dates in the header (a timetable's months) show as the first copy shows them ('Sep-19'), not as their values.
      if (l.display?.[h]) l.display[at + i] = within([...l.display[h]], null);
    });
    for (const m of merges) l.merges.push({ ...m, top: m.top - first + at, bottom: m.bottom - first + at });
  }
  if (what !== 2) {
    // The page's own title as the plan prints it (its words, its year: another year's would start another plan), else
    // the plan's name with no year, or the page's number.
    const title = titleAbove(l, report);
    const std = report.standard ?? 'Equality';
    const titles = [title ? `${title} – continued` : `${std} action plan (continued)`, `${std} action plan (continued)`, `Page ${2 + pick(3)} of ${5 + pick(3)}`, title ? `${title} cont.` : `Page ${2 + pick(3)}`];
    addStray(l, at, cellsAt(tableStart(l, report), titles[pick(titles.length)]));
  }
};

/** Headings of sections with nothing under them, under the plan: "Completed actions", "Actions carried forward". */
export const addEmptySections: Change = (l, report, pick) => {
  const y = YEARS[pick(YEARS.length)];
  const headings = ['Completed actions', `Actions carried forward from ${Number(y) - 1}/${y.slice(2)}`, 'Actions closed this year', 'Future actions', `Actions completed in ${Number(y) - 1}/${y.slice(2)}`];
  const under = ['None', '(none)', `All actions from ${Number(y) - 1}/${y.slice(2)} have been carried into this plan.`, 'See last year\'s plan on the Trust website.', null];
  let at = underPlan(l, pick);
  const c = tableStart(l, report);
  addStray(l, at++, cellsAt(c, headings[pick(headings.length)]), cellsAt(c, pick(2) ? 'D9D9D9' : null) as (string | null)[]);
  const note = under[pick(under.length)];
  if (note) addStray(l, at, cellsAt(c, note));
};

/** A total under the plan written as one line: "Total actions: 14", "14 actions in total". */
export const addTotalLine: Change = (l, report, pick) => {
  const n = report.actions.length;
  const lines = [`Total actions: ${n}`, `Number of actions: ${n}`, `${n} actions in total`, `Actions: ${n} (${Math.floor(n / 3)} complete)`, `Total number of actions = ${n}`];
  addStray(l, underPlan(l, pick), cellsAt(tableStart(l, report), lines[pick(lines.length)]));
};

/** A row between actions holding a bare number (a printed page's number) or only fills (a coloured band), or blank but bordered. */
export const addBareRow: Change = (l, report, pick) => {
  const at = betweenActions(l, report, pick);
  if (at === null) return;
  const w = tableEnd(l, report) + 1;
  const kind = pick(3);
  // Not under the plan's indicator or ref column: a lone number there heads a block ("6" over indicator 6's actions).
  const numbered = (['indicator', 'ref'] as const).map((f) => report.columns[f]).filter((x): x is string => !!x).map((x) => l.colOf[indexOf(x)]);
  // Nor in the table's first column, where a plan numbers its blocks: a page's number sits in the middle or at the right.
  const free = Array.from({ length: w }, (_, c) => c).filter((c) => !numbered.includes(c) && c !== tableStart(l, report));
  if (kind === 0) addStray(l, at, cellsAt(free[pick(free.length)] ?? w, 2 + pick(12)));
  else if (kind === 1) addStray(l, at, [], new Array(w).fill(['D9D9D9', '1F4E79', 'FFFFFF', 'BDD7EE'][pick(4)]));
  else addStray(l, at, new Array(w).fill(pick(2) ? '' : ' '));
};

/** A source or citation line: "Source: NHS England, WRES 2022 data analysis report". */
export const addSourceLine: Change = (l, report, pick) => {
  const y = YEARS[pick(YEARS.length)];
  const std = report.standard ?? 'workforce';
  const lines = [`Source: NHS England, ${std} ${y} data analysis report`, `Data: ${std} submission, August ${y}`, `Taken from the ${y} NHS Staff Survey (published March ${Number(y) + 1}).`, `Sources: ESR; TRAC; NHS Staff Survey ${y}`, `Full ${std} report: https://www.example-trust.nhs.uk/${std.toLowerCase()}-${y}`];
  addStray(l, underPlan(l, pick), cellsAt(tableStart(l, report), lines[pick(lines.length)]));
};

/** A glossary under the plan: a title, then an abbreviation and its meaning on each row ("EDI | Equality, diversity and inclusion"). */
export const addGlossary: Change = (l, report, pick) => {
  const terms: [string, string][] = [['EDI', 'Equality, diversity and inclusion'], ['ESR', 'Electronic Staff Record'], ['FTSU', 'Freedom to Speak Up'], ['BME', 'Black and minority ethnic'], ['OD', 'Organisational development'], ['HRBP', 'HR business partner'], ['VSM', 'Very senior manager'], ['SRO', 'Senior responsible officer']];
  let at = underPlan(l, pick);
  const c = tableStart(l, report);
  addStray(l, at++, cellsAt(c, ['Glossary', 'Abbreviations', 'Abbreviations used in this plan'][pick(3)]));
  for (const [a, b] of some(terms, pick, 5)) addStray(l, at++, cellsAt(c, pick(3) ? a : `${a} –`, b));
};

export const STRAY_CHANGES: Record<string, Change> = {
  addNotesBelow, addSignOff, addContactLine, addDocumentControl, addIndicatorFigures, repeatPageHeader, addEmptySections, addTotalLine,
  addBareRow, addSourceLine, addGlossary,
};
