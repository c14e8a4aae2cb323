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
  /**
   * The text Excel shows, where it differs from the value: a date typed as 'Jan-20' arrives as a Date or a
   * serial number and is shown as 'Jan-20'. Null or absent where the value speaks for itself.
   */
  display?: (string | null)[][];
  /** Fill colour per cell as `#RRGGBB` (upper case), or null for no fill. Same shape as `values` when present. */
  fills?: (string | null)[][];
  /**
   * Text colour per cell as `#RRGGBB` (upper case), or null for the automatic colour (black). Same shape as `values`
   * when present. A plan may colour a status by its text rather than its fill ('On track' written in green).
   */
  fonts?: (string | null)[][];
  /**
   * Cells whose text is written in more than one colour, piece by piece, in grid coordinates ('Status is shown by
   * colour of text: Complete · On track', each status word in its own colour): a key written in its colours. Only
   * such cells are listed. The .xlsx reader supplies them; Office.js gives one text colour per cell, so the add-in
   * cannot (it still reads each status's own text colour from `fonts`).
   */
  textRuns?: { row: number; column: number; runs: { text: string; colour: string | null }[] }[];
  /**
   * Indent level per cell (Home > Increase Indent; Format Cells > Alignment > Indent), or null/0 for none. Same shape as
   * `values` when present; absent when no cell is indented. A project plan exported from Microsoft Project indents each
   * task's name by its outline level: a task over deeper ones is a summary task (a heading), not an action.
   */
  indents?: (number | null)[][];
  /**
   * Whether each cell's text is in italics, null/false for upright. Same shape as `values` when present; absent when no
   * cell is. A template writes its guidance and its worked example in (grey) italics, unlike the actions a trust types
   * under them.
   */
  italics?: (boolean | null)[][];
  merges?: MergeArea[];
  /** 0-based sheet position of `values[0][0]`. */
  origin?: { row: number; column: number };
  sheetName?: string;
  /**
   * Conditional-format rules that fill cells by their text ('cell value equal to "Complete"' → green): Excel keeps
   * these colours off the cells, so `fills` never shows them. Only rules of that kind are carried; see `ConditionalFill`.
   */
  conditionalFills?: ConditionalFill[];
  /**
   * The traffic light each cell shows under a traffic-light icon set (a status column of 3/2/1 shown as icons only):
   * Excel draws it, the cell holds only a number. Grid coordinates.
   */
  iconLights?: IconLight[];
  /**
   * Formula cells whose workbook holds no saved result (written by a program that never calculated them): their
   * value reads as empty, so the check says so rather than reading them as blank. Grid coordinates.
   */
  unsavedFormulas?: { row: number; column: number; formula: string }[];
  /**
   * The sheet's row groups (Data > Group): each grid row's outline level (0 outside any group), and where Excel puts a
   * group's summary row — below its detail rows when `summaryBelow` is true, above them when false, unsaid when the
   * file leaves it out. A plan may group an action's dated updates under it (collapsed: the rows are hidden but hold
   * text). Absent when no row is grouped.
   */
  rowOutline?: RowOutline;
  /**
   * The grid rows Excel hides, in order: only hidden rows are listed. Why a row is hidden is read with `autoFilter` and
   * `rowOutline` (see `readHiddenRows`): a row in the range of the sheet's AutoFilter is the filter's (a view the last
   * editor left on: completed actions filtered out are still the plan's), a row in a row group is the collapsed group's
   * (an action's update log), any other row was hidden by hand (Home > Format > Hide rows: a withdrawn action kept out of
   * sight). Absent when no row is hidden, or the source cannot tell.
   */
  hiddenRows?: number[];
  /**
   * The range of the sheet's AutoFilter (Data > Filter) in grid coordinates, its first row the row of drop-down buttons;
   * absent when the sheet has none. Only what it covers matters here: every row of its range is shown again when the
   * filter is cleared, so a hidden row there is the filter's.
   */
  autoFilter?: MergeArea;
  /**
   * The notes on cells (Excel's yellow note, called a comment in older Excel), in grid coordinates, as plain text: only
   * cells with a note are listed. A plan may keep a field of an action there rather than in a column ('Lead: Head of
   * Resourcing' in the note on the action cell). Absent when the sheet has none, or the source cannot read them.
   */
  notes?: CellNote[];
  /**
   * Where the source could not read the cells' notes, why: an Excel before ExcelApi 1.18 gives an add-in its threaded
   * comments only ('comments', read into `notes` instead) or neither ('none'). Absent where notes were read, or where
   * nothing is known of them (a CSV has none).
   */
  notesUnread?: NotesUnread;
  /**
   * The sheet's print header and footer (Page Layout > Header & Footer) as plain lines, Excel's codes gone (see
   * `readPrintLines`): some trusts name the plan — trust, title, year — only there, never in a cell. Absent when the
   * sheet has none, or the source cannot read them.
   */
  printLines?: PrintLines;
}

