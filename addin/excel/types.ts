import type { Grid, WorkbookContext } from '../../shared/types';

/** A cell's fill and font as the add-in writes them. `fill: null` clears the fill. */
export interface CellFormat {
  fill: string | null;
  font?: string;
}

/** A block of rows to format in one operation: each row of the rectangle gets one format (null = leave as is). */
export interface FormatBlock {
  /** A1 address of the rectangle's top-left cell, e.g. "F5". */
  topLeft: string;
  /** Columns in the rectangle (1 for a status column, the plan's width for whole rows). */
  width: number;
  rows: (CellFormat | null)[];
  /** Instead of one format per row, one per cell (rows × width): how a plan's own fills are put back. */
  cells?: (CellFormat | null)[][];
}

/** Cells of a report sheet that share one look, as one (multi-area) address: one format operation per group. */
export interface ReportFill {
  /** Comma-separated A1 cells or ranges, e.g. "D5,E6:F6". */
  address: string;
  fill: string | null;
  font?: string;
  bold?: boolean;
}

/** A stacked-bar chart over a block of a report sheet. */
export interface ChartSpec {
  /** Unique on the sheet. */
  name: string;
  title: string;
  /** A1 range of the data with its labels: first row series names, first column categories, numbers inside. */
  dataRange: string;
  /** One colour per series (data column), in order. */
  seriesColours: string[];
  /** A1 range the chart covers, e.g. "I20:Q38". */
  position: string;
}

/** A whole report sheet: cell values (strings are written as text, never formulas), fills and charts. */
export interface ReportSheet {
  rows: (string | number | null)[][];
  fills: ReportFill[];
  charts: ChartSpec[];
  /** A1 range whose columns are fitted to their contents (e.g. the matrix, not the title). */
  autofit?: string;
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Wrap the text of every written cell. */
  wrap?: boolean;
  /** Page set-up for printing (ExcelApi 1.9 pageLayout). */
  print?: { orientation: 'landscape' | 'portrait'; paperSize: 'A4'; fitToWidth: 1 };
}

/**
 * Everything the pane asks of Excel, and nothing more. The Office.js implementation lives in
 * office-adapter.ts; preview-adapter.ts backs the same interface with an in-page grid.
 */
export interface WorkbookAdapter {
  /**
   * The active sheet's used range: values, fills, text colours and merged areas, and its print header and footer, read in
   * one round trip. With `state`, those items of the add-in's per-workbook state (`readState`) come in the same round trip
   * (absent items are not in the map): the colours the add-in keeps, so a check reads the plan through them.
   */
  readGrid(options?: { state?: string[] }): Promise<Grid & { sheetName: string; state?: Map<string, unknown> }>;
  /** Writes per-cell fills/fonts; operations are bounded by blocks, not cells. Blocks apply in order. */
  formatCells(blocks: FormatBlock[]): Promise<void>;
  /** Reads the fill and text colour of every cell of each A1 range of the active sheet (null = none / automatic), in one round trip. */
  readFormats(ranges: string[]): Promise<CellFormat[][][]>;
  /** Selects (and scrolls to) a cell of the active sheet, e.g. "C12". */
  selectCell(address: string): Promise<void>;
  /** Adds a dropdown list (data validation) to a range of the active sheet. */
  setListValidation(address: string, choices: string[]): Promise<void>;
  /** Writes values into cells of the active sheet as TEXT (a pulled '=SUM(…)' stays text). */
  writeCells(cells: { address: string; value: string }[]): Promise<void>;
  /** Writes values into one column of the active sheet as TEXT (null leaves a cell as it is); optionally hides the column. */
  writeColumn(column: string, cells: { row: number; value: string }[], options?: { hidden?: boolean }): Promise<void>;
  /** Creates or replaces a sheet holding the rows as TEXT (never formulas). */
  writeSheet(name: string, rows: string[][]): Promise<void>;
  /**
   * Creates a report sheet, or on refresh rewrites it in place (keeps the sheet; clears its contents,
   * formats and charts): strings as TEXT, numbers as numbers, fills by colour group, then charts. Activates it.
   */
  writeReport(name: string, report: ReportSheet): Promise<void>;
  /** Inserts `count` empty whole rows at 1-based `beforeRow` of the active sheet, shifting the rows below down. */
  insertRows(beforeRow: number, count: number): Promise<void>;
  /** Deletes whole rows (1-based) of the active sheet, shifting the rows below up. */
  deleteRows(rows: number[]): Promise<void>;
  /** The workbook around the plan, for the plan's identity: sheet names and document properties (one round trip). */
  readWorkbookInfo(): Promise<WorkbookContext>;
  /** Per-workbook state that survives closing and reopening the workbook. */
  readState<T>(key: string): Promise<T | null>;
  writeState(key: string, value: unknown): Promise<void>;
  /** Calls back with the changed A1 address after a user edit of the active sheet; returns an unsubscribe. */
  onChanged(handler: (address: string) => void): Promise<() => Promise<void>>;
}
