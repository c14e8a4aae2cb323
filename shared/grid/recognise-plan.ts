import { detectStandard } from '../indicators';
import type { ColumnChoice, ColumnEvidence, Grid, PlanField, RagKeyEntry, RuleContext, Standard } from '../types';
import { assignColumns, type ColumnAssignment, type ColumnMap } from './assign-columns';
import type { RowKind } from './classify-row';
import { findHeaderRows } from './find-header-rows';
import { findHeadingsAbove } from './find-headings-above';
import { findTables, type Table } from './find-tables';
import { profileRows, type RowTexts } from './profile-rows';
import { readLegends } from './read-legends';
import { walkRows, type RawAction } from './walk-rows';
import { viewSheet, type SheetView } from './view-sheet';

export type { ColumnMap } from './assign-columns';
export type { RowKind } from './classify-row';
export type { RawAction } from './walk-rows';

export interface RecognisedGrid {
  sheet: string;
  standard: Standard | null;
  /** Texts above the first header (titles, intro), for the plan's identity. */
  titleTexts: string[];
  /** Field → column letter of the first header row (the plan's main layout). */
  columns: Partial<Record<PlanField | 'id', string>>;
  /** Why each field of the first header has its column. */
  evidence: ColumnEvidence[];
  /** Per field, the columns of the first header that could hold it, best first (letters). */
  candidates: Partial<Record<PlanField, string[]>>;
  headerRows: number[];
  rowKinds: Map<number, RowKind>;
  legend: RagKeyEntry[];
  /** The header text of the column that carries the plan's key ("Status Red = yet to begin …"), if any. */
  statusHeader: string | null;
  actions: RawAction[];
  unmappedHeaders: RuleContext['unmappedHeaders'];
  crossReferences: RuleContext['crossReferences'];
}

/**
 * Reads a worksheet grid as an action plan, in stages: find the table, score candidate header rows,
 * give each column its field from its header words and its contents, then walk the rows (classify
 * each, carry sections and indicators down, pull labelled values out of cells). Each header row sets
 * the columns for the rows below it. The user's column choice wins over the reader's. Never throws: an
 * unknown layout comes back with no actions and the headers it could not map.
 *
 * @example
 * const plan = recognisePlan({ values: [['Action', 'Lead', 'Date'], ['Run a listening event', 'EDI lead', 'Jan-20']] });
 * plan.actions[0].fields.lead; // 'EDI lead'
 */
export function recognisePlan(grid: Grid, choice: ColumnChoice = {}): RecognisedGrid {
  const sheet = viewSheet(grid);
  const tables = findTables(sheet);
  const table = tables[0];
  if (!table) return emptyPlan(sheet);
  const texts = profileRows(sheet, table);
  const headers = findHeaderRows(sheet, table).map((h) => h.row);
  const headerSet = new Set(headers);
  for (const h of [...headers]) if (isGroupHeader(sheet, texts, h - 1)) headerSet.add(h - 1);
  const headings = findHeadingsAbove(sheet, headers, (r) => headerSet.has(r));
  const firstHeader = headers.length ? Math.min(...headerSet) : sheet.height;
  const titleTexts = textsBetween(texts, 0, Math.min(firstHeader, 30));
  const standard = detectStandard(titleTexts, textsBetween(texts, firstHeader, Math.min(sheet.height, firstHeader + 60)));
  const assignments = assignAll(sheet, table, headers, headerSet, texts, choice);
  const walked = walkRows({ sheet, table, texts, headerSet, assignments, headings, standard });
  const first = assignments.get(headers[0]);
  return {
    sheet: sheet.sheetName,
    standard,
    titleTexts,
    columns: lettersOf(sheet, first?.map ?? {}),
    evidence: first?.evidence ?? [],
    candidates: Object.fromEntries(Object.entries(first?.candidates ?? {}).map(([f, cs]) => [f, cs!.map((c) => sheet.letter(c))])),
    headerRows: [...headerSet].sort((a, b) => a - b).map((r) => sheet.sheetRow(r)),
    rowKinds: walked.rowKinds,
    legend: [...walked.legend, ...readLegends(sheet, tables.slice(1))],
    statusHeader: keyHeader(sheet, headers[0], first),
    actions: walked.actions,
    unmappedHeaders: walked.unmappedHeaders,
    crossReferences: walked.crossReferences,
  };
}

/** Each header row's columns; a header inherits blank cells' meanings from the one above it. */
function assignAll(sheet: SheetView, table: Table, headers: number[], headerSet: Set<number>, texts: RowTexts, choice: ColumnChoice) {
  const out = new Map<number, ColumnAssignment>();
  let previous: ColumnMap | null = null;
  headers.forEach((h, i) => {
    const end = headers[i + 1] ?? table.bottom + 1;
    const rows: number[] = [];
    for (let r = h + 1; r < end; r++) if (!headerSet.has(r) && texts[r].length >= 2) rows.push(r);
    const assignment = assignColumns(sheet, table, h, rows, choice, previous);
    out.set(h, assignment);
    previous = assignment.map;
  });
  return out;
}

/** A row of merged group labels straight above a header ("ACTION | DELIVERY") is part of the header. */
function isGroupHeader(sheet: SheetView, texts: RowTexts, r: number): boolean {
  if (r < 0 || texts[r].length < 2) return false;
  return texts[r].every((t) => {
    const m = sheet.merge(r, t.c);
    return m !== undefined && m.right > m.left && t.text.length <= 40;
  });
}

/** The header of the column whose header spells out the plan's key: the status column, or progress. */
function keyHeader(sheet: SheetView, header: number | undefined, first: ColumnAssignment | undefined): string | null {
  if (header === undefined || !first) return null;
  for (const f of ['status', 'progress'] as const) {
    const c = first.map[f];
    if (c !== undefined && (f === 'status' || /=|:/.test(sheet.text(header, c)))) return sheet.text(header, c);
  }
  return null;
}

function textsBetween(texts: RowTexts, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r < to && r < texts.length; r++) for (const t of texts[r]) out.push(t.text.slice(0, 300));
  return out;
}

function lettersOf(sheet: SheetView, map: ColumnMap): RecognisedGrid['columns'] {
  const out: RecognisedGrid['columns'] = {};
  for (const [f, c] of Object.entries(map)) if (c !== undefined) out[f as PlanField] = sheet.letter(c);
  return out;
}

function emptyPlan(sheet: SheetView): RecognisedGrid {
  return {
    sheet: sheet.sheetName, standard: null, titleTexts: [], columns: {}, evidence: [], candidates: {}, headerRows: [], rowKinds: new Map(),
    legend: [], statusHeader: null, actions: [], unmappedHeaders: [], crossReferences: [],
  };
}