/** A sheet's print header and footer, each as its plain lines (left, centre, right section in order). */
export interface PrintLines {
  header: string[];
  footer: string[];
}

/** Why a grid's cells' notes were not read: the Excel gave only its threaded comments, or nothing. */
export type NotesUnread = 'comments' | 'none';

/** The note on one cell: its text as written (an author line such as 'EDI Team:' included), grid coordinates. */
export interface CellNote {
  row: number;
  column: number;
  text: string;
}

/** Row groups of a sheet: each grid row's outline level, and which side of its detail rows a group's summary row sits. */
export interface RowOutline {
  levels: number[];
  summaryBelow?: boolean;
}

/** The light an icon set shows in one cell, with the reason a user reads ('RAG: the cell shows a green light …'). */
export interface IconLight {
  row: number;
  column: number;
  rag: Rag;
  why: string;
}

/**
 * One conditional-format rule that fills a cell when a cell's text matches, in a form that does not depend on the
 * file format: what it tests, the text, the fill, and the cells it colours.
 */
export interface ConditionalFill {
  /** The cells the rule colours, 0-based and inclusive, in the coordinates of `Grid.values` (as `merges`). */
  ranges: MergeArea[];
  /**
   * The column whose text the rule tests, in grid coordinates; null when each cell tests its own text ('cell value
   * equal to', 'text that contains'). A formula rule ('=$F2="Complete"' over A2:H40) tests one column for the row.
   */
  column: number | null;
  /** How the text is matched: the whole cell, anywhere in it, at its start, or at its end (case aside). */
  test: 'equals' | 'contains' | 'begins' | 'ends';
  text: string;
  /** The fill the rule gives, `#RRGGBB` (upper case). */
  fill: string;
}

export type Standard = 'WRES' | 'WDES';
export type Rag = 'red' | 'amber' | 'green' | 'blue';
export type Severity = 'error' | 'warning' | 'info';

/** The canonical fields a plan's columns map to, in display order. */
export const PLAN_FIELDS = [
  'ref',
  'indicator',
  'hia',
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
  /**
   * The colour the status means; null when the key names the status with no colour ('Not yet due (no rating)',
   * 'D = deferred', a 'Not yet due' left unfilled or filled grey among the key's coloured labels): a status of the key
   * that colours nothing. Keys kept before this was possible always carry a colour.
   */
  rag: Rag | null;
  /** The label as the plan writes it, e.g. "Not yet begun", "Slippage Likely". */
  label: string;
  /** Other spellings accepted for this entry (lower-cased, trimmed). */
  aliases?: string[];
  /**
   * The label may stand anywhere in a status, not only at its start: a conditional format's 'text that contains
   * "Behind"' colours "Slightly behind" too.
   */
  anywhere?: boolean;
  /** The sheet the entry was read from when it is not the plan's own (a "Key" or cover sheet). */
  sheet?: string;
  /**
   * The cell the entry was read from ('A3': a key line's cell, a key row's or block row's first cell), when the reader
   * read it from a sheet's cells: a status read through the entry (a code, '3' for 'On track') names it in its reason.
   */
  cell?: string;
}

export interface RagKey {
  entries: RagKeyEntry[];
  /**
   * Where the key came from: a legend in the sheet, a header's wording, a cell's note (Excel's yellow note: the key kept
   * only there, most often on the status header), the status column's conditional formatting (its rules' texts and
   * fills), the default vocabulary, or the user's settings.
   */
  source: 'legend' | 'header' | 'note' | 'conditional format' | 'default' | 'settings';
  /** For a key read from a note: the note's cell ('F5') and its key's lines as the user sees them ('Complete – blue / On track – green / …'). */
  note?: { cell: string; text: string };
}

