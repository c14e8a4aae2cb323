import { detectStandard, indicatorOfCell, indicatorOfWording } from '../indicators';
import { readRagLegendRow } from '../rag';
import type { CellValue, Grid, PlanField, RagKeyEntry, RecognisedAction, RuleContext, Standard } from '../types';
import { PLAN_FIELDS, ROW_ID_HEADER } from '../types';
import { cellText, collapse, headerKey } from './cell-text';
import { matchHeader } from './match-header';
import { readRef } from './read-ref';

/** Column index (0-based, in grid coordinates) of each field under one header row. */
export type ColumnMap = Partial<Record<PlanField | 'id', number>>;

export type RowKind = 'title' | 'legend' | 'header' | 'indicator-heading' | 'section' | 'action' | 'cross-reference' | 'footnote' | 'blank';

/** The raw values of one action: text per field, plus the status cell's fill. */
export interface RawAction {
  row: number;
  id: string | null;
  fields: Record<PlanField, string>;
  dueValue: CellValue;
  statusFill: string | null;
  blockIndicator: string | null;
  refIndicator: string | null;
  cells: Partial<Record<PlanField | 'id', string>>;
}

export interface RecognisedGrid {
  sheet: string;
  standard: Standard | null;
  /** Start year of the plan's NHS financial year, from the title ("2020/2021", "2023-24"). */
  financialYear: number | null;
  /** Field → column letter of the first header row (the plan's main layout). */
  columns: Partial<Record<PlanField | 'id', string>>;
  headerRows: number[];
  rowKinds: Map<number, RowKind>;
  legend: RagKeyEntry[];
  /** The status column's header text of the first header row (it may carry a key: "Red = yet to begin …"). */
  statusHeader: string | null;
  actions: RawAction[];
  unmappedHeaders: RuleContext['unmappedHeaders'];
  crossReferences: RuleContext['crossReferences'];
}

/** A row with none of these filled is a heading or a note, not an action. */
const SUBSTANTIVE_FIELDS: PlanField[] = ['action', 'lead', 'due', 'status', 'progress', 'outcome'];
const NO_ENTRIES: RagKeyEntry[] = [];

const CROSS_REF = /^\s*(?:see|as per|refer to)\s+(?:action\s+)?(\d{1,3}[a-z]?)?\.?\s*(?:above|below)?\.?\s*$|^\s*as above\.?\s*$/i;
const FOOTNOTE = /^\s*(note|notes|nb|\*|source|key)\b/i;
const INDICATOR_HEADING = /^\s*(?:wres\s+|wdes\s+)?(indicator|metric)\s*\d{1,2}\s*[a-d]?\b/i;

/** Converts a 0-based column index to letters (0 → A). */
export function toColumnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Reads a worksheet grid as an action plan: finds the header rows (each sets the columns for the rows
 * below it), the legend, indicator and section headings, and one record per action with its sheet row.
 * Never throws: an unknown layout comes back with no actions and the headers it could not map.
 *
 * @example
 * const plan = recognisePlan({ values: [['Action', 'Lead', 'Date'], ['Run a listening event', 'EDI lead', 'Jan-20']] });
 * plan.actions[0].fields.lead; // 'EDI lead'
 */
