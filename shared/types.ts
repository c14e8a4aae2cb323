/**
 * The contracts every part of the product shares. Pure types: no runtime code lives here.
 *
 * Data flows one way: cells (`Grid`) → recognised plan → `PlanReport` (actions, issues, RAG) → formats.
 */

/** A cell value exactly as Excel's API or an `.xlsx` reader gives it. */
export type CellValue = string | number | boolean | Date | null;

/** A merged area, 0-based and inclusive, in the coordinates of `Grid.values`. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of a worksheet: values, optional fill colours and merged areas.
 * `values[0][0]` is the sheet cell at `origin` (default A1), so sheet row = origin.row + index + 1.
 */
export interface Grid {
  values: CellValue[][];
  /** Fill colour per cell as `#RRGGBB` (upper case), or null for no fill. Same shape as `values` when present. */
  fills?: (string | null)[][];
  merges?: MergeArea[];
  /** 0-based sheet position of `values[0][0]`. */
  origin?: { row: number; column: number };
  sheetName?: string;
}

export type Standard = 'WRES' | 'WDES';
export type Rag = 'red' | 'amber' | 'green' | 'blue';
export type Severity = 'error' | 'warning' | 'info';

/** The canonical fields a plan's columns map to, in display order. */
export const PLAN_FIELDS = [
  'ref',
  'indicator',
  'theme',
  'objective',
  'action',
  'lead',
  'due',
  'status',
  'progress',
  'outcome',
  'completed',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/**
 * Header text of the hidden column where the add-in keeps each action's stable id.
 * The grid reader maps it to `id` (never to a canonical field) so ids survive sorting and moves.
 */
export const ROW_ID_HEADER = 'Action ID (do not edit)';

/** A timescale as the plan wrote it, and the window it means. Dates are ISO `YYYY-MM-DD`. */
export interface DueWindow {
  text: string;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  /** False when the text could not be understood: it is kept verbatim and flagged, never guessed. */
  parsed: boolean;
}

/** One entry of a plan's RAG key: the status words a plan uses and the colour they mean. */
export interface RagKeyEntry {
  rag: Rag;
  /** The label as the plan writes it, e.g. "Not yet begun", "Slippage Likely". */
  label: string;
  /** Other spellings accepted for this entry (lower-cased, trimmed). */
  aliases?: string[];
}

export interface RagKey {
  entries: RagKeyEntry[];
  /** Where the key came from: a legend in the sheet, a header's wording, the default vocabulary, or the user's settings. */
  source: 'legend' | 'header' | 'default' | 'settings';
}

/** One action of the plan, read from one sheet row. */
export interface ActionRecord {
  /** 1-based sheet row. */
  row: number;
  /** Stable id from the hidden id column, when the add-in has assigned one. */
  id: string | null;
  ref: string | null;
  /** Indicator/metric number as the catalogue names it: "1".."9" (WRES), "1".."10", "4a", "9a"… (WDES). */
  indicator: string | null;
  theme: string | null;
  objective: string;
  action: string;
  lead: string;
  due: DueWindow;
  status: string;
  /** RAG as the plan states it (status words or the status cell's fill). */
  statusRag: Rag | null;
  /** Effective RAG as at the check date (overdue, not complete → red). */
  rag: Rag | null;
  overdue: boolean;
  progress: string;
  outcome: string;
  completed: string;
}

/** A finding of a validation rule, placed on a sheet cell. */
export interface PlanIssue {
  rule: string;
  severity: Severity;
  /** 1-based sheet row, or null for plan-wide findings (e.g. coverage). */
  row: number | null;
  /** Column letter, e.g. "C", or null. */
  column: string | null;
  message: string;
  /** A suggested replacement value for the cell, when the rule can offer one (e.g. markup stripped). */
  fix?: string;
}

export interface CheckOptions {
  /** The "as at" date: overdue is judged against it. The core never reads the clock. */
  asAt: Date;
  /** Overrides the detected standard. */
  standard?: Standard;
  /** Overrides the detected RAG key. */
  ragKey?: RagKey;
}

/** Everything the core says about one sheet: the JSON `check --json` prints. */
export interface PlanReport {
  sheet: string;
  standard: Standard | null;
  /** Canonical field → column letter (plus `id` when the hidden id column exists). */
  columns: Partial<Record<PlanField | 'id', string>>;
  ragKey: RagKey;
  actions: ActionRecord[];
  issues: PlanIssue[];
  /** 1-based sheet rows of header rows found. */
  headerRows: number[];
  /** Counts for the pane and the region view. */
  summary: {
    byRag: Record<Rag | 'none', number>;
    /** indicator → count of actions; indicators of the standard with none are present with 0. */
    byIndicator: Record<string, number>;
    overdue: number;
    errors: number;
    warnings: number;
  };
}

/** An action as the grid reader found it, with what the rules need to place their findings. */
export interface RecognisedAction extends ActionRecord {
  /** The indicator of the block the row sits in (merged/heading indicator cell), before the action's own numbering is considered. */
  blockIndicator: string | null;
  /** Field → column letter for this row (column sets may differ between header rows of one sheet). */
  cells: Partial<Record<PlanField | 'id', string>>;
}

/** What every validation rule sees. */
export interface RuleContext {
  actions: RecognisedAction[];
  standard: Standard | null;
  ragKey: RagKey;
  asAt: Date;
  /** Header cells the reader could not map to a field. */
  unmappedHeaders: { row: number; column: string; text: string }[];
  /** Rows that only point elsewhere ("See 6. Above."): kept out of `actions`. */
  crossReferences: { row: number; text: string; target: string | null }[];
}

/** One entry of the rule catalogue. Add a rule by adding one of these (see shared/README.md). */
export interface Rule {
  id: string;
  severity: Severity;
  /** One sentence for the rule list in the pane and the README. */
  description: string;
  check(context: RuleContext): Omit<PlanIssue, 'rule' | 'severity'>[];
}