/** Where one value of an action was read. */
export interface FieldSource {
  /**
   * Its own column, a label inside a cell ("LEAD: Head of OD"), the action's own text ("…by March 2022"), or one of
   * a run of period columns: the latest period filled in of a tracker's ("Q1 | Q2 | Q3 | Q4": Q3's cell when Q4 is
   * still empty), the last period marked in a delivery timetable's ('x' under Oct-19…Dec-19: Dec-19's cell); or a
   * section heading the action sits under, shared by every action of its section ('Completed (5 actions)': a status); or
   * the action's own number, for its indicators ('5.2' is indicator 5's; 'G1' every indicator's, as a note of the plan
   * says of its 'G' actions); or the latest of the dated updates written on rows of their own under the action (an
   * update log: a progress); or a label in the note on one of the row's cells ('Lead: Head of Resourcing' in the yellow
   * note on the action cell) of a plan with no place of its own for the field; or one of several columns read together
   * for the timescale (its parts, 'Qtr' | 'Year', joined; or the revised date where given, else the original): the
   * cell is the one read, the last part's where parts are joined, and `why` names each cell; or, for the indicators, a
   * code the standard does not define read as the metric the plan means by it ('M4c' as metric 4a: `partOfCode`), its
   * why saying so; or the plan's colour key, for a theme and indicators given only by the colour of the action's cell
   * (its 'Area' cell filled lavender, which the key above the header names 'Representation and progression', covering
   * indicators 1, 7 and 9).
   */
  kind: 'column' | 'label' | 'action text' | 'period' | 'section' | 'numbering' | 'update log' | 'note' | 'columns' | 'code' | 'key';
  /** The cell, e.g. "C12". */
  cell: string;
  /** Where the value came from in words, when its cell alone does not say ("from the section heading 'Completed' on row 6"). */
  why?: string;
}

/** One action of the plan, read from one sheet row. */
export interface ActionRecord {
  /** 1-based sheet row. */
  row: number;
  /** Stable id from the hidden id column, when the add-in has assigned one. */
  id: string | null;
  ref: string | null;
  /** Indicator/metric number as the catalogue names it: "1".."9" (WRES), "1".."10", "4a", "9a"… (WDES). The first of `indicators`. */
  indicator: string | null;
  /** Every indicator the action serves ("1&9", "1,7", "All" name several); coverage counts each. */
  indicators: string[];
  /**
   * Where the lead, timescale and status were read: their column, a label in a cell ("LEAD: …"), or the action's
   * text; and, in a tracker (one column per period), the period the status and progress are from. The indicators' source
   * is given when the action's own number names them ('5.2'; 'G1' under a note saying what its 'G' serves), with why.
   * The RAG's source is given when a colour-only RAG cell beside the status word gave it ('G6' filled green beside 'In
   * progress'): the colour is the cell's, not the word's. The action's source is given when it is read from no column
   * of its own: in a roadmap, the period column it is written in (kind 'period'; its why names the period).
   */
  sources: Partial<Record<'action' | 'lead' | 'due' | 'status' | 'progress' | 'indicators' | 'rag' | 'theme', FieldSource>>;
  /**
   * The EDI Improvement Plan's high impact actions ("1".."6") the action serves: from the plan's own HIA
   * column when it has one, otherwise from its indicators and wording (shared/hia/).
   */
  hia: string[];
  /** The plan's HIA cell as written ("HIA 2 & 6"), or '' when the plan has no HIA column. */
  hiaText: string;
  theme: string | null;
  objective: string;
  action: string;
  lead: string;
  due: DueWindow;
  status: string;
  /** RAG as the plan states it (status words or the status cell's fill). */
  statusRag: Rag | null;
  /**
   * Why the status has the colour an icon set shows ('RAG: the cell shows a green light (icon set on column F)') or the
   * colour its words are written in at the start of the update ("RAG: green, the colour 'ON TRACK' is written in (G6)"), or
   * why it has no colour when the plan's key says so ("'Not yet due': the plan's key names it with no colour"),
   * so a user sees the blank is the plan's own, not a status the checker failed to read. Absent otherwise.
   */
  statusRagWhy?: string;
  /** Effective RAG as at the check date (overdue, not complete → red). */
  rag: Rag | null;
  overdue: boolean;
  progress: string;
  outcome: string;
  completed: string;
  /**
   * What the lead or timescale cell says where it states there is none ('N/A', '–', 'None'): that lead or timescale
   * reads as empty, as an empty cell's does, and its finding quotes the cell ("Row 4: the lead is 'N/A' …"). Absent
   * otherwise.
   */
  writtenAsNone?: Partial<Record<'lead' | 'due', string>>;
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
  /**
   * The user's say on columns: field → column letter ("F"), "" for "this plan has no such column", or a label
   * (`{ label: 'Owner' }`: on a form, the field's label rows; on a grid, the column so headed).
   * Kept by the pane in the workbook's settings and by the CLI's `--columns lead=F,due=D` / `lead='Owner'`; it wins
   * over whatever the reader would have chosen.
   */
  columns?: ColumnChoice;
  /** What is known of the workbook around the sheet, for reading the plan's identity. */
  workbook?: WorkbookContext;
}