export function recognisePlan(grid: Grid): RecognisedGrid {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const rowOffset = grid.origin?.row ?? 0;
  const colOffset = grid.origin?.column ?? 0;
  const height = values.length;
  let width = 0;
  for (const r of values) if (Array.isArray(r) && r.length > width) width = r.length;

  // Merged areas: every covered cell reads as its top-left cell (Excel keeps the value there only).
  const mergeOf = new Map<number, { top: number; left: number; bottom: number; right: number }>();
  for (const m of grid.merges ?? []) {
    if (!m || m.bottom < m.top || m.right < m.left) continue;
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > 2_000_000) continue;
    for (let r = Math.max(0, m.top); r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = Math.max(0, m.left); c <= Math.min(m.right, width - 1); c++) mergeOf.set(r * width + c, m);
    }
  }
  const raw = (r: number, c: number): CellValue => {
    const row = values[r];
    return Array.isArray(row) ? (row[c] ?? null) : null;
  };
  // Merges fill DOWN (an indicator cell over its block) but not ACROSS: a title or heading merged over
  // the row belongs to its first column only, so it is never read as a lead or a date.
  const valueAt = (r: number, c: number): CellValue => {
    const m = mergeOf.size ? mergeOf.get(r * width + c) : undefined;
    if (!m) return raw(r, c);
    return c === m.left ? raw(m.top, m.left) : null;
  };
  const textAt = (r: number, c: number) => cellText(valueAt(r, c));
  const fillAt = (r: number, c: number): string | null => {
    const m = mergeOf.size ? mergeOf.get(r * width + c) : undefined;
    const row = grid.fills?.[m ? m.top : r];
    const f = Array.isArray(row) ? row[m ? m.left : c] : null;
    return typeof f === 'string' ? f : null;
  };
  const sheetRow = (r: number) => rowOffset + r + 1;
  const letter = (c: number) => toColumnLetter(colOffset + c);

  const rowKinds = new Map<number, RowKind>();
  const headerRows: number[] = [];
  const legend: RagKeyEntry[] = [];
  const actions: RawAction[] = [];
  const unmappedHeaders: RuleContext['unmappedHeaders'] = [];
  const crossReferences: RuleContext['crossReferences'] = [];
  const titleTexts: string[] = [];
  const bodySample: string[] = [];
  let firstColumns: ColumnMap | null = null;
  let statusHeader: string | null = null;

  // Pass 1: find header rows. A header names at least three different fields, among them the action
  // (or lead and timescale), and most of its non-empty cells are short header words.
  const headerAt = new Map<number, ColumnMap>();
  for (let r = 0; r < height; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const map: ColumnMap = {};
    const unmapped: { c: number; text: string }[] = [];
    let nonEmpty = 0;
    let long = 0;
    const seen: string[] = [];
    for (let c = 0; c < width; c++) {
      const rawText = textAt(r, c);
      // Long cells are data, never header words: count them without normalising thousands of characters.
      if (rawText.length > 300) {
        long++;
        break; // a row with a long cell is not a header: stop looking at it
      }
      const text = collapse(rawText);
      if (!text) continue;
      const m = mergeOf.get(r * width + c);
      if (m && m.left !== c) continue; // a merged header spans columns: count it once
      // Header words are short; a long cell is data, unless it is a header that carries its key
      // ("Status (Red = yet to begin Amber = in progress Green = completed)"). Checked before the
      // header key is worked out: most rows are actions, and their narrative is not worth normalising.
      if (text.length > 120 || (text.length > 60 && !/^(status|rag|progress)\b/i.test(text))) {
        long++;
        break;
      }
      const key = headerKey(text);
      if (seen.includes(key)) continue;
      seen.push(key);
      nonEmpty++;
      if (text === ROW_ID_HEADER) {
        map.id = c;
        continue;
      }
      const field = matchHeader(text);
      if (field && map[field] === undefined) map[field] = c;
      else if (field === 'objective' || field === 'progress') unmapped.push({ c, text });
      else if (!field) unmapped.push({ c, text });
    }
    const fields = Object.keys(map).filter((k) => k !== 'id');
    const good = fields.length >= 3 && (map.action !== undefined || (map.lead !== undefined && map.due !== undefined)) && long === 0 && fields.length >= 0.6 * nonEmpty;
    if (!good) continue;
    headerAt.set(r, map);
    for (const u of unmapped) unmappedHeaders.push({ row: sheetRow(r), column: letter(u.c), text: u.text });
  }
  // A header whose first field column stays empty below it is usually "Progress" meaning status; no remap needed here.

  // Pass 2: walk the rows.
  let columns: ColumnMap | null = null;
  // Column letters per header, worked out once and shared by the actions under it (read-only).
  let columnCells: RawAction['cells'] = {};
  let blockIndicator: string | null = null;
  let theme: string | null = null;
  const distinctTexts = (r: number) => {
    const out: { c: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const rawText = textAt(r, c);
      // Trimming is enough to tell cells apart and classify the row; whitespace inside is collapsed
      // only where a value is kept (headings) — this loop sees every cell of every row.
      const text = rawText.trim();
      // Rows are a handful of cells wide: a linear look-up beats building a Set for every row.
      if (!text || out.some((o) => o.text === text)) continue;
      out.push({ c, text });
    }
    return out;
  };
  // The row's first text, collapsed only when a rule below needs it: on action rows it is often narrative.
  let rowTexts: { c: number; text: string }[] = [];
  let firstText: string | undefined;
  const first = () => (firstText ??= collapse(rowTexts[0].text));
  const cellAt = (r: number, c: number | undefined) => (c === undefined ? '' : textAt(r, c));
  // The text of a field's cell on row r under the current header, whitespace collapsed.
  const at = (r: number, f: PlanField) => collapse(cellAt(r, columns![f]));

  // The standard first (indicator numbers depend on it): title rows above the first header, then wording.
  const firstHeader = headerAt.size ? Math.min(...headerAt.keys()) : height;
  for (let r = 0; r < Math.min(firstHeader, 30); r++) for (const d of distinctTexts(r)) titleTexts.push(d.text.slice(0, 300));
  for (let r = firstHeader; r < Math.min(height, firstHeader + 60); r++) for (const d of distinctTexts(r)) bodySample.push(d.text.slice(0, 300));
  const standard = detectStandard(titleTexts, bodySample);
  const fyMatch = /\b(20\d\d)\s*(?:[/-]|to)\s*(?:20)?(\d\d)\b/.exec(titleTexts.join(' '));
  const financialYear = fyMatch ? Number(fyMatch[1]) : null;

  for (let r = 0; r < height; r++) {
    const header = headerAt.get(r);
    if (header) {
      // A repeated header that leaves a cell blank keeps that column's meaning from the header above
      // (PDF-to-Excel conversions drop header words but not the column under them).
      if (columns) {
        for (const [f, c] of Object.entries(columns) as [PlanField, number][]) {
          const used = Object.values(header).includes(c);
          if (header[f] === undefined && !used && !collapse(textAt(r, c))) header[f] = c;
        }
      }
      columns = header;
      columnCells = {};
      for (const [f, c] of Object.entries(columns)) if (c !== undefined) columnCells[f as PlanField] = letter(c);
      Object.freeze(columnCells);
      firstColumns ??= header;
      if (firstColumns === header && header.status !== undefined) statusHeader = textAt(r, header.status);
      headerRows.push(sheetRow(r));
      rowKinds.set(sheetRow(r), 'header');
      continue;
    }
    const texts = distinctTexts(r);
    if (texts.length === 0) {
      rowKinds.set(sheetRow(r), 'blank');
      continue;
    }
    // Legends sit above the plan, or in short rows of their own.
    const legendEntries = !columns || texts.length <= 3
      ? readRagLegendRow(texts.map((t) => t.text), texts.map((t) => fillAt(r, t.c)))
      : NO_ENTRIES;
    if (legendEntries.length > 0) {
      legend.push(...legendEntries);
      rowKinds.set(sheetRow(r), 'legend');
      continue;
    }
    if (!columns) {
      rowKinds.set(sheetRow(r), 'title');
      continue;
    }
    // Heading rows: one or two distinct texts spread over the row, with nothing in the lead/timescale cells.
    const spread = texts.length <= 2 && (width <= 2 || texts.some((t) => {
      const m = mergeOf.get(r * width + t.c);
      return m ? m.right - m.left >= 1 : false;
    }) || texts.length === 1);
    rowTexts = texts;
    firstText = undefined;
    if (texts.length <= 2 && INDICATOR_HEADING.test(first())) {
      blockIndicator = indicatorOfCell(first().replace(/^\s*(?:wres\s+|wdes\s+)?(indicator|metric)\s*/i, ''), standard) ?? blockIndicator;
      rowKinds.set(sheetRow(r), 'indicator-heading');
      continue;
    }
    // A cross-reference ('See 6. above') is a few words: longer action text is narrative and is not collapsed.
    const actionRaw = cellAt(r, columns.action);
    const actionCell = actionRaw.length <= 200 ? collapse(actionRaw) : actionRaw.trim();
    if (actionCell && CROSS_REF.test(actionCell)) {
      crossReferences.push({ row: sheetRow(r), text: actionCell, target: CROSS_REF.exec(actionCell)?.[1] ?? null });
      rowKinds.set(sheetRow(r), 'cross-reference');
      continue;
    }
    if (spread && !at(r, 'lead') && !at(r, 'due') && (texts.length === 1 || mergeOf.has(r * width + texts[0].c))) {
      if (FOOTNOTE.test(first())) {
        rowKinds.set(sheetRow(r), 'footnote');
        continue;
      }
      const numbered = indicatorOfCell(first(), standard);
      if (numbered && texts.length <= 2 && columns.action !== undefined && !actionCell) {
        blockIndicator = numbered;
        rowKinds.set(sheetRow(r), 'indicator-heading');
        continue;
      }
      if (columns.action === undefined || !actionCell || texts.length === 1) {
        theme = first();
        rowKinds.set(sheetRow(r), 'section');
        continue;
      }
    }

    // An action row (or a cross-reference to one).
    // Written out field by field so every action's record has the same shape (faster over 10,000 rows).
    const fields: Record<PlanField, string> = {
      ref: cellAt(r, columns.ref), indicator: cellAt(r, columns.indicator), hia: cellAt(r, columns.hia), theme: cellAt(r, columns.theme),
      objective: cellAt(r, columns.objective), action: cellAt(r, columns.action), lead: cellAt(r, columns.lead), due: cellAt(r, columns.due),
      status: cellAt(r, columns.status), progress: cellAt(r, columns.progress), outcome: cellAt(r, columns.outcome), completed: cellAt(r, columns.completed),
    };
    const substantive = SUBSTANTIVE_FIELDS.some((f) => /\S/.test(fields[f]));
    if (!substantive && fillAt(r, columns.status ?? -1) === null) {
      rowKinds.set(sheetRow(r), FOOTNOTE.test(first()) ? 'footnote' : 'section');
      if (!FOOTNOTE.test(first()) && texts.length === 1) theme = first();
      continue;
    }
    if (!actionCell && FOOTNOTE.test(first())) {
      rowKinds.set(sheetRow(r), 'footnote');
      continue;
    }

    // The block's indicator: the indicator cell (merged down, or carried from the rows above when blank).
    if (columns.indicator !== undefined) {
      const cell = collapse(fields.indicator);
      if (cell) blockIndicator = indicatorOfCell(cell, standard) ?? indicatorOfWording(cell, standard) ?? blockIndicator;
    }
    fields.theme ||= theme || '';
    const ref = readRef(fields.action) ?? (columns.ref !== undefined ? readRef(`${collapse(fields.ref)} `) : null);
    actions.push({
      row: sheetRow(r),
      id: columns.id !== undefined ? collapse(textAt(r, columns.id)) || null : null,
      fields,
      dueValue: columns.due === undefined ? null : valueAt(r, columns.due),
      statusFill: columns.status === undefined ? null : fillAt(r, columns.status),
      blockIndicator,
      refIndicator: ref?.indicator ?? null,
      cells: columnCells,
    });
    rowKinds.set(sheetRow(r), 'action');
  }

  const firstMap = firstColumns ?? {};
  const columnLetters: RecognisedGrid['columns'] = {};
  for (const [f, c] of Object.entries(firstMap)) if (c !== undefined) columnLetters[f as PlanField] = letter(c);

  return {
    sheet: grid.sheetName ?? 'Sheet1',
    standard,
    financialYear,
    columns: columnLetters,
    headerRows,
    rowKinds,
    legend,
    statusHeader,
    actions,
    unmappedHeaders: headerRows.length ? unmappedHeaders : [],
    crossReferences,
  };
}

export type { RecognisedAction };