/**
 * The user's say on one field: a column letter ("F"), "" for "none", or a label the field's cells sit under or beside
 * (`{ label: 'Owner' }`): on a stacked form, where every value sits in one column, the label of the field's rows is the
 * only way to name it; on an ordinary grid it names the column with that header.
 */
export type ColumnPick = string | { label: string };

/** The user's column choices: field → a column letter, "" for "none", or a label (see `ColumnPick`). */
export type ColumnChoice = Partial<Record<PlanField, ColumnPick>>;

/** A plan kept as a stacked form: where its labels run and which they are, in the order its blocks write them. */
export interface FormLayout {
  /** The column of the field labels ('A'). */
  labelColumn: string;
  /** The labels as the form first writes them ('Action', 'Owner', 'By when', 'RAG'). */
  labels: string[];
}

/** The workbook around a sheet: its file name, sheet names and document properties. */
export interface WorkbookContext {
  fileName?: string;
  sheetNames?: string[];
  /** Document properties as Excel keeps them (title, subject, company, keywords…). */
  properties?: Partial<Record<'title' | 'subject' | 'company' | 'keywords' | 'category' | 'comments', string>>;
  /** A RAG key kept on another sheet of the workbook (a "Key" or cover sheet): see `readKeySheets`. */
  keys?: RagKeyEntry[];
  /** The first lines of the workbook's other sheets (a cover naming the trust): see `readSheetTitles`. */
  sheetTitles?: { sheet: string; texts: string[] }[];
}

/** Why the reader gave a field its column: shown to the user, printed by `check --json`. */
export interface ColumnEvidence {
  field: PlanField;
  /** Column letter. */
  column: string;
  /** The header cell's text ("" when the column has no header). */
  header: string;
  /** 0…1: how sure the reader is. */
  confidence: number;
  /** In words: "Lead: header 'Responsibility for action'", "Timescale: 27 of 29 cells are dates". */
  reason: string;
  /** Header words, the cells' contents, or the user's choice. */
  source: 'header' | 'contents' | 'user';
  /** On a stacked form, the label of the field's rows ('Owner'): there it names the field, not `column`. */
  label?: string;
}

/** A field the reader could not place with confidence: the pane asks "Which column holds the lead?". */
export interface ColumnQuestion {
  field: PlanField;
  /** Why it asks, in words. */
  reason: string;
  /** The column it chose (letter), or null when it found none. */
  chosen: string | null;
  /** Columns worth offering first (letters), best first; the pane may offer every column. */
  candidates: string[];
  /** On a stacked form, the label the reader chose ('Finding'), or null when it found none: asked as "Which label …?". */
  chosenLabel?: string | null;
  /** On a stacked form, labels worth offering first, best first; the pane may offer every label of `PlanReport.form`. */
  candidateLabels?: string[];
}

/** One part of the plan's identity, with where it was read ("title row 1", "file name"). */
export interface IdentityClue<T> {
  value: T | null;
  source: string | null;
}

/** Who the plan is: standard, period ("2020-21") and trust, as read from the workbook. */
export interface PlanIdentity {
  standard: IdentityClue<Standard>;
  /** NHS financial year(s) the plan covers, as "2020-21" or "2020-22". */
  period: IdentityClue<string>;
  /** The trust's name as the plan writes it. */
  trust: IdentityClue<string>;
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
  /** Why each field has its column (first header row), best evidence first. */
  columnEvidence: ColumnEvidence[];
  /** Fields the reader wants the user to confirm or choose. Empty when it is sure. */
  columnQuestions: ColumnQuestion[];
  /** When the plan is a stacked form (field names down a label column): its labels, which name its fields. */
  form?: FormLayout | null;
  /** Standard, period and trust as read from the workbook, each with its source. */
  identity: PlanIdentity;
  /**
   * How many actions serve each indicator (an action naming several counts toward each; 4a counts toward 4) and
   * each high impact action ("1".."6"); every indicator of the standard and every HIA is present, 0 when none.
   */
  coverage: { indicators: Record<string, number>; hia: Record<string, number> };
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
  /** Field → 1-based sheet row of its cell, where that is not `row` (a record of two rows: its lower line's fields). */
  cellRows?: Partial<Record<PlanField, number>>;
  /**
   * A timescale written in parts over several columns ('Qtr' | 'Year'): each part's column letter, smaller unit first,
   * so a timescale written back (an edit pulled from another editor) goes into its parts, not whole into one of them.
   */
  dueParts?: string[];
}

/** What every validation rule sees. */
export interface RuleContext {
  actions: RecognisedAction[];
  standard: Standard | null;
  ragKey: RagKey;
  asAt: Date;
  /**
   * The plan's period as read ('2023-24', '2020-22'), or null when unknown: some checks hold only for plans of a certain
   * time (the high impact actions only for plans written after NHS England's EDI Improvement Plan of June 2023).
   */
  period?: string | null;
  /** Header cells the reader could not map to a field. */
  unmappedHeaders: { row: number; column: string; text: string; why?: string }[];
  /** Rows that only point elsewhere ("See 6. Above."): kept out of `actions`. */
  crossReferences: { row: number; text: string; target: string | null }[];
  /**
   * Another plan kept on the same sheet (another year's), set aside: its sheet rows and its caption. One kept beside the
   * plan on the same rows also gives its columns ('H–L') and why it is the one set aside.
   */
  otherPlans?: { from: number; to: number; caption: string; columns?: string; why?: string }[];
  /**
   * Rows with text in the action column read as something else, with why: an objective over numbered actions (their
   * theme), a count under the plan ("Total actions | 13"), a note or another table's row ('5.0%' in the action column),
   * or a row of the plan's sign-off table ("Prepared by | A. Boateng | EDI Lead | 01/07/2025"), or an entry of the plan's key ('BRAG' | 'B' | 'Complete'),
   * or an action withdrawn from the plan and hidden by hand (its row hidden, its status 'Withdrawn').
   */
  rowsSetAside?: { row: number; text: string; kind: 'objective' | 'summary' | 'summary-task' | 'note' | 'sign-off' | 'continuation' | 'update' | 'table' | 'example' | 'guidance' | 'key' | 'withdrawn' | 'no-action' | 'log-record' | 'archived' | 'instructions' | 'national-date' | 'finding' | 'part' | 'earlier-year' | 'placeholder' | 'dropped' | 'copy'; why: string }[];
  /** Formula cells with no saved result, read as empty: 1-based sheet row, column letter, the formula. */
  unsavedFormulas?: { row: number; column: string; formula: string }[];
  /** The cells' notes could not be read (`Grid.notesUnread`): a lead, timescale or status key kept in one is not read. */
  notesUnread?: NotesUnread;
}

/** One entry of the rule catalogue. Add a rule by adding one of these (see shared/README.md). */
export interface Rule {
  id: string;
  severity: Severity;
  /** One sentence for the rule list in the pane and the README. */
  description: string;
  /** The rule's findings, each built with `finding` (shared/rules/finding.ts): the record the report keeps. */
  check(context: RuleContext): PlanIssue[];
}
