import { statesFinding } from './states-finding';
import { captionsFigures } from './captions-figures';
import { blockMetricsOf, describedUnder, restatesHeading } from './describes-block';
import { isFigure, isTrendArrow } from './is-figure';
import { numbersCountOther } from './numbers-count-other';
import { blankIndicatorAsAbove } from './blank-indicator-as-above';
import { readBlockLeadLine } from './read-block-lead-line';
import { numbersCountHeadings } from './numbers-count-headings';
import { numbersOneSection } from './numbers-one-section';
import { startsWithBullet } from './starts-with-bullet';
import { startsWithVerb } from './starts-with-verb';
import { indicatorOfCell, indicatorsMentioned, indicatorsOfCell, indicatorsOfWording, numbersOwnArea, numbersOwnAreas, withoutIndicatorWord } from '../indicators';
import type { CellValue, FieldSource, IconLight, PlanField, RagKeyEntry, RuleContext, Standard } from '../types';
import type { ColumnAssignment, ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import { labelsDataRow } from './labels-data-row';
import { memoiseText } from '../memoise-text';
import { classifyRow, type RowContext, type RowKind, type RowReading } from './classify-row';
import { figuresHeadAt, type FiguresHead } from './figures-head-at';
import type { OtherPlan } from './find-other-plans';
import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import { findActionsAboveHeader } from './find-actions-above-header';
import { archivedFlag } from './find-archive-column';
import { earlierPlanYear } from './find-plan-year-column';
import { parseTimescale } from '../timescale/parse-timescale';
import { saysHowToUse } from './says-how-to-use';
import { isMark } from './is-mark';
import { isRunningHead } from './is-running-head';
import { PRINTED_MARK_TEXT, rowTextFacts, SHORT_NOT_HEAD_TEXT } from './row-text-facts';
import { findTitleRowsAgain } from './find-title-rows-again';
import { findHeaderTails } from './find-header-tails';
import { fontToRag } from '../rag/font-to-rag';
import { saysAsAbove } from './says-as-above';
import { findPlanAuthor } from './find-plan-author';
import { saysToBeConfirmed } from './says-to-be-confirmed';
import { readActionFields } from './read-action-fields';
import { readIndicatorCell, type IndicatorCellReading } from './read-indicator-cell';
import { namePartsApart } from './name-parts-apart';
import { readContinuation, type Continuation, type ContinuedField } from './read-continuation';
import { readFieldsBelow, type FieldsBelow } from './read-fields-below';
import { isUsualStatus } from './is-usual-status';
import { readLabelledValues } from './read-labelled-values';
import { takeNoteFields } from './take-note-fields';
import { findDueInText } from './find-due-in-text';
import { readLabelledSubRow } from './read-labelled-sub-row';
import { readLabelledRemark } from './read-labelled-remark';
import { findUpdateLogs, type UpdateLine } from './find-update-logs';
import { findActionParts, type ActionPart } from './find-action-parts';
import { takeUpdateLog } from './take-update-log';
import type { Tracker } from './find-trackers';
import { readLatestPeriod } from './read-latest-period';
import { readMatrixLead } from './read-matrix-lead';
import { findNumberingNotes, type NumberingNote } from './find-numbering-notes';
import { readActionNumber, type Numbered } from './read-action-number';
import { readNumbering } from '../indicators';
import { indicatorsNamedInWords } from '../indicators/indicators-named-in-words';
import { headsNumber } from './heads-number';
import { remarksOnActions } from './remarks-on-actions';
import { isParagraph } from './is-paragraph';
import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { readStatusCaption } from './read-status-caption';
import { namesScopeOrOwner } from './names-scope-or-owner';
import { namesTableContents } from './names-table-contents';
import { readLeadSection } from './read-lead-section';
import { findLeadLinesUnder, type LeadLine } from './find-lead-lines-under';
import { readTimescaleSection } from './read-timescale-section';
import { startsOtherTable, type OtherTable } from './starts-other-table';
import { findKeyEntry } from '../rag/find-key-entry';
import { fillToRag } from '../rag/fill-to-rag';
import { DEFAULT_RAG_KEY } from '../rag/default-rag-key';
import { nameTint } from '../rag/name-tint';
import { readOpeningStatus } from './read-opening-status';
import { findWithdrawal, saysTakenOut } from './find-withdrawal';
import { readRating, saysNoActionNeeded, saysNothingToDo } from './find-rating-column';
import { saysNoCommitment } from './says-no-commitment';
import { saysNumberUnused } from './says-number-unused';
import { readUnfinishedRow } from './read-unfinished-row';
import { findCopiedActions } from './find-copied-actions';
import { recordsDisposition, statusRecordsDisposition } from './records-disposition';
import { statusMergesAction } from './status-merges-action';
import { saysDoneElsewhere } from './says-done-elsewhere';
import { tagsRowKind } from './tags-row-kind';
import { statesAssurance } from './states-assurance';
import { headsParagraphs, whyDoneUnderLeadIn, whyNarrativeParagraph } from './narrative-paragraph';
import { statesNothing } from './states-nothing';
import { repeatsActionAbove } from './repeats-action-above';
import { namesRecordLog } from './names-record-log';
import { namesDeclaration } from './names-declaration';
import { whyNotAction } from './find-row-type-column';
import { whyNationalDate } from './read-national-date';
import { findBlockLabels, whyNotActionLabel, type BlockLabels } from './find-block-labels';
import { findTemplateRows, type TemplateRow } from './find-template-rows';
import { findColourKey, type ColourKey } from './find-colour-key';
import { readColourArea, type ColourArea } from './read-colour-area';
import { findNamesKey, indicatorsOfArea, type NamesKey } from './find-names-key';
import { findNamedParents } from './find-named-parents';
import { findSummaryTasks, type SummaryTask, type SummaryTasks } from './find-summary-tasks';
import { readNamedLead } from './read-named-lead';
import { readResourceNames } from './read-resource-names';
import { percentText, type PercentColumn } from './find-percent-complete';
import { readGroupSummary, type Counted, type CountedAction } from './read-group-summary';
import { rowStandard } from './row-standard';
import type { SheetView } from './view-sheet';

/** An action's text colour read as its status: the colour, the action's cell, and the key's meaning for it and its cell. */
export interface TextStatus {
  /** The colour the action's text is written in, `#RRGGBB`, or null for the automatic colour (black). */
  colour: string | null;
  /** The action's cell ('C9'). */
  cell: string;
  /** What the plan's key says that colour means ('at risk'), or null when the key does not name it. */
  meaning: string | null;
  /** The key's cell that says so ('A3'), or the key's first cell. */
  keyCell: string;
}

/** The raw values of one action: text per field, where lead and timescale were found, the status cell's fill. */
export interface RawAction {
  row: number;
  id: string | null;
  fields: Record<PlanField, string>;
  dueValue: CellValue;
  /** The timescale's text is as the sheet's format shows its date (see `SheetView.shown`). */
  dueShown: boolean;
  /** The status cell's colour: its fill, or its text's colour where the plan colours statuses by their text. */
  statusFill: string | null;
  /** The traffic light an icon set shows in the status cell (the plan's only RAG there), or null. */
  statusLight: IconLight | null;
  /**
   * Where the plan keeps a colour-only RAG column beside its status words (`ColumnAssignment.ragCells`): the row's RAG
   * cell ('G6') and its fill, null when it is left blank; or, where a column names each colour in words ('Health':
   * 'Yellow'), that cell and its word. Null for every other plan.
   */
  ragCell: { fill: string | null; cell: string; word?: string } | null;
  /** The start of the cell under a non-status header that carries the plan's key ("Date achieved/progress Red = …"). */
  keyedText: string;
  /** The header of the colour column the row marks ('G' in 'R | A | G'), '' when none: read as its status. */
  markedStatus: string;
  /**
   * Where the plan writes each status as the opening words of its cell ('ON TRACK – …' in green, in the update or the
   * status column): those words, the colour they alone are written in (null: not set apart in a RAG colour) and their
   * cell. Null otherwise.
   */
  statusRun: { words: string; colour: string | null; cell: string } | null;
  /**
   * Where the plan has no status column and colours each action's text by its status, as its key says ('Actions are
   * coloured to show progress: blue – complete; …'): the colour the action is written in and what the key says of it
   * (`findTextColourStatus`). Null otherwise.
   */
  textStatus: TextStatus | null;
  blockIndicator: string | null;
  /** Every indicator the block's indicator cell names ("1&9"). */
  blockIndicators: readonly string[];
  /** The block names its indicators by a title alone ("Staff engagement"), not by number. */
  indicatorsWorded: boolean;
  /** The indicator cell is the action's own (not merged down or carried from a row above): what it names is this action's. */
  indicatorInRow: boolean;
  /**
   * The indicators the action's own number names ('5.2' → 5, 'M4a.1' → 4a), or those a note of the plan gives its prefix
   * ('G1' where "Actions numbered G support all nine indicators"), with where they were read and why; null when it names none.
   */
  numbered: Numbered | null;
  /**
   * The number the action's text opens with ('2.3 Introduce…' → '2.3', `readNumbering`'s ref), read once by the walk, and
   * the text it was read from (`refFrom`): the check reads it again only when a continuation row has added to the text
   * since. (Two strings, not a record: every action keeps them until the check has read it.)
   */
  refInText: string | null;
  refFrom: string;
  /**
   * Indicators the row states beyond its indicator column: the marked columns of a tick matrix ('✓' under 'M4a'), and
   * what a column adding to the indicator column names ("Also contributes to": "2, 7").
   */
  moreIndicators: readonly string[];
  cells: Partial<Record<PlanField | 'id', string>>;
  /**
   * The 1-based sheet row of each field's cell that is not on the action's row (a record's lower line: its 'Target
   * completion'), so a value written back lands in the cell it was read from; absent on an ordinary grid.
   */
  cellRows?: Partial<Record<PlanField, number>>;
  /** A timescale in parts over several columns: their letters, smaller unit first (see `RecognisedAction.dueParts`). */
  dueParts?: string[];
  /** Where the lead and the timescale were read: their column, a label in a cell, or the action's text. */
  sources: Partial<Record<'action' | 'lead' | 'due' | 'status' | 'progress' | 'indicators' | 'theme', FieldSource>>;
}

export interface WalkInput {
  sheet: SheetView;
  table: Table;
  texts: RowTexts;
  headerSet: Set<number>;
  assignments: Map<number, ColumnAssignment>;
  /** Section headings above header rows, by grid row. */
  headings: Map<number, string>;
  /** Lines between such a heading and its header that describe the block (its figures, its wording), with why. */
  described?: Map<number, string>;
  /** Of those headings, a document's numbered sections ('6. Developing our workforce'), by grid row: the words after the number, which alone may name indicators. */
  sections?: Map<number, string>;
  /** Of those headings, the ones with a line under them naming the metrics the block addresses, by grid row: that line. */
  named?: Map<number, string>;
  standard: Standard | null;
  /** Another year's plan below this one: its rows are set aside, not read. */
  others?: readonly OtherPlan[];
  /** Header rows heading one of the plan's tables stacked down the sheet, each with why (see headsStackedTable). */
  stacked?: ReadonlyMap<number, string>;
  /** The plan's period ('2024-25'), from its title or its file's or sheet's name, when known. */
  period?: string | null;
}

/**
 * Walks the rows top to bottom: each header row sets the columns below it; each other row is
 * classified; sections and indicator headings carry down to the actions under them; each action's
 * fields are read (with labelled values and dates in its text where the plan has no column for them).
 *
 * @example
 * walkRows(input).actions.length; // 30
 */
export function walkRows(input: WalkInput) {
  const { sheet, texts, headerSet, assignments, headings, standard } = input;
  const out = { colourKey: null as ColourKey | null, coloured: 0, kinds: [] as (RowKind | undefined)[], legend: [] as RagKeyEntry[], actions: [] as RawAction[], unmappedHeaders: [] as RuleContext['unmappedHeaders'], crossReferences: [] as RuleContext['crossReferences'], setAside: [] as SetAsideRow[], statusSections: [] as StatusSectionRow[], leadSections: [] as StatusSectionRow[], dueSections: [] as StatusSectionRow[], otherTableRows: [] as number[], titleTasks: [] as { row: number; text: string }[] };
  let under: { assignment: ColumnAssignment; cells: RawAction['cells']; above?: true; stacked?: string } | null = null;
  // Actions typed above the first header in its columns (one added over it, or taken above it by a sort): read by its columns.
  const above = findActionsAboveHeader(sheet, texts, headerSet, assignments);
  const state: WalkState = { block: { indicator: null, indicators: [] }, theme: null, objective: null, titled: '' };
  // The action the rows just above belong to, while they run on (a Word paste puts each paragraph on a row).
  // A page break after its last row: the rows of the page's foot and the next page's head printed between.
  let open: { action: RawAction; start: number; last: number; bridge?: { from: number; to: number } } | null = null;
  // The section row just read, whose next line may describe its block rather than head one of its own.
  let section: { r: number; heading: string; last: number } | null = null;
  // Another small table under the plan's actions, from its header row to the next blank row.
  let other: (OtherTable & { row: number }) | null = null;
  // Rows read under the header: its actions, and its records set aside (a log's risks, a return's decisions). Another
  // table may start only once the header has rows of its own.
  let rowsUnder = 0;
  // Each action's grid row, for the look over all of them once the walk is done (an action pasted twice).
  const gridRows = new Map<RawAction, number>();
  // The actions read under the header, and those of the group since the last heading or roll-up: what a summary line counts.
  const counted = { whole: [] as CountedAction[], group: [] as CountedAction[], statuses: new Set<string>() };
  // Each action's dated updates on rows of their own (under it, or over it when grouped so), and the lines waiting for
  // the action below them.
  let updates = new Map<number, UpdateLine>();
  // The rows breaking each action into its steps, milestones or tasks (no actions of their own), by grid row.
  let parts = new Map<number, ActionPart>();
  // 'Lead: …' lines under the actions of a plan with no lead column (`findLeadLinesUnder`), by grid row.
  let leadLines = new Map<number, LeadLine>();
  // A project plan's summary tasks (headings over the tasks indented deeper), and each task's nearest one above it.
  let outline: SummaryTasks | null = null;
  // The template's guidance row and worked example left at the top of the table under the header in force.
  let template: Map<number, TemplateRow> | null = null;
  const logs = new Map<RawAction, { lines: UpdateLine[]; r: number; columns: ColumnAssignment['map'] }>();
  const waiting = new Map<number, UpdateLine[]>();
  // Asked of every row: a loop over the other plans, building nothing per row.
  const otherPlan = (r: number) => !!input.others?.length && inOtherPlan(input.others, r);
  // A note reserving a prefix of the action numbers ('Actions numbered G support all nine indicators') may sit above or
  // under the plan: every such note is read before the first action numbered with a prefix (once; most plans have none).
  let notes: readonly NumberingNote[] | undefined;
  const notesOf = () => (notes ??= findNumberingNotes(texts, sheet.sheetRow, (r) => headerSet.has(r) || otherPlan(r), standard));
  // What a page break prints again: the header, and a page's running head (its title 'continued', its number).
  // So is a row printed above the first header, repeated under it cell for cell (a Board paper's running head, each page).
  const titleAgain = findTitleRowsAgain(texts, headerSet, above?.rows);
  // A header's cells wrapped onto the row under it ('Time-' over 'scale'): the header's own line, printed again with it.
  const headerTails = findHeaderTails(texts, headerSet);
  // Each row's text facts (`rowTextFacts`), worked out the first time a detector asks and kept by row (-1: not yet): the
  // page-break tests below and classifyRow ask them of most rows.
  const facts = new Int16Array(texts.length).fill(-1);
  const textFacts = (k: number, own: RowContext['texts']): number => {
    if (own !== texts[k]) return rowTextFacts(own);
    let f = facts[k];
    if (f < 0) facts[k] = f = rowTextFacts(own);
    return f;
  };
  // A row is a page's running head only when every text is one: a short text that is none (`SHORT_NOT_HEAD_TEXT`: a
  // lead's, a date's, a status's — most action rows hold one) rules the row out before each text is asked.
  const printedAgain = (k: number) => headerSet.has(k) || titleAgain.has(k) || headerTails.has(k) || (texts[k].length > 0 && (textFacts(k, texts[k]) & SHORT_NOT_HEAD_TEXT) === 0 && texts[k].every((t) => isRunningHead(t.text)));
  // A colour key that is no RAG key ('Colour key – priority areas'), and the plan's column whose fills it decodes.
  const key = (out.colourKey = colourKeyOf(input));
  // A key line naming the plan's own areas by metric ('Shortlisting (2), Capability (3), …'), and the column naming each row's.
  const names = namesKeyOf(input);
  // Whether the plan's numbered headings number its own areas: read once, the first time a numbered heading asks.
  let areas: boolean | undefined;
  const ownAreas = () => (areas ??= numbersOwnAreas(texts.map((t) => (t.length === 1 ? collapse(t[0].text) : null)), standard));
  // What each row is to the rows of figures under it looking up for their table's header (`figuresHeadAt`): asked of
  // the dozen rows above by every row holding a figure, answered once a row (for the ref column it was read with).
  const heads: ({ ref: number | undefined; head: FiguresHead } | undefined)[] = [];
  const figuresHead = (k: number, columns: ColumnMap | null | undefined): FiguresHead => {
    const ref = columns?.ref;
    const kept = heads[k];
    if (kept !== undefined && kept.ref === ref) return kept.head;
    const head = figuresHeadAt(sheet, k, columns);
    heads[k] = { ref, head };
    return head;
  };
  for (let r = 0; r < sheet.height; r++) {
    const sheetRow = sheet.sheetRow(r);
    if (otherPlan(r)) {
      out.kinds[r] = 'other-plan';
      open = null;
      continue;
    }
    // The key's own rows (within the plan's columns) are no actions, headings nor RAG key entries: each names a group.
    if (key?.rows.has(r)) {
      takeColourKeyRow(key, { sheet, r, texts: texts[r], columns: under?.assignment.map ?? null, standard }, out);
      open = null;
      continue;
    }
    if (!under && above?.rows.has(r)) under = { assignment: above.assignment, cells: cellsOf(sheet, above.assignment), above: true };
    // A page break between an action and the rest of its cells: the page's footer, running head and header printed again
    // leave the action open, so its last line on the next page still carries it on; so does a heading printed over the
    // header again (a block's heading over its own header). A blank row among them ends it, as it does under an action:
    // the rows carried over are the ones that would carry on with nothing printed between.
    if (open && (open.last === r - 1 || open.bridge?.to === r - 1) && texts[r].length > 0 && (printedAgain(r) || (textFacts(r, texts[r]) & PRINTED_MARK_TEXT) !== 0 || (texts[r].length === 1 && headerSet.has(r + 1)))) open.bridge = { from: open.bridge?.from ?? r, to: r };
    if (titleAgain.has(r)) {
      out.kinds[r] = 'title';
      continue;
    }
    if (headerTails.has(r)) {
      out.kinds[r] = 'header';
      continue;
    }
    if (headerSet.has(r)) {
      out.kinds[r] = 'header';
      const assignment = assignments.get(r);
      if (!assignment) continue; // a group label row above the header proper
      // The header in force printed again (a page break): the plan carries on under it, its objective and theme too, and
      // the actions under it keep their update logs (the first header's were looked for only down to this row).
      if ((under as { assignment: ColumnAssignment; above?: true } | null)?.assignment === assignment && !under!.above) {
        // Another table typed between (a block's figures over its own piece of the plan) ends at the plan's header: the
        // rows under the header again are the plan's, not that table's.
        other = null;
        for (const [k, line] of findUpdateLogs(sheet, texts, assignment.map, r + 1, nextHeader(headerSet, r, sheet.height) - 1)) updates.set(k, line);
        for (const [k, part] of findActionParts(sheet, texts, assignment.map, r + 1, nextHeader(headerSet, r, sheet.height) - 1)) parts.set(k, part);
        if (outline && parts.size) outline = withoutPartOwners(outline, parts);
        continue;
      }
      const stacked = input.stacked?.get(r);
      under = { assignment, cells: cellsOf(sheet, assignment), ...(stacked ? { stacked } : {}) };
      state.objective = null;
      state.titled = '';
      state.group = null;
      state.themeGroup = null;
      for (const u of assignment.unmapped) out.unmappedHeaders.push({ row: sheetRow, column: sheet.letter(u.c), text: u.text, ...(u.why ? { why: u.why } : {}) });
      other = null;
      rowsUnder = 0;
      counted.whole = [];
      counted.group = [];
      counted.statuses = new Set();
      updates = findUpdateLogs(sheet, texts, assignment.map, r + 1, nextHeader(headerSet, r, sheet.height) - 1);
      parts = findActionParts(sheet, texts, assignment.map, r + 1, nextHeader(headerSet, r, sheet.height) - 1);
      // Read over the whole table, past the same header printed again at each page's top: a page holding one action and
      // its line before the break gives the evidence too (holdout78 ormsby, its header printed again under action 1).
      leadLines = findLeadLinesUnder(texts, assignment.map, r + 1, pastHeaderAgain(texts, headerSet, r, sheet.height) - 1);
      // The task list runs on under the header printed again at a page break (the same columns), which is no task.
      outline = findSummaryTasks(sheet, assignment.map, r, r + 1, endOfColumns(input.assignments, assignment, r, sheet.height), (k) => headerSet.has(k) || printedAgain(k) || otherPlan(k));
      // An action over its own milestones (rows that leave its number and status blank) rolls nothing up: it stays an action.
      if (outline.summaries.size && parts.size) outline = withoutPartOwners(outline, parts);
      if (!outline.summaries.size) outline = null;
      // An issue tracker's parents listed among their children, each child naming its parent ('Parent summary'): headings.
      outline ??= findNamedParents(sheet, assignment.map, r, r + 1, nextHeader(headerSet, r, sheet.height) - 1, (k) => headerSet.has(k) || printedAgain(k) || otherPlan(k));
      template = findTemplateRows(sheet, texts, firstUnder(headerSet, r), nextHeader(headerSet, r, sheet.height) - 1, assignment.map, standard);
      continue;
    }
    // A summary task is a heading over the tasks under it (their theme, or the plan's title), never an action.
    const summary = outline?.summaries.get(r);
    if (summary) {
      takeSummaryTask(summary, state, out, { sheet, r, texts: texts[r], columns: under?.assignment.map ?? null, standard, printedAgain });
      open = null;
      continue;
    }
    // A task after a group of deeper ones is its own summary's again (a task left under the project's title has no theme).
    const parent = outline?.parents.get(r);
    if (parent && parent !== state.summary) takeSummaryTask(parent, state, null, { sheet, r: parent.r, texts: texts[parent.r], columns: under?.assignment.map ?? null, standard, printedAgain });
    const heading = headings.get(r);
    // A 'Lead: …' line under an action is that action's lead, not a heading naming who leads the actions below.
    const leadLine = open && under && open.last === r - 1 ? leadLines.get(r) : undefined;
    if (open && leadLine) {
      const cell = sheet.address(r, texts[r][0].c);
      open.action.fields.lead = leadLine.lead;
      open.action.sources = { ...open.action.sources, lead: { kind: 'label', cell, why: `Lead: '${leadLine.lead}', behind the label on ${cell}, the line under the action` } };
      open.action.cellRows = { ...open.action.cellRows, lead: sheetRow };
      open.last = r;
      out.setAside.push({ row: sheetRow, text: texts[r][0].text, kind: 'continuation', why: leadLine.why });
      out.kinds[r] = 'continuation';
      continue;
    }
    if (other && texts[r].length === 0) other = null;
    // Another table may start right under one (a version history typed under a sign-off box, no blank row between).
    const header: OtherTable | null = under && rowsUnder > 0 && heading === undefined && texts[r].length > 0 ? startsOtherTable(sheet, texts, r, under.assignment.map, standard) : null;
    // A row starting a table of the kind it sits in is that table's own row (a sign-off box's next line, a glossary's next term).
    if (header && header.kind !== other?.kind) {
      other = { ...header, row: sheetRow };
      // Its caption alone on the row above ('Document control', 'Version history') is the table's too.
      if (r > 0 && texts[r - 1].length === 1 && out.kinds[r - 1] !== 'action') out.otherTableRows.push(r - 1);
    }
    if (other && under) {
      readOtherTableRow(other, other.row === sheetRow, { sheet, r, texts: texts[r], columns: under.assignment.map, standard }, state, out);
      open = null;
      continue;
    }
    // A step, milestone or task of the action just above (`findActionParts`) is part of it: no action, and none of its fields.
    const part = open && under && heading === undefined && open.last === r - 1 ? parts.get(r) : undefined;
    if (open && part && part.owner === open.start) {
      open.last = r;
      if (part.year) takeYearDue(open.action, sheet, r, under!.assignment.map);
      out.setAside.push({ row: sheetRow, text: texts[r].filter((t) => ownsCell(sheet, r, t.c)).map((t) => t.text).join(' | '), kind: 'part', why: part.why });
      out.kinds[r] = 'continuation';
      continue;
    }
    // A further line of the action just above (a bullet, a second paragraph of progress) is that action's, not a row of its own.
    // So is a row holding one labelled field of it ("Update: …" merged across the table under each action).
    const overPage = open !== null && open.last !== r - 1 && open.bridge?.to === r - 1;
    const more = open && under && heading === undefined && (open.last === r - 1 || overPage) ? readContinuation(sheet, r, texts[r], under.assignment.map, open.start, open.action.fields.action, input.table.left, open.last) ?? (overPage ? null : readLabelledSubRow(sheet, r, open.action.row, input.table.left)) : null;
    // A dated update of an action, alone on its row under it (or grouped over it), is that action's progress, not a heading.
    // The rest of the action's own sentence, or an item of its list, is the action's text even on a row of its group.
    const update = under && heading === undefined && more?.action === undefined ? updates.get(r) : undefined;
    if (update && under && belongsTo(update, open, { sheet, r: update.owner, texts: texts[update.owner], columns: under.assignment.map, standard })) {
      if (update.owner < r) {
        const log = logs.get(open!.action) ?? logs.set(open!.action, { lines: [], r: open!.start, columns: under.assignment.map }).get(open!.action)!;
        log.lines.push(update);
        open!.last = r;
      } else waiting.set(update.owner, [...(waiting.get(update.owner) ?? []), update]);
      out.setAside.push({ row: sheetRow, text: update.text, kind: 'update', why: update.why });
      out.kinds[r] = 'continuation';
      continue;
    }
    // The action's lead and timescale typed on the row under its words, its own cells there left blank.
    const below = open && under && !more && heading === undefined && open.last === r - 1 ? readFieldsBelow(sheet, r, texts[r], under.assignment.map, open.action.fields, open.action.row) : null;
    if (open && below) {
      takeFieldsBelow(open.action, below, sheet, r, under!.assignment.map);
      open.last = r;
      out.setAside.push({ row: sheetRow, text: texts[r].map((t) => t.text).join(' | '), kind: 'continuation', why: below.why });
      out.kinds[r] = 'continuation';
      continue;
    }
    if (open && under && more) {
      carryOn(open.action, more, sheet, r, under.assignment);
      // Every joined row says why it is no action of its own (the user sees fewer actions than rows), quoting what the
      // row itself holds: a block's indicator or analysis merged down over it is not what carries the action on.
      const why = overPage ? `${more.why}, carried over a page break (${rowsSpan(sheet, open.bridge!.from, r - 1)} between: a page's foot, head or header printed again)` : more.why;
      out.setAside.push({ row: sheetRow, text: texts[r].filter((t) => ownsCell(sheet, r, t.c)).map((t) => t.text).join(' | '), kind: 'continuation', why });
      out.kinds[r] = 'continuation';
      open.last = r;
      open.bridge = undefined;
      continue;
    }
    // One context for both: the row is classified, then what it carries is taken.
    // (Two literals, not a spread of an empty one: every row builds this context, and a spread copies property by property.)
    const roadmap = under?.assignment.roadmap;
    const x: RowContext = roadmap ? { sheet, r, texts: texts[r], columns: under!.assignment.map, standard, printedAgain, ownAreas, roadmap: roadmap.columns, figuresHead, textFacts } : { sheet, r, texts: texts[r], columns: under?.assignment.map ?? null, standard, printedAgain, ownAreas, figuresHead, textFacts };
    // A line describing the block under its heading (its figures, its wording) is context: no heading, no theme.
    const describes = heading === undefined ? input.described?.get(r) : undefined;
    const classified: RowReading = heading !== undefined ? { kind: 'section', heading, indicator: null, names: input.named?.get(r) ?? input.sections?.get(r) } : describes ? { kind: 'footnote', why: describes } : template?.get(r) ?? classifyRow(x);
    // A summary line under a group of actions counts them: it is read against the actions read above it.
    const rolled = rollUpOf(classified, x, counted) ?? classified;
    // A section row right under another that describes its block ('Success metric 1a. …', an area's goal) is context.
    // A labelled remark on the action just above ('Risk to delivery: …', 'Benchmark (2020 data): …') is none of its own.
    const remarked = rolled.kind === 'action' && open && under && open.last === r - 1 ? readLabelledRemark(sheet, r, texts[r], under.assignment.map, open.start) : null;
    const reading: RowReading = remarked ? { kind: 'footnote', why: remarked.why } : describingSection(rolled, section, x, texts) ?? listItem(rolled) ?? remark(rolled) ?? captionsFigures(rolled, x, texts) ?? rolled;
    // The heading stays the one a further describing line is read under; a line naming the block's metrics gives its indicators.
    if (reading !== rolled) {
      if (section) section.last = r;
      const metrics = rolled.kind === 'section' && section ? blockMetricsOf(rolled.heading) : null;
      if (metrics) {
        state.block = headingBlock(metrics, standard, state.block);
        state.fromSection = state.block.indicators.length > 0;
      }
    } else if (section && reading.kind === 'footnote' && givesFigures(texts[r])) section.last = r;
    // (A row of the block's figures under its heading ('2023 | 4.1% | 2024 | 4.6%') keeps the heading open: a remark on
    // them below it describes the block too.)
    else section = reading.kind === 'section' && reading.heading ? { r, heading: reading.heading, last: r } : null;
    out.kinds[r] = reading.kind;
    takeReading(reading, state, out, x);
    if (STARTS_GROUP.has(reading.kind)) counted.group = [];
    if (reading.kind !== 'action' || !under) continue;
    const read = readActionFields(sheet, r, under.assignment.map, under.cells, under.assignment.keyColumn, under.assignment.labelled, under.assignment.timetable, under.assignment.dueColumns, under.assignment.roadmap, under.assignment.dueMilestones, under.assignment.leadWithDue);
    if (under.assignment.map.lead !== undefined) takeResourceNames(read);
    if (under.assignment.outcomeWithDue) takeDueInMeasure(sheet, r, read, under.assignment.map.outcome!);
    if (under.assignment.percentStatus) takePercentStatus(sheet, r, under.assignment.percentStatus, read);
    const latest = takeLatestPeriods(sheet, r, under.assignment.trackers, read);
    const statusColumn = latest.status;
    if (under.assignment.leadMatrix.length) takeMatrixLead(sheet, r, under.assignment.leadMatrix, read);
    // A row leaving its group's columns blank under the group's first row carries the group's indicator, in a column
    // filled on most rows or not.
    const grouped = !read.fields.indicator.trim() && state.indicatorRow !== undefined && continuesGroup(sheet, r, state.indicatorRow, under.assignment.map);
    const carried = !read.fields.indicator.trim() && !grouped && !state.fromSection && !state.objective?.block && state.block.indicators.length > 0;
    // In a column naming an indicator on every row, a blank is none — unless the action's own words speak to the indicator
    // the row above names: then the blank means 'as above' (`blankIndicatorAsAbove`). A tool's 'NULL' there says the
    // value is missing, never 'as above'.
    const asAbove = !read.fields.indicator.trim() && !grouped && under.assignment.indicatorOnEveryRow && !state.fromSection && state.indicatorRow !== undefined && !sheet.placeholder?.(r, under.assignment.map.indicator!) ? blankIndicatorAsAbove(read.fields.action, state.block.indicators, standard, sheet.address(state.indicatorRow, under.assignment.map.indicator!), nextRowNames(sheet, r, under.assignment.map.indicator!)) : null;
    state.block = grouped || asAbove ? state.block : blockOfRow(withRowStandard(sheet, r, under.assignment, read.fields.indicator), under.assignment, standard, state.block, state.objective?.block);
    if (state.block.worded && !state.block.source && read.fields.indicator.trim() && under.assignment.map.indicator !== undefined) state.block = { ...state.block, source: wordedSource(read.fields.indicator, state.block, standard, sheet.address(r, under.assignment.map.indicator), 'column') };
    if (read.fields.indicator.trim()) state.indicatorRow = r;
    // Indicators an action's own cell names carry down as the column's, which a section naming none does not end.
    if (read.fields.indicator.trim()) state.fromSection = false;
    // A short objective written once over the block is each of its actions' objective, left blank below it or not.
    if (under.assignment.objectiveBlocks) {
      state.titled = read.fields.objective.trim() ? read.fields.objective : state.titled;
      read.fields.objective ||= state.titled;
    }
    // A lead written once over its group (a pivot's row label) is each of the group's actions' lead; so is a theme.
    if (under.assignment.leadWrittenOnce) takeGroupLead(sheet, r, read, state, under.assignment);
    if (read.sources.lead?.kind === 'column') takeValueAbove(read, state, 'lead');
    if (read.sources.due?.kind === 'column') takeValueAbove(read, state, 'due');
    // A lead of 'me': the plan's author, as a line above the plan names them.
    if (read.sources.lead?.kind === 'column' && SAYS_ME.test(read.fields.lead)) takeAuthorLead(read, state, () => findPlanAuthor(sheet, Math.min(...headerSet)), sheet);
    if (under.assignment.themeWrittenOnce) takeGroupTheme(sheet, r, read, state, under.assignment);
    // With no lead column, a section row naming who is accountable ('Chief People Officer') gives the lead, not the theme.
    const owner = takeSectionLead(read, state, under.assignment, out);
    // An action stating no timescale of its own takes the one the section heading it sits under gives ('Short term – by …').
    takeSectionDue(read, state.due, out);
    // The group the action's cell is coloured for, by the plan's colour key: its own cell's colour comes before a heading
    // above it. A code written in the cell ('RP') is the key's name for the group, not the theme.
    const area = key ? readColourArea(sheet, r, key) : null;
    if (area && (!read.fields.theme.trim() || collapse(read.fields.theme).toLowerCase() === area.entry.code.toLowerCase())) read.fields.theme = area.entry.label;
    // A section's heading, else the title of the high impact action the HIA column groups the action under, else the
    // block's objective when the objective column names subjects.
    read.fields.theme ||= (owner ? '' : state.theme) || (under.assignment.hiaIsTheme ? read.fields.hia : '') || (under.assignment.objectiveBlocks === 'theme' ? state.titled : '');
    // An indicator carried down a blank cell stays within the theme of the row that named it (`leavesIndicatorTheme`).
    const left = carried ? leavesIndicatorTheme(read.fields.theme, state.indicatorTheme) : null;
    if (left) state.block = { indicator: null, indicators: [] };
    if (read.fields.indicator.trim()) state.indicatorTheme = { theme: read.fields.theme, row: sheet.sheetRow(r) };
    const action = rawActionOf(sheet, r, under.assignment, read, state.block, namesOwnIndicator(sheet, r, under.assignment, read.fields.indicator), standard, statusColumn);
    if (left && under.assignment.map.indicator !== undefined) action.sources.indicators = { kind: 'column', cell: sheet.address(r, under.assignment.map.indicator), why: left };
    if (asAbove && !left) action.sources.indicators = { kind: 'column', cell: sheet.address(r, under.assignment.map.indicator!), why: asAbove };
    if (state.block.source && !action.sources.indicators) action.sources = { ...action.sources, indicators: state.block.source };
    if (area) takeColourArea(action, area, key!, under.assignment, statusColumn, out);
    // (An indicator column naming areas in words the key numbers is read by the key: the plan's numbers, not a guess from words.)
    if (names && (!action.fields.indicator.trim() || names.column === under.assignment.map.indicator)) takeNamedArea(action, sheet, r, names);
    // A row above the header says why it is read as an action at all: the user sees an action outside the table's frame.
    if (under.above) action.sources.action = { kind: 'column', cell: sheet.address(r, under.assignment.map.action!), why: above!.rows.get(r) };
    // So does a row of one of the plan's tables stacked down the sheet, read by that table's own header.
    else if (under.stacked && under.assignment.map.action !== undefined) action.sources.action = { kind: 'column', cell: sheet.address(r, under.assignment.map.action), why: under.stacked };
    const openings = under.assignment.statusOpenings;
    // (In a tracker, the update opening with the status is the action's latest filled period's.)
    const opens = under.assignment.statusOpeningsTracked ? latest.progress : openings;
    if (opens !== undefined) takeOpeningStatus(sheet, r, opens, action, opens === under.assignment.map.status, under.assignment.statusOpeningsPlain === true, under.assignment.statusOpeningsRemarks === true, under.assignment.map.progress === undefined);
    // The number the action's text opens with is read once, here: the check asks it again for the action's ref.
    const opening = readNumbering(read.fields.action);
    action.refInText = opening?.ref ?? null;
    action.refFrom = read.fields.action;
    action.numbered = readActionNumber(sheet, r, under.assignment.map, read.fields, notesOf, opening);
    // Under an objective whose number heads the action's ("1" over "1.2"), the number counts objectives, not indicators
    // (a note saying what the objective's prefix serves still says it).
    if (state.objective?.ref && headsNumber(state.objective.ref, read.fields.ref) && !action.numbered?.byNote) action.numbered = null;
    // A cell saying the action serves no indicator ("n/a") is its statement: its number ("3.1") counts sections.
    if (NO_INDICATOR.test(read.fields.indicator.trim())) action.numbered = null;
    takeSectionStatus(action, state.status, under.assignment);
    // Last: a note on the row's cells ('Lead: Head of Resourcing') gives only what nothing on the sheet gave.
    takeNoteFields(action, sheet, r, under.assignment);
    // Five of the checks below set aside only a row naming no lead and no timescale (a note, a tag, a level of assurance,
    // the block's data): one test of the row for all five, which an action's row (its lead, its date) fails.
    const bare = statesNothing(action.fields.lead) && statesNothing(action.fields.due);
    if (setsAsideUnderLogCaption(action, state, r, texts[r], out) || setsAsideEmptyRecord(action, r, out) || setsAsideNoActionNeeded(action, sheet, r, under.assignment, out) || setsAsideWithdrawn(action, sheet, r, texts, out) || setsAsideUnfinished(action, sheet, r, under.assignment, out) || (bare && setsAsideTakenOutText(action, r, under.assignment, out)) || (bare && setsAsideDispositionRecord(action, r, out)) || setsAsideMergedAction(action, r, out) || (bare && setsAsideDataRow(action, r, out)) || (bare && setsAsideTaggedRow(action, sheet, r, under.assignment, out)) || (bare && setsAsideAssuranceLevel(action, r, out)) || setsAsideLogRecord(action, sheet, r, under.assignment, out) || setsAsideNationalDate(action, sheet, r, under.assignment, input.table, out) || setsAsideBlockFinding(action, sheet, r, under.assignment, input.table, out) || setsAsideOffPlan(action, sheet, r, under.assignment, out) || setsAsideEarlierYear(action, sheet, r, under.assignment, input.period, out) || setsAsideClosedEarlier(action, state, r, input.period, out) || setsAsideNarrativeParagraph(action, sheet, r, under.assignment, out)) {
      open = null;
      rowsUnder++;
      continue;
    }
    // The same action again with another indicator (a query's one row per indicator) adds its indicator to the first.
    const joined = open ? repeatsActionAbove(sheet, input.table, r, open.last, under.assignment.map.indicator) : null;
    if (joined && open) {
      takeJoinedIndicator(open.action, action, joined, sheet, r, out);
      open.last = r;
      continue;
    }
    out.actions.push(action);
    gridRows.set(action, r);
    rowsUnder++;
    const own: CountedAction = { r, status: action.fields.status.trim() || action.markedStatus };
    counted.whole.push(own);
    counted.group.push(own);
    if (own.status) counted.statuses.add(countedStatus(own.status));
    open = { action, start: r, last: r };
    const over = waiting.get(r);
    if (over) logs.set(action, { lines: over, r, columns: under.assignment.map });
  }
  for (const [action, log] of logs) takeUpdateLog(action, log.lines, sheet, log.columns, log.r);
  setsAsideCopies(sheet, texts, gridRows, out);
  namePartsApart(out.actions, standard);
  dropOtherNumbering(out.actions, standard);
  return out;
}

/**
 * Where the plan's own indicator cells show its numbers count key actions or workstreams (`numbersCountOther`), every
 * number opens with one section's ('2.1' … '2.7': `numbersOneSection`), or every number is its heading's place in the
 * plan ('2.1' under the second heading, which names metric 8: `numbersCountHeadings`), an action whose indicator cell is blank takes no
 * indicator from its number, and says why; one beside an indicator cell merged down from the row above takes that cell's.
 */
function dropOtherNumbering(actions: readonly RawAction[], standard: Standard | null): void {
  const why = numbersCountOther(actions, standard) ?? numbersOneSection(actions) ?? numbersCountHeadings(actions);
  if (!why) return;
  for (const a of actions) {
    if (!a.numbered || a.numbered.byNote) continue;
    if (a.fields.indicator.trim()) {
      // An indicator cell merged down beside the action is its statement as much as the top row's: the number, which
      // counts something else, gives way to it there too (its source stays the merged cell).
      if (!a.indicatorInRow) a.numbered = null;
      continue;
    }
    a.sources = { ...a.sources, indicators: { kind: 'numbering', cell: a.numbered.source.cell, why: `No indicator from its number '${a.numbered.ref}': ${why}` } };
    a.numbered = null;
  }
}

/**
 * A row repeating the action above but for its indicator: the indicator joins the action's ('5' and '6' → '5, 6'), and
 * the row is set aside with why, as no action of its own.
 */
function takeJoinedIndicator(action: RawAction, repeat: RawAction, indicator: string, sheet: SheetView, r: number, out: ReturnType<typeof walkRows>): void {
  action.fields.indicator = action.fields.indicator.trim() ? `${action.fields.indicator}, ${indicator}` : indicator;
  action.blockIndicators = [...action.blockIndicators, ...repeat.blockIndicators.filter((i) => !action.blockIndicators.includes(i))];
  out.kinds[r] = 'continuation';
  const why = `it repeats row ${action.row}'s action in every cell but its indicator ('${indicator}'), as an export joining each action to its indicators writes one row per indicator: the indicator is read as row ${action.row}'s too`;
  out.setAside.push({ row: sheet.sheetRow(r), text: action.fields.action, kind: 'continuation', why });
}

/** Each field's column letter under a header (the cells an action's fields are read from). */
function cellsOf(sheet: SheetView, assignment: ColumnAssignment): RawAction['cells'] {
  return Object.freeze(Object.fromEntries(Object.entries(assignment.map).map(([f, c]) => [f, sheet.letter(c!)])));
}

/**
 * An action's status as a roll-up's counts name it: tidied and in lower case ('On  Track' → 'on track'). Worked out once
 * per distinct status: a plan writes a handful of status words over all its actions, and every action's is counted.
 */
const countedStatus = memoiseText((status: string) => collapse(status).toLowerCase());

/** The rows after which the actions below are a new group: a heading over them, or a roll-up closing the group above. */
const STARTS_GROUP: ReadonlySet<RowKind> = new Set<RowKind>(['section', 'indicator-heading', 'objective', 'summary']);

const MAY_ROLL_UP: ReadonlySet<RowKind> = new Set<RowKind>(['action', 'section', 'indicator-heading', 'footnote']);

/**
 * A row read as an action, a heading or a row of figures that is a summary line counting the actions above it (`readGroupSummary`):
 * a summary, closing the groups of the columns from its label leftwards as a subtotal does. Null when it is none.
 */
function rollUpOf(reading: RowReading, x: RowContext, counted: Counted): RowReading | null {
  // A heading's shape (one text alone) or a figure in the action column ('3') does not stop a row being a roll-up.
  if (!x.columns || !MAY_ROLL_UP.has(reading.kind)) return null;
  const rollUp = readGroupSummary(x, counted);
  if (!rollUp) return null;
  return { kind: 'summary', why: rollUp.why, ...(rollUp.labelColumn !== undefined ? { closesFrom: rollUp.labelColumn } : {}) };
}

/**
 * A status column giving how far each action is as a percentage: its status is the cell as shown ('50%', where the
 * sheet holds 0.5), and its source says how a percentage is read, so a user sees why '100%' counts as complete.
 */
function takePercentStatus(sheet: SheetView, r: number, column: PercentColumn, read: ReturnType<typeof readActionFields>): void {
  const source = read.sources.status;
  if (source?.kind !== 'column') return;
  read.fields.status = percentText(sheet, r, column);
  read.sources.status = { ...source, why: `from '${column.header}' (100% = complete, 0% = not started, between = in progress)` };
}

/**
 * An action on a row hidden by hand (not by the sheet's filter, nor in a collapsed row group) that the plan marks as
 * taken out of it — its status 'Withdrawn', its update 'Superseded by action 4', a note 'Action 9 was withdrawn' — is
 * not part of the plan a person reads: it is set aside, named to the user with why. A row the filter hides is still an
 * action (a view the last editor left on), and so is a withdrawn action left in view (the plan still shows it). Returns
 * whether the row was set aside.
 */
function setsAsideWithdrawn(action: RawAction, sheet: SheetView, r: number, texts: RowTexts, out: ReturnType<typeof walkRows>): boolean {
  if (sheet.hidden?.(r) !== 'hand') return false;
  const withdrawal = findWithdrawal(sheet, r, action.fields.ref, texts);
  if (!withdrawal) return false;
  out.kinds[r] = 'withdrawn';
  const why = `the row is hidden by hand (not by a filter or a collapsed row group) and ${withdrawal.where} says '${withdrawal.words}': the plan a person reads leaves it out`;
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'withdrawn', why });
  return true;
}

/**
 * The rows read as actions that are a second copy of another (`findCopiedActions`: the action's words pasted twice with
 * nothing else, or an unnumbered row a note says is the same as action 4) are set aside with why, once every action is
 * read: the first may be below its copy.
 */
function setsAsideCopies(sheet: SheetView, texts: RowTexts, gridRows: ReadonlyMap<RawAction, number>, out: ReturnType<typeof walkRows>): void {
  if (out.actions.length < 2) return;
  const copies = findCopiedActions(sheet, texts, out.actions.map((a) => ({ r: gridRows.get(a)!, fields: a.fields })));
  if (!copies.size) return;
  out.actions = out.actions.filter((a) => {
    const r = gridRows.get(a)!;
    const why = copies.get(r);
    if (!why) return true;
    out.kinds[r] = 'no-action';
    out.setAside.push({ row: a.row, text: a.fields.action, kind: 'copy', why });
    return false;
  });
}

/**
 * A working draft's row that holds no action: a place kept for an action not yet written ('Action 7 – to be agreed'), or
 * an action its status or update says the plan dropped ('Dropped – replaced by action 9.'), whatever else the row still
 * shows (`readUnfinishedRow`). Set aside with why.
 */
function setsAsideUnfinished(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const unfinished = readUnfinishedRow(sheet, r, assignment.map, action.fields);
  if (!unfinished) return false;
  out.kinds[r] = unfinished.kind === 'dropped' ? 'withdrawn' : 'no-action';
  out.setAside.push({ row: action.row, text: action.fields.action, kind: unfinished.kind, why: unfinished.why });
  return true;
}

/**
 * A row whose action text is itself only a note that the action was taken out ('Deleted – duplicate of action 2.',
 * 'Removed – merged with 3.1'), that nothing is to be done ('No – numbers too small to compare', 'No further action
 * required'), that the ask was turned down ('Not agreed this year – …') or that no return came in ('No return received –
 * …'), and that names no lead, timescale or status (its cells empty or dashes, its status at most 'Referred') is no action:
 * set aside with why. A withdrawn action keeping its own
 * text (its status 'Withdrawn') is still read as an action.
 */
function setsAsideTakenOutText(action: RawAction, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const { action: text, lead, due, status } = action.fields;
  // A dash ('—', 'n/a') is how a plan leaves a cell empty; a status saying the item went elsewhere ('Referred') commits
  // to nothing either.
  // An arrow under the status column is the trend of the figures beside it ('↔' in a results table's 'Change'), no status.
  // A status rating the need as met ('Met' beside 'No action required this year – …') says why nothing is to be done.
  // A lead or a timescale rules the row out before its status is rated (most action rows name both).
  if (!statesNothing(lead) || !statesNothing(due)) return false;
  const met = !statesNothing(status) && readRating(collapse(status)) === 'met' && saysNothingToDo(text);
  if (!(statesNothing(status) || saysNoCommitment(status) || isTrendArrow(status) || met) || (action.markedStatus && !met)) return false;
  const why = whyNoAction(text, assignment);
  if (!why) return false;
  out.kinds[r] = why.row;
  const besides = met ? `, and the row names no lead or timescale, its status '${collapse(status)}' saying the need is already met` : ', and the row names no lead, timescale or status';
  out.setAside.push({ row: action.row, text, kind: why.kind, why: `${why.says}${besides}` });
  return true;
}

/**
 * A row whose action cell records what became of an action — 'Closed – merged into action 1.1 at the December Board',
 * 'Moved to the Health and Wellbeing plan (action HW-07)', 'Actions 6, 8 and 10 of the 2023-24 plan were completed and
 * closed' — naming no lead or timescale, its status empty or saying the same ('Merged', 'Transferred', 'Closed'): a
 * committee paper accounting for an action it reported before, not work to do (`recordsDisposition`). Set aside with why.
 * An action keeping its own words with 'Withdrawn' or 'Closed' as its status stays an action.
 */
function setsAsideDispositionRecord(action: RawAction, r: number, out: ReturnType<typeof walkRows>): boolean {
  const { action: text, lead, due, status } = action.fields;
  if (!statesNothing(lead) || !statesNothing(due) || action.markedStatus) return false;
  if (!statesNothing(status) && !statusRecordsDisposition(status)) return false;
  const became = recordsDisposition(text);
  if (!became) return false;
  out.kinds[r] = 'withdrawn';
  const said = statesNothing(status) ? '' : `, its status '${collapse(status)}'`;
  const why = `it records what became of an action ('${became}'${said}) and names no lead or timescale: an account of an action reported before, not work to do`;
  out.setAside.push({ row: action.row, text, kind: 'note', why });
  return true;
}

/**
 * A row whose status says its work was merged into another action of the plan ('Merged with action below', 'Combined
 * into action 3.2'; `statusMergesAction`), whatever its own cells still say (a struck-through action keeping its lead and
 * date): the other action carries the work, so the row is set aside with why, not read twice.
 */
function setsAsideMergedAction(action: RawAction, r: number, out: ReturnType<typeof walkRows>): boolean {
  const why = statusMergesAction(action.fields.status);
  if (!why) return false;
  out.kinds[r] = 'withdrawn';
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'note', why });
  return true;
}

/**
 * A row labelled in its ref cell ('Evidence', 'Our data') whose action cell gives the block's figures, naming no lead,
 * timescale or status, is the block's data, not an action (`labelsDataRow`): set aside with why.
 */
function setsAsideDataRow(action: RawAction, r: number, out: ReturnType<typeof walkRows>): boolean {
  const { ref, action: text, lead, due, status } = action.fields;
  if (lead.trim() || due.trim() || status.trim() || action.markedStatus) return false;
  const why = labelsDataRow(ref, text);
  if (!why) return false;
  out.kinds[r] = 'no-action';
  out.setAside.push({ row: action.row, text, kind: 'note', why: `${why}; the row names no lead, timescale or status` });
  return true;
}

/** The columns before an action's words where a paper tags what kind of row it is: the ref's, the indicator's. */
const TAG_FIELDS = ['ref', 'indicator'] as const;

/**
 * A row a paper tags, in its ref or indicator cell, as a kind of row that is no action — 'DATA', 'Data', 'NOTE', 'APPX',
 * 'Recommendation' (`tagsRowKind`) — naming no lead, timescale or status, its words not saying what to do: the data of its
 * block, a note, a pointer to an appendix, the paper's recommendation. Set aside with why. A tagged row saying what to do
 * ('Evidence | Agree the baseline figures with the network') or naming a lead or date is left to be read as an action.
 */
function setsAsideTaggedRow(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const { action: text, lead, due, status } = action.fields;
  if (!statesNothing(lead) || !statesNothing(due) || !statesNothing(status) || action.markedStatus || startsWithVerb(text)) return false;
  for (const f of TAG_FIELDS) {
    const c = assignment.map[f];
    const kind = c === undefined || c === assignment.map.action ? null : tagsRowKind(sheet.text(r, c).trim());
    if (!kind) continue;
    out.kinds[r] = 'no-action';
    const why = `its ${f === 'ref' ? 'Ref' : 'Indicator'} cell ${sheet.address(r, c!)} '${collapse(sheet.text(r, c!))}' says what the row is (${kind}), not an action's ${f}, and the row names no lead, timescale or status: not an action`;
    out.setAside.push({ row: action.row, text: text.trim() ? text : collapse(sheet.text(r, c!)), kind: 'note', why });
    return true;
  }
  return false;
}

/**
 * A row giving an audit or assurance committee's level of assurance on the actions it sits with ('Assurance level for this
 * metric' with 'Substantial' or 'Limited' under the status column), naming no lead or timescale (`statesAssurance`): a
 * judgement on the actions, not one of them, and its level is no status. Set aside with why.
 */
function setsAsideAssuranceLevel(action: RawAction, r: number, out: ReturnType<typeof walkRows>): boolean {
  const { action: text, lead, due, status } = action.fields;
  if (!statesNothing(lead) || !statesNothing(due) || action.markedStatus) return false;
  const why = statesAssurance(text, status);
  if (!why) return false;
  out.kinds[r] = 'no-action';
  out.setAside.push({ row: action.row, text, kind: 'note', why: `${why}, and it names no lead or timescale` });
  return true;
}

/**
 * A row of a paper pasted as a table of paragraphs ('Para | Paragraph | Owner | When', `headsParagraphs`) that is narrative,
 * not an action: naming no lead, timescale or status, it neither says what to do nor promises work (a finding, context,
 * what was done, the plan's monitoring; `whyNarrativeParagraph`); or, an owner and date beside it, it is numbered under a
 * lead-in saying what was done ('3.1 Since our last plan we have:' over '3.1.1 Launched …'; `whyDoneUnderLeadIn`). Set
 * aside with why.
 */
function setsAsideNarrativeParagraph(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const header = assignment.evidence.find((e) => e.field === 'action')?.header ?? '';
  if (!headsParagraphs(header)) return false;
  const { action: text, lead, due, status } = action.fields;
  const bare = statesNothing(lead) && statesNothing(due) && statesNothing(status) && !action.markedStatus;
  const why = bare ? whyNarrativeParagraph(text, header) : doneUnderLeadIn(action, sheet, r, assignment);
  if (!why) return false;
  out.kinds[r] = 'no-action';
  out.setAside.push({ row: action.row, text, kind: 'note', why });
  return true;
}

/** Rows looked up for a numbered paragraph's lead-in ('3.1' over '3.1.1'). */
const LEAD_IN_REACH = 12;

/** Why a paragraph numbered under a lead-in saying what was done reports it (`whyDoneUnderLeadIn`), or null. */
function doneUnderLeadIn(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment): string | null {
  const { ref: refColumn, action: actionColumn } = assignment.map;
  const parent = /^(\d{1,2}(?:\.\d{1,2})+)\.\d{1,2}$/.exec(action.fields.ref.trim())?.[1];
  if (!parent || refColumn === undefined || actionColumn === undefined) return null;
  for (let k = r - 1; k >= 0 && k >= r - LEAD_IN_REACH; k--) {
    if (sheet.text(k, refColumn).trim() === parent) return whyDoneUnderLeadIn(sheet.text(k, actionColumn), parent);
  }
  return null;
}

/** What an action cell with nothing beside it says instead of an action (see setsAsideTakenOutText), or null. */
function whyNoAction(text: string, assignment: ColumnAssignment): { row: 'withdrawn' | 'no-action'; kind: 'note' | 'no-action'; says: string } | null {
  if (saysTakenOut(text)) return { row: 'withdrawn', kind: 'note', says: `'${collapse(text)}' says the action was taken out` };
  // A number kept for an action dropped before the plan was agreed ('Number not used – action withdrawn before approval').
  const unused = saysNumberUnused(text);
  if (unused) return { row: 'withdrawn', kind: 'note', says: unused };
  // In a gap analysis whether nothing is to be done is for its rating to say (`setsAsideNoActionNeeded`: a requirement
  // not met keeps its row).
  if (assignment.rating !== undefined) return null;
  if (saysNothingToDo(text)) return { row: 'no-action', kind: 'no-action', says: `'${collapse(text)}' says nothing is to be done` };
  // An ask turned down or a return never made is told as a note: no requirement is met, nothing was committed to.
  const none = saysNoCommitment(text);
  if (none) return { row: 'no-action', kind: 'note', says: `it holds no commitment: ${none}` };
  // 'Carry into the network's work plan; no separate action this year.': the work is another plan's, none is set here.
  const elsewhere = saysDoneElsewhere(text);
  return elsewhere ? { row: 'no-action', kind: 'note', says: elsewhere } : null;
}

/**
 * A row under a section heading saying its rows are a log's records — risks and issues with their mitigations, decisions
 * asked of a board ('Section B – Risks and issues', 'Section C – Decisions required' in a programme office's highlight
 * report) — or the plan's declaration ('Section E – Declaration': 'Name | Dr H. Crewe | Role | Director of People') is no
 * action though it has an action's shape (an owner, a RAG fill, a mitigation that reads like one, a name under the lead
 * column): set aside with why, until the next section heading. A row with no action text is quoted by its cells.
 */
function setsAsideUnderLogCaption(action: RawAction, state: WalkState, r: number, row: RowTexts[number], out: ReturnType<typeof walkRows>): boolean {
  if (!state.record) return false;
  out.kinds[r] = state.record.kind;
  const why = `it sits under '${collapse(state.record.heading)}' (row ${state.record.row}): ${state.record.says}`;
  const text = action.fields.action.trim() ? action.fields.action : row.map((t) => t.text).join(' | ');
  out.setAside.push({ row: action.row, text, kind: state.record.kind, why });
  return true;
}

/** An action's own words: a row with none of these says nothing of what is to be done, by whom or when. */
const OWN_WORDS = ['action', 'lead', 'due', 'ref', 'indicator', 'progress', 'outcome', 'completed'] as const;

/**
 * A record with nothing of an action in it — no action, lead, timescale, ref, indicator, progress or outcome — only what
 * a list or board fills in for itself (a default status 'Not started', the plan it is linked to, when and by whom it was
 * created), as an empty record added by mistake to an Airtable or SharePoint list exports. No action to check: set aside
 * with why. A row with a lead or a date but no action is still read, and told to say what will be done (`action-empty`).
 */
function setsAsideEmptyRecord(action: RawAction, r: number, out: ReturnType<typeof walkRows>): boolean {
  const { fields } = action;
  for (const f of OWN_WORDS) if (fields[f].trim()) return false;
  out.kinds[r] = 'no-action';
  const status = fields.status.trim();
  const why = `it names no action, lead, timescale or indicator${status ? `, only the status '${collapse(status)}'` : ''}: an empty record (a list fills in its default status and who created it by itself), not an action`;
  out.setAside.push({ row: action.row, text: status, kind: 'note', why });
  return true;
}

/**
 * A row of a gap analysis rated as meeting its requirement ('Compliant', 'Met', 'Fully in place') whose action cell says
 * nothing needs doing ('No further action required.', 'None required', 'N/A', '—') records that the trust already
 * complies: it sits in the table with a rating, evidence and a status cell, but is no action. Set aside with why.
 * An action cell saying more than that ('Confirm no further action is required on the 2019 audit') is an action.
 */
function setsAsideNoActionNeeded(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  if (assignment.rating === undefined || !saysNoActionNeeded(action.fields.action)) return false;
  const rated = collapse(sheet.text(r, assignment.rating));
  if (readRating(rated) !== 'met') return false;
  out.kinds[r] = 'no-action';
  const why = `it is rated '${rated}' in ${sheet.address(r, assignment.rating)} and says '${collapse(action.fields.action).replace(/[.!]+$/, '')}': the requirement is already met, so nothing is to be done`;
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'no-action', why });
  return true;
}

/**
 * A row a log types as something other than an action ('Decision', 'Risk', 'For information' under 'Type') is a record
 * the log keeps beside its actions, read through the same columns but no action: set aside with why.
 */
function setsAsideLogRecord(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const why = assignment.rowTypes ? whyNotAction(sheet, r, assignment.rowTypes) : null;
  if (!why) return false;
  out.kinds[r] = 'log-record';
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'log-record', why });
  return true;
}

/**
 * A national body's date shown among the trust's own steps for timing ('Trusts submit their WDES metrics (1–31 May)' |
 * 'NHS England', in grey italics), read through the same columns but no action of the trust: set aside with why.
 */
function setsAsideNationalDate(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, table: Table, out: ReturnType<typeof walkRows>): boolean {
  const why = whyNationalDate(sheet, r, action.fields.lead, assignment.map.action, assignment.map.lead, table);
  if (!why) return false;
  out.kinds[r] = 'other-plan';
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'national-date', why });
  return true;
}

/** Each table's column labelling what each row of a block holds, by the action column it was looked for beside (asked once). */
const blockLabelsOf = new WeakMap<Table, Map<number, BlockLabels | null>>();

/**
 * A row a column labels as one of its block's findings ('2018-19 data', 'What this tells us'), block after block beside
 * rows labelled 'Actions', is no action: set aside with why (`findBlockLabels`).
 */
function setsAsideBlockFinding(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, table: Table, out: ReturnType<typeof walkRows>): boolean {
  const at = assignment.map.action;
  if (at === undefined) return false;
  const known = blockLabelsOf.get(table) ?? blockLabelsOf.set(table, new Map()).get(table)!;
  if (!known.has(at)) known.set(at, findBlockLabels(sheet, table, at, [assignment.map.lead, assignment.map.due].filter((c): c is number => c !== undefined)));
  const labels = known.get(at);
  const why = labels ? whyNotActionLabel(sheet, r, labels) : null;
  if (!why) return false;
  out.kinds[r] = 'log-record';
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'finding', why });
  return true;
}

/**
 * A row of last year's plan kept among this year's actions, its plan-year cell naming a year before the plan's period
 * ('2023-24' in a 2024-25 plan, `findPlanYearColumn`): last year's action and its result, kept for the record, even
 * where it was carried forward (this year's row that continues it is the action). Set aside with why.
 */
function setsAsideEarlierYear(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, period: string | null | undefined, out: ReturnType<typeof walkRows>): boolean {
  const year = assignment.planYear ? earlierPlanYear(sheet, r, assignment.planYear, period) : null;
  if (!year) return false;
  out.kinds[r] = 'withdrawn';
  const why = `${sheet.address(r, assignment.planYear!.c)} under '${assignment.planYear!.header}' says ${year}, a year before this plan's ${period!.replace('-', '/')}: the row is last year's action, kept for the record, not one of this plan's`;
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'earlier-year', why });
  return true;
}

/** A caption's status saying its rows are finished ('CLOSED ACTIONS', 'Completed'). */
const FINISHED = /^(?:closed|complete|completed|done|finished)$/i;

/**
 * A row under a caption saying its rows are closed ('CLOSED ACTIONS' at the foot of a live tracker) whose timescale
 * ended before the plan's period began (due Jun-21 in a 2022/23 plan): an earlier year's action closed then, kept for
 * audit, not one of this plan's. Rows closed during the plan's year stay its actions, done. Set aside with why.
 */
function setsAsideClosedEarlier(action: RawAction, state: WalkState, r: number, period: string | null | undefined, out: ReturnType<typeof walkRows>): boolean {
  if (!period || !state.status || !FINISHED.test(state.status.status.trim())) return false;
  const due = parseTimescale(action.fields.due);
  if (!due.end || due.end >= `${period.slice(0, 4)}-04-01`) return false;
  out.kinds[r] = 'withdrawn';
  const why = `it sits under the caption in ${state.status.source.cell} saying its rows are ${state.status.status.toLowerCase()}, and it was due by '${collapse(action.fields.due)}', before this plan's ${period.replace('-', '/')} began: an earlier year's action, kept for the record, not one of this plan's`;
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'earlier-year', why });
  return true;
}

/**
 * A row that is no item of the plan though it sits among its actions: one the export itself flags archived ('Archived'
 * TRUE: a card taken off the board, often a duplicate), or one whose action text is a title telling people how to use
 * the sheet or board ('READ ME – how we use this board') and that names no lead and no timescale. Set aside with why.
 */
function setsAsideOffPlan(action: RawAction, sheet: SheetView, r: number, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const flag = assignment.archived ? archivedFlag(sheet, r, assignment.archived) : null;
  if (flag) {
    out.kinds[r] = 'withdrawn';
    const why = `${sheet.address(r, assignment.archived!.c)} under '${assignment.archived!.header}' says ${flag}: the export marks it archived, taken off the list or board, so it is no longer one of the plan's actions`;
    out.setAside.push({ row: action.row, text: action.fields.action, kind: 'archived', why });
    return true;
  }
  const { lead, due } = action.fields;
  const title = lead.trim() || due.trim() ? null : saysHowToUse(action.fields.action);
  if (!title) return false;
  out.kinds[r] = 'guidance';
  const why = `'${title}' opens it: it tells people how to use the sheet or board, and it names no lead or timescale`;
  out.setAside.push({ row: action.row, text: action.fields.action, kind: 'instructions', why });
  return true;
}

/** The plan's colour key and the column it decodes, looked for under the first header's columns; null when there is none. */
function colourKeyOf(input: WalkInput): ColourKey | null {
  const { sheet, table, texts, headerSet, assignments, standard } = input;
  let first: ColumnAssignment | undefined;
  let at = Infinity;
  for (const [h, a] of assignments) if (h < at) [first, at] = [a, h];
  return first ? findColourKey({ sheet, table, texts, headerSet, columns: first.map, standard }) : null;
}

/**
 * A row of the plan's colour key: no action. One with text in the action column (a key under the plan) is named to the
 * user with why, as a RAG key's rows are.
 */
function takeColourKeyRow(key: ColourKey, x: RowContext, out: ReturnType<typeof walkRows>): void {
  out.kinds[x.r] = 'footnote';
  const action = x.columns?.action;
  if (action === undefined || !x.sheet.text(x.r, action).trim()) return;
  const row = x.sheet.sheetRow(x.r);
  const entry = key.entries.find((e) => e.r === x.r);
  const what = entry ? `: ${nameTint(entry.fill)} (${entry.fill}) means '${entry.label}'${entry.indicators.length ? `, covering indicators ${entry.indicators.join(', ')}` : ''}` : '';
  const titled = key.title ? ` titled '${key.title}'` : '';
  out.setAside.push({ row, text: x.texts.map((t) => t.text).join(' | '), kind: 'key', why: `it is a row of the colour key${titled} on rows ${key.from}–${key.to}, which names the group each action's ${key.header || 'cell'} colour stands for${what}` });
}

/**
 * An action coded by colour takes its group's indicators from the key, unless it names its own (an indicator cell of its
 * row); its theme's and indicators' sources say why. The coded cell's fill is the group's colour, not a status: where
 * the plan's colour-only status column is that same column, the action has no status colour from it.
 */
function takeColourArea(action: RawAction, area: ColourArea, key: ColourKey, assignment: ColumnAssignment, statusColumn: number | undefined, out: ReturnType<typeof walkRows>): void {
  out.coloured++;
  if (action.fields.theme === area.entry.label) action.sources = { ...action.sources, theme: area.theme };
  if (area.indicators && !action.fields.indicator.trim()) {
    action.blockIndicator = area.entry.indicators[0];
    action.blockIndicators = area.entry.indicators;
    action.indicatorsWorded = false;
    action.sources = { ...action.sources, indicators: area.indicators };
  }
  if ((statusColumn ?? assignment.fillColumn) === key.column && assignment.map.status === undefined) {
    action.statusFill = null;
    action.statusLight = null;
  }
}

/** The plan's key of its own area names by metric, read under the first header's columns (`findNamesKey`); null for none. */
function namesKeyOf(input: WalkInput): NamesKey | null {
  const { sheet, table, texts, headerSet, assignments, standard } = input;
  let first: ColumnAssignment | undefined;
  let at = Infinity;
  for (const [h, a] of assignments) if (h < at) [first, at] = [a, h];
  return first ? findNamesKey({ sheet, table, texts, header: at, headerSet, columns: first.map, standard }) : null;
}

/** The indicators the action's area names by the plan's key ('Presenteeism' → 6), with why, where its own cells name none. */
function takeNamedArea(action: RawAction, sheet: SheetView, r: number, names: NamesKey): void {
  const area = collapse(sheet.text(r, names.column));
  const ids = indicatorsOfArea(area, names);
  if (!ids.length) return;
  action.blockIndicator = ids[0];
  action.blockIndicators = ids;
  action.indicatorsWorded = false;
  const cell = sheet.address(r, names.column);
  const why = `Indicators: ${ids.join(', ')} — its ${names.header ? `${names.header} cell` : 'cell'} ${cell} names '${area}', which the key on ${names.cell} gives as ${ids.length > 1 ? 'metrics' : 'metric'} ${ids.join(' and ')}`;
  action.sources = { ...action.sources, indicators: { kind: 'key', cell, why } };
}

/** The row lies within another year's plan kept on the sheet. */
function inOtherPlan(others: readonly OtherPlan[], r: number): boolean {
  for (let i = 0; i < others.length; i++) if (r >= others[i].from && r <= others[i].to) return true;
  return false;
}

/** The last row the columns of the header on row `r` read: the row above the next header setting other columns, or the sheet's last. */
function endOfColumns(assignments: ReadonlyMap<number, ColumnAssignment>, assignment: ColumnAssignment, r: number, height: number): number {
  let end = height - 1;
  for (const [h, a] of assignments) if (h > r && h - 1 < end && a !== assignment) end = h - 1;
  return end;
}

/** The first row under the header on row `r` and any header rows stacked under it. */
function firstUnder(headerSet: ReadonlySet<number>, r: number): number {
  let k = r + 1;
  while (headerSet.has(k)) k++;
  return k;
}

/** The next header row below row `r`, or the sheet's end. */
/**
 * Where the table under header row `r` ends, past the same header printed again (each page's top): the next header
 * naming other columns, or the sheet's end.
 */
function pastHeaderAgain(texts: RowTexts, headerSet: ReadonlySet<number>, r: number, height: number): number {
  const words = (k: number) => texts[k].map((t) => `${t.c}:${collapse(t.text).toLowerCase()}`).join('|');
  const own = words(r);
  let next = nextHeader(headerSet, r, height);
  while (next < height && words(next) === own) next = nextHeader(headerSet, next, height);
  return next;
}

function nextHeader(headerSet: ReadonlySet<number>, r: number, height: number): number {
  let next = height;
  for (const h of headerSet) if (h > r && h < next) next = h;
  return next;
}

/**
 * Whether a dated update belongs to its action: the action is the one just above, its rows since all its own (an
 * update under it), or the row below it reads as an action (an update grouped over it, the sheet's summary below).
 */
function belongsTo(update: UpdateLine, open: { action: RawAction; start: number; last: number } | null, owner: RowContext): boolean {
  if (update.owner < update.r) return open !== null && open.start === update.owner && open.last === update.r - 1;
  return classifyRow(owner).kind === 'action';
}

/**
 * A row of a small table under the plan ('Progress RAG key | Meaning' over its entries, 'Version | Date | Author |
 * Changes' over its versions): no action. Its key entries still give the plan's key; its header, and each row that
 * would otherwise read as an action, are named to the user with why.
 */
function readOtherTableRow(other: OtherTable & { row: number }, isHeader: boolean, x: RowContext, state: WalkState, out: ReturnType<typeof walkRows>): void {
  const sheetRow = x.sheet.sheetRow(x.r);
  out.otherTableRows.push(x.r);
  // The table's rows fill its own columns, not the plan's: a label filled in its colour beside what it means is a key
  // entry though the meaning falls under the plan's timescale or lead column (the plan's columns in another order).
  const asPlan = classifyRow(x);
  const asTable = asPlan.kind === 'legend' ? asPlan : classifyRow({ ...x, columns: {} });
  const reading = asTable.kind === 'legend' ? asTable : asPlan;
  // A row the reader already names for what it is (a key entry, a sign-off, a count, a figure in the action column) keeps
  // that reading and its reason; only what would have been an action, or a heading, is named as the table's.
  const named = reading.kind === 'legend' || reading.kind === 'sign-off' || reading.kind === 'summary' || (reading.kind === 'footnote' && reading.why);
  if (named) {
    out.kinds[x.r] = reading.kind;
    takeReading(reading, state, out, x);
    return;
  }
  out.kinds[x.r] = 'footnote';
  // A title alone on its row ('Glossary') is named no more than a caption above a table's header is: no one takes it for an action.
  if ((!isHeader || x.texts.length === 1) && reading.kind !== 'action') return;
  const why = isHeader ? other.why ?? "its cells are short labels heading another table under the plan, not an action's text, lead, timescale or status" : otherTableWhy(other);
  out.setAside.push({ row: sheetRow, text: x.texts.map((t) => t.text).join(' | '), kind: 'table', why });
}

/** What another table under the plan is, in words. */
const TABLE_NAME: Record<OtherTable['kind'], string> = { table: 'another table', versions: "the plan's version history", 'sign-off': 'a sign-off box', glossary: 'a glossary' };

/** Why a row of another table under the plan is none of its actions, naming the table by its first row. */
function otherTableWhy(other: OtherTable & { row: number }): string {
  const first = other.header.slice(0, 60);
  if (other.kind === 'table') return `it sits in the table headed '${first}' (row ${other.row}) under the plan`;
  if (other.kind === 'versions') return `it sits in the plan's version history headed '${first}' (row ${other.row}): a change made to the document, not something to do`;
  const what = other.kind === 'sign-off' ? 'labels and their values about the plan (who signs, leads or reviews it, and when)' : 'a term and what it means';
  return `it sits in ${TABLE_NAME[other.kind]} under the plan that starts '${first}' (row ${other.row}): ${what}, not something to do`;
}

/** A row with text in the action column that the walk read as something else, with why (for the user). */
export interface SetAsideRow {
  row: number;
  text: string;
  kind: 'objective' | 'summary' | 'summary-task' | 'note' | 'sign-off' | 'continuation' | 'update' | 'table' | 'example' | 'guidance' | 'key' | 'withdrawn' | 'no-action' | 'log-record' | 'archived' | 'instructions' | 'national-date' | 'finding' | 'part' | 'earlier-year' | 'placeholder' | 'dropped' | 'copy';
  why: string;
}

/**
 * In a 'Measures and timescales' column (no timescale column of its own), the deadline the measure's sentence gives
 * ('… complete the programme by March 2022, and …') is the action's due. A bare year ('in the 2022 staff survey') names
 * the data the measure is taken from, not a deadline: no due.
 */
function takeDueInMeasure(sheet: SheetView, r: number, read: ReturnType<typeof readActionFields>, c: number): void {
  if (read.fields.due.trim() || !read.fields.outcome.trim()) return;
  const due = findDueInText(read.fields.outcome);
  if (!due || /^(?:the\s+)?(?:\d{4}|\d{4}\/\d{2,4})\b/i.test(due)) return;
  const cell = sheet.address(r, c);
  read.fields.due = due;
  read.dueValue = due;
  read.cells = { ...read.cells, due: sheet.letter(c) };
  read.sources.due = { kind: 'column', cell, why: `Timescale: '${due}', the deadline the measure in ${cell} states (its header names measures and timescales)` };
}

/** A section heading that gives the actions under it their status ('Completed (5 actions)') or lead ('Chief Nurse'), for that field's evidence. */
export interface StatusSectionRow {
  row: number;
  heading: string;
  cell: string;
}

/**
 * In a theme column written once per group (an area on its group's first row, blank below: 'Commitment and collaboration'
 * over three actions), an action's own theme starts a group and a blank one is the group's: the theme above, until the
 * next, a subtotal closing the group, or a header.
 */
function takeGroupTheme(sheet: SheetView, r: number, read: ReturnType<typeof readActionFields>, state: WalkState, assignment: ColumnAssignment): void {
  const c = assignment.map.theme!;
  if (read.fields.theme.trim()) {
    state.themeGroup = { theme: read.fields.theme, cell: sheet.address(r, c) };
    return;
  }
  if (!state.themeGroup) return;
  read.fields.theme = state.themeGroup.theme;
  read.sources.theme = { kind: 'column', cell: state.themeGroup.cell, why: `Theme: '${collapse(state.themeGroup.theme)}', written once above for its group (${state.themeGroup.cell})` };
}

/** What carries down the rows: the block's indicators, the theme, and the objective the actions sit under. */
interface WalkState {
  block: Block;
  theme: string | null;
  objective: { ref: string; block: Block | null } | null;
  /** The short objective over the current block, when the objective column is written once over each block (blank below). */
  titled: string;
  /** The lead written once over the current group of actions (blank below it), and its cell, when the lead column is so. */
  group?: { lead: string; cell: string } | null;
  /** The last action row whose own indicator cell named something: the first row of its group. */
  indicatorRow?: number;
  /** The theme of the last action whose own indicator cell named something, and its row: where a blank below carries it. */
  indicatorTheme?: { theme: string; row: number };
  /** Who a line above the plan names as its author, once looked for (null: none). */
  author?: { name: string; row: number } | null;
  /** The lead and timescale of the last action read from their columns, and their cells: what an 'as above' below means. */
  above?: Partial<Record<'lead' | 'due', { value: string; cell: string; raw: CellValue } | null>>;
  /** The theme written once over the current group of actions (blank below it), and its cell, when the theme column is so. */
  themeGroup?: { theme: string; cell: string } | null;
  /** The block's indicators were named by a section heading: the next section heading replaces them, naming some or none. */
  fromSection?: boolean;
  /** The theme a section heading naming no indicator set ('B. Needs better inclusive practice'), over the metrics' findings under it. */
  groupTheme?: string | null;
  /** The status the section heading above names ('Completed (5 actions)'), until the next section heading. */
  status?: SectionStatus | null;
  /** The person or post the last section row naming one names ('Chief Nurse'): the lead, when the plan has no lead column. */
  lead?: SectionLead | null;
  /** The timescale the section heading above states ('Short term – by 31 March 2019'), until the next section heading. */
  due?: SectionDue | null;
  /** The project plan's summary task the rows now sit under (`findSummaryTasks`). */
  summary?: SummaryTask | null;
  /**
   * The section heading above says its rows are a log's records ('Section B – Risks and issues') or the plan's declaration
   * ('Section E – Declaration'), not actions, and why.
   */
  record?: { heading: string; row: number; says: string; kind: 'log-record' | 'sign-off' } | null;
}

/**
 * A project plan's summary task: read as a section heading (its name the theme of the tasks under it), or — the project's
 * own summary task, naming the plan — as the plan's title, over no theme. Named to the user with why (`out`), the first
 * time only: a task coming back to it after a deeper group takes it again silently.
 */
function takeSummaryTask(summary: SummaryTask, state: WalkState, out: ReturnType<typeof walkRows> | null, x: RowContext): void {
  const item = itemUnderHeading(summary, state);
  if (summary.title) {
    Object.assign(state, { theme: null, status: null, due: null, record: null, objective: null, fromSection: false, block: { indicator: null, indicators: [] } });
  } else if (!item) {
    takeReading({ kind: 'section', heading: summary.heading, indicator: null }, state, out ?? noOut(), x);
  }
  state.summary = summary;
  if (!out) return;
  out.kinds[x.r] = summary.title ? 'title' : 'section';
  if (summary.title) out.titleTasks.push({ row: x.sheet.sheetRow(x.r), text: summary.heading });
  out.setAside.push({ row: x.sheet.sheetRow(x.r), text: summary.heading, kind: 'summary-task', why: item ?? summary.why });
}

/**
 * A summary task that is one of the plan's items broken into parts (an action stands beside it at its level:
 * `besideAction`), under a heading row of the plan's own that is their theme ('Priority 1 – Fair recruitment …'): its
 * parts keep that heading's theme and indicators, as the actions beside it do — the item's wording is finer context,
 * and taking it for some actions and the heading for others would sort the plan two ways. The why, or null when the
 * summary task is a heading (no action beside it, or no heading row above it: a project plan's workstreams).
 */
function itemUnderHeading(summary: SummaryTask, state: WalkState): string | null {
  if (summary.title || summary.besideAction === undefined || !state.theme) return null;
  // The theme must be a heading row's of the plan's own: not a summary task's name (a workstream over its tasks), nor
  // under a summary task read as a heading.
  if (state.summary && (state.summary.besideAction === undefined || state.theme === state.summary.heading)) return null;
  const heading = state.theme.length > 60 ? `${state.theme.slice(0, 57)}…` : state.theme;
  return `${summary.why.replace(/; its name is their theme$/, '')}; but it is one of the plan's items broken into parts (row ${summary.besideAction} is an action at its level), not a heading: its parts keep the theme of the heading above, '${heading}'`;
}

/** A tally thrown away: what a summary task taken again would add to the walk's (nothing new). */
function noOut(): ReturnType<typeof walkRows> {
  return { colourKey: null, coloured: 0, kinds: [], legend: [], actions: [], unmappedHeaders: [], crossReferences: [], setAside: [], statusSections: [], leadSections: [], dueSections: [], otherTableRows: [], titleTasks: [] };
}

/**
 * The lead as a project plan's Resource Names give it: each resource's units of work left off ('Workforce Information
 * Manager[50%]' is the manager at half time, not part of the name) and resources Project joins with a bare comma set
 * apart ('OD Manager,BME Staff Network Chair' → 'OD Manager, BME Staff Network Chair'). Before that, a cell naming the
 * lead among those supporting it gives the lead alone (`readNamedLead`: 'RT (L), MW', 'Chief Nurse\nsupported by …').
 * The lead's source says so.
 */
function takeResourceNames(read: ReturnType<typeof readActionFields>): void {
  const names = leadNamesOf(read.fields.lead);
  if (!names) return;
  read.fields.lead = names.lead;
  if (read.sources.lead) read.sources.lead = { ...read.sources.lead, why: names.why };
}

/**
 * The lead a lead cell names among those supporting it, or as a project plan's resources give it (see takeResourceNames),
 * worked out once per distinct cell: a plan writes a few leads over all its actions. (The answer is only read, never changed.)
 */
const leadNamesOf = memoiseText((lead: string) => readNamedLead(lead) ?? readResourceNames(lead));

/** A section heading stating when its actions are done: the heading as the timescale, its row and cell, where it came from. */
interface SectionDue {
  due: string;
  row: number;
  heading: string;
  column: string;
  source: FieldSource;
}

/** Where a section heading stating when sits, and why its actions take their timescale from it, in words. */
function dueSection(due: string, x: RowContext): SectionDue {
  const c = x.texts[0]?.c ?? 0;
  const row = x.sheet.sheetRow(x.r);
  const cell = x.sheet.address(x.r, c);
  const shown = due.length > 60 ? `${due.slice(0, 57)}…` : due;
  return { due, row, heading: shown, column: x.sheet.letter(c), source: { kind: 'section', cell, why: `Due: from the section heading on row ${row}, '${shown}' (a heading that says when its actions are done, not what they are about)` } };
}

/**
 * An action that states no timescale of its own — its timescale cell blank or the plan without one, none behind a label
 * ('Due: …') — takes the timescale of the section heading it sits under. A timescale the action states in its own cell
 * or label keeps it: the action's own word is the nearer. A date the reader only found inside the action's sentence
 * does not: under headings that sort the plan by when, the heading is the plan's stated timescale, while a year in a
 * sentence often names the data, not the deadline ('errors found in the 2018 WRES return').
 */
function takeSectionDue(read: ReturnType<typeof readActionFields>, section: SectionDue | null | undefined, out: ReturnType<typeof walkRows>): void {
  if (!section || (read.fields.due.trim() && read.sources.due?.kind !== 'action text')) return;
  read.fields.due = section.due;
  read.dueValue = section.due;
  read.dueShown = false;
  read.cells = { ...read.cells, due: section.column };
  read.sources.due = section.source;
  if (!out.dueSections.some((s) => s.cell === section.source.cell)) out.dueSections.push({ row: section.row, heading: section.heading, cell: section.source.cell });
}

/** A section row naming who is accountable: the lead as written, the heading (the theme it would otherwise be), its cell. */
interface SectionLead {
  lead: string;
  heading: string;
  row: number;
  cell: string;
  column: string;
  /** Read behind a label in a cell beside the heading ('Lead: …'), not from the heading's own words: the heading stays the theme. */
  beside?: true;
  /** Read from a line under the heading ('Workstream lead: …'): the heading stays the theme, and the lead ends with its block. */
  under?: true;
}

/**
 * A plan with no lead column (nor a responsibility matrix) may group its actions under section rows that each name who
 * is accountable for them ('Chief People Officer', 'Director of Corporate Affairs'): an action under such a row, while it
 * is still the section the action sits in (no subject heading since), takes its lead from it — unless the action names
 * its own ('Lead: …' in its text) — and the row is no theme. A plan with a lead column keeps such rows as themes.
 * Returns whether the section's row gave the lead (so is not the theme).
 */
function takeSectionLead(read: ReturnType<typeof readActionFields>, state: WalkState, assignment: ColumnAssignment, out: ReturnType<typeof walkRows>): boolean {
  const section = state.lead;
  if (!section || assignment.map.lead !== undefined || assignment.leadMatrix.length > 0) return false;
  if (!read.fields.lead.trim()) {
    read.fields.lead = section.lead;
    read.cells = { ...read.cells, lead: section.column };
    const why = section.beside ? `Lead: '${section.lead}', labelled on the heading row ${section.row} (${section.cell}) for every action under it` : section.under ? `Lead: '${section.lead}', named for the block on row ${section.row} (${section.cell}), under its heading (the plan has no lead column)` : `Lead: from section row ${section.row} '${section.heading}' (the plan has no lead column)`;
    read.sources.lead = { kind: 'section', cell: section.cell, why };
    if (!out.leadSections.some((s) => s.cell === section.cell)) out.leadSections.push({ row: section.row, heading: section.heading, cell: section.cell });
  }
  return state.theme === section.heading;
}

/**
 * In a lead column written once per group (a pivot's row label, blank below it), an action's own lead starts a group and
 * a blank one is the group's: the lead above, until the next lead, a subtotal closing the group, or a header.
 */
function takeGroupLead(sheet: SheetView, r: number, read: ReturnType<typeof readActionFields>, state: WalkState, assignment: ColumnAssignment): void {
  const c = assignment.map.lead!;
  if (read.fields.lead.trim()) {
    state.group = { lead: read.fields.lead, cell: sheet.address(r, c) };
    return;
  }
  if (!state.group) return;
  read.fields.lead = state.group.lead;
  read.sources.lead = { kind: 'column', cell: state.group.cell, why: `Lead: '${collapse(state.group.lead)}', written once above for its group (${state.group.cell})` };
}

/**
 * A lead or timescale cell saying 'as above' ('ditto', 'same as above', '"'): the lead or timescale of the action read
 * above it, itself perhaps taken so, and the user is told whose it is. Any other value read from the column is the one an
 * 'as above' below it means.
 */
function takeValueAbove(read: ReturnType<typeof readActionFields>, state: WalkState, field: 'lead' | 'due'): void {
  const source = read.sources[field]!;
  const above = (state.above ??= {});
  if (!saysAsAbove(read.fields[field])) {
    above[field] = read.fields[field].trim() ? { value: read.fields[field], cell: source.cell, raw: field === 'due' ? read.dueValue : null } : null;
    return;
  }
  const was = above[field];
  if (!was) return;
  const said = collapse(read.fields[field]);
  read.fields[field] = was.value;
  // A timescale is read from the cell's own value (a date, not its display): the one above's.
  if (field === 'due') read.dueValue = was.raw;
  read.sources[field] = { ...source, why: `${field === 'lead' ? 'Lead' : 'Timescale'}: '${collapse(was.value)}', the ${field === 'lead' ? 'lead' : 'timescale'} in ${was.cell} that '${said}' in ${source.cell} points to` };
}

/** A lead written in the first person: the one who wrote the plan ('me', 'Me', 'myself', 'me (EDI lead)'). */
const SAYS_ME = /^\s*(?:me|myself)\s*(?:\([^)]*\))?\s*$/i;

/** A lead of 'me' is the plan's author, where a line above the plan names them; else it stays as written. */
function takeAuthorLead(read: ReturnType<typeof readActionFields>, state: WalkState, find: () => { name: string; row: number } | null, sheet: SheetView): void {
  if (state.author === undefined) state.author = find();
  const author = state.author;
  if (!author) return;
  const said = collapse(read.fields.lead);
  read.fields.lead = author.name;
  read.sources.lead = { ...read.sources.lead!, why: `Lead: '${author.name}', who wrote the plan (row ${sheet.sheetRow(author.row)} names them): '${said}' in ${read.sources.lead!.cell} is the author speaking` };
}

/** A status given by the section heading the actions sit under: its words, the heading's fill, where it is and why. */
interface SectionStatus {
  status: string;
  fill: string | null;
  source: FieldSource;
}

/**
 * The status a section heading gives the actions under it, with where it came from in words. A heading filled in a
 * RAG colour states that status's colour, as a key does: the status joins the plan's key unless the key names it already.
 */
function statusSection(status: string, heading: string, out: ReturnType<typeof walkRows>, x: RowContext): SectionStatus {
  const c = x.texts[0]?.c ?? 0;
  const fill = x.sheet.fill(x.r, c);
  const rag = fillToRag(fill);
  if (rag && !findKeyEntry(status, { entries: out.legend, source: 'legend' })) out.legend.push({ rag, label: status, aliases: [] });
  const row = x.sheet.sheetRow(x.r);
  const shown = heading.length > 60 ? `${heading.slice(0, 57)}…` : heading;
  const source: FieldSource = { kind: 'section', cell: x.sheet.address(x.r, c), why: `Status: from the section heading '${shown}' on row ${row}` };
  out.statusSections.push({ row, heading: shown, cell: source.cell });
  return { status, fill, source };
}

/** Where a section row naming who is accountable sits: its row and first cell, for the lead's source. */
/**
 * A heading row whose other cell gives its group's lead and deadline behind labels ('Metrics 4a and 4b – Harassment' |
 * 'Lead: Head of Patient Experience\nDeliver by: December 2024'): the heading stays its actions' theme, and each action
 * under it naming no lead or timescale of its own takes the labelled values, until the next heading. The heading's own
 * words (a post, a time) come first.
 */
function takeLabelsBeside(state: WalkState, x: RowContext, hasLead: boolean, hasDue: boolean): void {
  const heading = x.texts[0];
  for (const t of x.texts) {
    if (t === heading || (hasLead && hasDue)) continue;
    const labelled = readLabelledValues(t.text);
    const row = x.sheet.sheetRow(x.r);
    const cell = x.sheet.address(x.r, t.c);
    const shown = collapse(t.text).length > 60 ? `${collapse(t.text).slice(0, 57)}…` : collapse(t.text);
    if (labelled.lead && !hasLead) {
      state.lead = { lead: labelled.lead, heading: shown, row, cell, column: x.sheet.letter(t.c), beside: true };
      hasLead = true;
    }
    if (labelled.due && !hasDue) {
      const why = `Due: '${labelled.due}', labelled on the heading row ${row} (${cell}) for every action under it`;
      state.due = { due: labelled.due, row, heading: shown, column: x.sheet.letter(t.c), source: { kind: 'section', cell, why } };
      hasDue = true;
    }
  }
}

function leadSection(lead: string, heading: string, x: RowContext): SectionLead {
  const c = x.texts[0]?.c ?? 0;
  return { lead, heading, row: x.sheet.sheetRow(x.r), cell: x.sheet.address(x.r, c), column: x.sheet.letter(c) };
}

/**
 * Where the plan writes each action's status as the opening words of a cell ('ON TRACK – …' in green), those words are
 * the status — set apart in a RAG colour, or in the cell's own colour when they are a colour word or a status the usual
 * vocabulary names ('NOT STARTED' in black, 'Blue – …': `isUsualStatus`) — and their colour its RAG. From an update the status is those words (the update keeps its
 * whole text); in a status column the cell's text stays the status as written.
 */
function takeOpeningStatus(sheet: SheetView, r: number, c: number, action: RawAction, statusColumn: boolean, plain: boolean, remarks: boolean, progressFree: boolean): void {
  if (!statusColumn && action.fields.status.trim()) return;
  const opening = readOpeningStatus(sheet.text(r, c), sheet.runs(r, c));
  if (!opening && statusColumn && remarks && progressFree) return takeRemarksOnly(sheet, r, c, action);
  // In a status column of statuses and remarks, every cell's opening words are its status, usual or not ('Carried
  // forward – session booked for June'): the column has shown it is written so.
  if (!opening || (!opening.colour && !isUsualStatus(opening.status) && !(statusColumn && remarks))) return;
  const cell = sheet.address(r, c);
  // In a plan whose updates open with plain status words, the words' own colour is the RAG, as any status's is.
  if (!plain || opening.colour) action.statusRun = { words: opening.status, colour: opening.colour, cell };
  // A status column's text is the status as written ('Amber – some delay', a colour and its key's words); an update
  // gives only its opening words. So does a status column whose cells run on past their status with remarks on how each
  // action went ('Complete – policy amended and in use') when the plan keeps no progress column: that cell is the
  // action's progress too, kept whole there.
  if (statusColumn && !(remarks && progressFree)) return;
  action.fields.status = opening.status;
  if (!statusColumn) {
    action.sources = { ...action.sources, status: { kind: 'label', cell, why: `the words the update in ${cell} opens with, set off by a dash or colon` } };
    return;
  }
  action.fields.progress = sheet.text(r, c).trim();
  const why = `the words ${cell} opens with, before a dash or colon; the remark after them differs from action to action, so the cell is its progress too`;
  action.sources = { ...action.sources, status: { kind: 'label', cell, why }, progress: { kind: 'column', cell, why: `the whole of ${cell}, which opens with the status` } };
}

/**
 * In a status column whose cells open with a status and run on with remarks, a cell of remarks alone, a sentence of a
 * few words and no status ('Scheduled for Q4; facilitators being trained.'), states no status: it is the action's
 * progress (holdout93 tansley). A status word alone ('Ongoing') stays the status.
 */
function takeRemarksOnly(sheet: SheetView, r: number, c: number, action: RawAction): void {
  const text = sheet.text(r, c).trim();
  if (!text || isUsualStatus(text) || text.split(/\s+/).length < 4) return;
  const cell = sheet.address(r, c);
  action.fields.status = '';
  action.fields.progress = text;
  action.sources = { ...action.sources, progress: { kind: 'column', cell, why: `the whole of ${cell}: its column's cells open with a status before their remarks, and this one opens with none` } };
}

/**
 * With no status column (nor a status band, nor a key in another column's header), an action that states no status
 * of its own — no text, no colour — takes the status of the section heading it sits under.
 */
function takeSectionStatus(action: RawAction, section: SectionStatus | null | undefined, assignment: ColumnAssignment): void {
  if (!section || assignment.map.status !== undefined || assignment.statusMarks.length > 0 || assignment.keyColumn !== undefined) return;
  if (action.fields.status.trim() || action.statusFill !== null) return;
  action.fields.status = section.status;
  action.statusFill = section.fill;
  action.sources = { ...action.sources, status: section.source };
}

/**
 * A section row read right under the section row `above` (or under the lines already read as describing it; nothing but blank rows between) that describes the block
 * `above` heads — its success metrics, its aim, the wording of its indicator, the goal under a numbered area
 * (`describesBlock`) — read as a note with why: the block keeps its heading's theme and indicators.
 */
function describingSection(reading: RowReading, above: { r: number; heading: string; last: number } | null, x: RowContext, texts: readonly (readonly unknown[])[]): RowReading | null {
  if (reading.kind !== 'section' || !reading.heading || !above) return null;
  for (let k = above.last + 1; k < x.r; k++) if (texts[k].length) return null;
  // The heading restated with what its block has done ('Support – We have trained …' under 'Support'): the block's.
  // A line naming who leads the block ('Workstream lead: Head of Resourcing'): the heading's, its lead for the block.
  const leadLine = readBlockLeadLine(reading.heading);
  if (leadLine) return { kind: 'footnote', why: `it names who leads the block under '${above.heading}' (row ${x.sheet.sheetRow(above.r)}), behind its label '${leadLine.label}': the block's lead, not a heading of its own`, lead: leadLine.lead };
  const restated = restatesHeading(reading.heading, above.heading);
  if (restated) return { kind: 'footnote', why: `${restated}, under it on row ${x.sheet.sheetRow(above.r)}: context, not the block's heading` };
  // An action left alone on its row ('Publish the targets') or a sentence heads no block that a line could describe.
  if (startsWithVerb(above.heading) || /[.;]$/.test(above.heading)) return null;
  const why = describedUnder(reading.heading, above.heading, x.sheet.sheetRow(above.r));
  return why ? { kind: 'footnote', why } : null;
}

/**
 * Whether a row gives figures, most of its cells one figure each ('2023 | 4.1% | 2024 | 4.6% | of workforce on ESR'):
 * a block's data under its heading, read as a note, after which the heading may still be described.
 */
function givesFigures(cells: readonly { text: string }[]): boolean {
  let figures = 0;
  for (const t of cells) if (isFigure(t.text)) figures++;
  return figures >= 2 && figures * 2 > cells.length;
}

/**
 * A section row opening with a bullet ('• Carried over from 2022/23', '- Progress will be reviewed …') that no heading
 * above it describes: an item of a list, never a heading, so it is a note and the rows below keep the theme they had.
 */
function listItem(reading: RowReading): RowReading | null {
  return reading.kind === 'section' && reading.heading && startsWithBullet(reading.heading) ? { kind: 'footnote', why: 'it opens with a bullet: an item of a list, never a heading, so the actions below keep the theme they had' } : null;
}

/**
 * A section row that remarks on the actions around it (a comment signed and dated, a note of a change to the plan, the
 * meeting the actions were raised at: `remarksOnActions`), or a paragraph of sentences naming no indicator (a caveat
 * merged across under the header: 'COVID-19: classroom-based development was suspended … The Due column shows the
 * re-phased dates …', holdout74 winterslade): a note with why, so the rows below keep the theme they had.
 */
function remark(reading: RowReading): RowReading | null {
  if (reading.kind !== 'section' || !reading.heading) return null;
  const why = remarksOnActions(reading.heading) ?? (isParagraph(reading.heading) && !NAMES_INDICATOR.test(reading.heading) ? PARAGRAPH_WHY : null);
  return why ? { kind: 'footnote', why } : null;
}

/** Why a paragraph of sentences heads nothing. */
const PARAGRAPH_WHY = 'it is a paragraph of sentences (a note or caveat on the plan), not a heading naming what the actions below are about, so they keep the theme they had';

/** What a row that is not an action gives the rows below it: a key, a theme, a block's indicators, an objective. */
function takeReading(reading: RowReading, state: WalkState, out: ReturnType<typeof walkRows>, x: RowContext): void {
  const sheetRow = x.sheet.sheetRow(x.r);
  if (reading.kind === 'legend') {
    // Each entry keeps where it was read (the row's first cell), for the reasons of the statuses it decodes.
    const cell = x.sheet.address(x.r, x.texts[0]?.c ?? 0);
    for (const entry of reading.entries) out.legend.push({ ...entry, cell });
    // A key's row with text in the action column ('BRAG' | 'B' | 'Complete' under the plan) is one the user might have
    // expected as an action: it is named with why.
    const action = x.columns?.action;
    if (reading.why && action !== undefined && x.sheet.text(x.r, action).trim()) out.setAside.push({ row: sheetRow, text: x.texts.map((t) => t.text).join(' | '), kind: 'key', why: reading.why });
  }
  else if (reading.kind === 'indicator-heading') {
    state.block = reading.indicators?.length ? { indicator: reading.indicators[0], indicators: reading.indicators } : headingBlock(reading.names ?? collapse(x.texts[0].text), x.standard, blockOf(reading.indicator, state.block));
    state.objective = null;
    state.fromSection = false;
  } else if (reading.kind === 'section' && reading.heading) {
    // A caption naming a status or a period ("Completed during 2022/23") sorts the actions by progress or time, not
    // by subject: no theme for the actions under it.
    const caption = readStatusCaption(reading.heading);
    // One naming no status ('A. Carried forward from 2023-24', 'Added at the mid-year review – …') says when or where its
    // actions came from: the user is told why it gives them no theme.
    if (caption && !caption.status) out.setAside.push({ row: sheetRow, text: reading.heading, kind: 'note', why: 'it says when or where its actions came into the plan, not what they are about, so it gives them no theme' });
    // A heading stating when ('Short term – by 31 March 2019', 'Year 1 (2021/22)') sorts the actions by time: it gives
    // their timescale, not their theme. A status caption ('Completed during 2022/23') dates the status, not a deadline.
    const when = caption?.status ? null : readTimescaleSection(reading.heading);
    // A caption saying whose actions follow ('Part 2 – Divisional actions', 'Actions owned by the Executive Team')
    // splits the plan by owner, not by subject: no theme either, and the user is told why.
    const scope = caption || when ? null : namesScopeOrOwner(reading.heading);
    if (scope) out.setAside.push({ row: sheetRow, text: reading.heading, kind: 'note', why: `it says whose actions follow ('${scope}'), a part of the plan and not what they are about, so it gives them no theme` });
    // A caption naming what the table lists ('2. What we will do', 'Section 4 – Our actions') heads all of it: no theme.
    // (A name the row defines beside it, 'Actions' | 'Measurable actions and outcomes …', is a block's, not the table's.)
    const contents = caption || when || scope || reading.defined ? null : namesTableContents(reading.heading);
    if (contents) out.setAside.push({ row: sheetRow, text: reading.heading, kind: 'note', why: contents });
    const own = headingBlock(reading.names ?? reading.heading, x.standard, blockOf(reading.indicator, { indicator: null, indicators: [] }));
    const under = caption || when || scope || contents ? null : findingUnderGroup(reading.heading, own, state.groupTheme ?? null);
    if (under) out.setAside.push({ row: sheetRow, text: reading.heading, kind: 'note', why: under });
    state.theme = under ? state.groupTheme ?? null : caption || when || scope || contents ? null : reading.heading;
    state.groupTheme = under || own.indicators.length ? state.groupTheme : state.theme;
    const log = namesRecordLog(reading.heading);
    const declaration = log ? null : namesDeclaration(reading.heading);
    state.record = log ? { heading: reading.heading, row: sheetRow, says: log, kind: 'log-record' } : declaration ? { heading: reading.heading, row: sheetRow, says: declaration, kind: 'sign-off' } : null;
    state.status = caption?.status ? statusSection(caption.status, reading.heading, out, x) : null;
    state.due = when ? dueSection(when, x) : null;
    // A row naming who is accountable ('Chief Nurse') starts that person's actions; a subject heading under it keeps them.
    const lead = caption || when ? null : readLeadSection(reading.heading);
    if (lead) state.lead = leadSection(lead, reading.heading, x);
    // A lead the heading's group had only beside its heading ends with the group: the next heading names its own or none.
    else if (state.lead?.beside || state.lead?.under) state.lead = null;
    takeLabelsBeside(state, x, Boolean(lead), Boolean(when));
    // A section that names no indicator ("Governance") after one that did ends that one's indicators.
    const kept = state.fromSection ? { indicator: null, indicators: [] } : state.block;
    state.block = headingBlock(reading.names ?? reading.heading, x.standard, blockOf(reading.indicator, kept));
    if (state.block.worded && state.block !== kept) state.block = { ...state.block, source: wordedSource(reading.names ?? reading.heading, state.block, x.standard, x.sheet.address(x.r, x.texts[0]?.c ?? 0), 'section') };
    state.fromSection = state.block.indicators.length > 0;
    state.objective = null;
  } else if (reading.kind === 'objective') {
    const own = objectiveBlock(x, reading.heading);
    state.theme = reading.heading;
    state.block = own ?? { indicator: null, indicators: [] };
    state.objective = { ref: reading.ref, block: own };
    state.fromSection = false;
    out.setAside.push({ row: sheetRow, text: reading.heading, kind: 'objective', why: reading.why });
  } else if (reading.kind === 'footnote' && reading.why) {
    out.setAside.push({ row: sheetRow, text: x.texts.map((t) => t.text).join(' | '), kind: 'note', why: reading.why });
    if (reading.lead) state.lead = { ...leadSection(reading.lead, collapse(x.texts[0]?.text ?? ''), x), under: true };
  }
  else if (reading.kind === 'summary' || reading.kind === 'sign-off' || reading.kind === 'example' || reading.kind === 'guidance') {
    // A subtotal or grand total closes the groups above it: what its rows carried down (a lead, a metric) stops there,
    // in the columns from its label leftwards (an inner 'M4a Total' closes the metric's group, not the lead's).
    const from = reading.kind === 'summary' ? reading.closesFrom : undefined;
    if (from !== undefined) {
      if (x.columns?.lead !== undefined && x.columns.lead >= from) state.group = null;
      if (x.columns?.theme !== undefined && x.columns.theme >= from) state.themeGroup = null;
      if (x.columns?.indicator !== undefined && x.columns.indicator >= from && !state.fromSection) state.block = { indicator: null, indicators: [] };
    }
    out.setAside.push({ row: sheetRow, text: x.texts.map((t) => t.text).join(' | '), kind: reading.kind, why: reading.why });
  }
  else if (reading.kind === 'cross-reference') out.crossReferences.push({ row: sheetRow, text: reading.text, target: reading.target });
}

/**
 * A section row that names an indicator and runs on after its title to state how the metric stands ('Metric 8 –
 * Reasonable adjustments*: 71.8% of disabled staff say …', 'Metric 9b – Disabled Staff Forum: in place, with an
 * executive sponsor'), under a heading naming no indicator (a group sorting the metrics by how their results look,
 * 'B. Needs better inclusive practice and/or communication'; holdout56 marlowdene), or labelled as the metric's data
 * ('Indicator 9 data – BME Board voting members 7.7% …' under 'Theme 3: …'; holdout66 ravensholme): the metric's finding, which gives
 * the actions under it their indicators, while the group heading above stays their theme. The why, or null when the
 * row names no indicator, states no finding, or no such group heading is open.
 */
function findingUnderGroup(heading: string, own: Block, group: string | null): string | null {
  if (!group || !own.indicators.length) return null;
  if (!statesAfterTitle(heading.trim()) && !statesFinding(heading) && !DATA_LABEL.test(heading)) return null;
  const names = own.indicators.length > 1 ? `metrics ${own.indicators.join(', ')}` : `metric ${own.indicators[0]}`;
  return `it names ${names} and states how it stands: it gives the actions under it their indicators, while their theme stays the group heading '${group}'`;
}

/**
 * An indicator's number, its title, then a colon and how it stands ('Metric 2 – Appointment from shortlisting:
 * non-disabled applicants 1.21 times …', 'Metric 9b – Disabled Staff Forum: in place'). `statesAfterTitle` asks for a
 * title before the colon or a figure after it: with neither, the words after the colon are the title itself
 * ('Metric 2: Relative likelihood of …', 'Indicator 8 (Sept 19): discrimination from a manager').
 */
const FINDING_AFTER_TITLE = /^(?:(?:wres|wdes)\s+)?(?:metric|indicator)\s*\d{1,2}[a-d]?\b([^:]{0,80}):\s*(\S.{8,})/i;

/**
 * A metric's row labelled as its data ('Indicator 2 data – relative likelihood … 2023 1.62, 2024 1.48', 'Metric 8
 * figures: …', 'WDES 4 results –'): how the metric stands, however long the measure's name before its figures.
 */
const DATA_LABEL = /^(?:(?:wres|wdes)\s+)?(?:metric|indicator)s?\s*\d{1,2}[a-d]?\s+(?:data|figures?|results?|baseline)\s*[:–—-]/i;

/** Whether a metric heading states how the metric stands after its title (see `FINDING_AFTER_TITLE`). */
function statesAfterTitle(heading: string): boolean {
  const m = FINDING_AFTER_TITLE.exec(heading);
  return m !== null && (/\p{L}/u.test(m[1].replace(/\([^()]*\)/g, '')) || /\d/.test(m[2]));
}

/** The indicators an objective row names: in its indicator cell, else in its own words ("… (indicators 1 and 9)"). */
function objectiveBlock(x: RowContext, heading: string): Block | null {
  const c = x.columns?.indicator;
  const cell = c === undefined ? '' : x.sheet.text(x.r, c).trim();
  const named = cell ? readIndicatorCell(cell, x.standard) : null;
  if (named?.ids.length) return blockOfReading(named);
  const mentioned = indicatorsMentioned(heading, x.standard);
  return mentioned.length ? { indicator: mentioned[0], indicators: mentioned } : null;
}

/** The indicators carried down to the actions under them; `worded` when named by a title alone (no number). */
type Block = { indicator: string | null; indicators: readonly string[]; worded?: boolean; source?: FieldSource };

const blockOfReading = ({ ids, worded }: IndicatorCellReading): Block => ({ indicator: ids[0] ?? null, indicators: ids, worded });

/**
 * Adds a continuation row's lines to the action above. A lead or timescale the plan writes behind a label, or at the
 * end of the action's sentence, may sit on the continuation row (the rest of a wrapped cell ends "Lead: Head of OD"):
 * one the action has not found yet is read from the added lines, and says it was found on that row.
 */
const CONTINUED: readonly ContinuedField[] = ['action', 'progress', 'outcome', 'lead'];

function carryOn(action: RawAction, more: Continuation, sheet: SheetView, r: number, assignment: ColumnAssignment): void {
  for (const f of CONTINUED) {
    const text = more[f];
    // A lead wrapped onto the next line is one name broken in two ('Deputy Director of' | 'People'): joined by a space.
    if (text !== undefined) action.fields[f] = action.fields[f] ? `${action.fields[f]}${f === 'lead' ? ' ' : '\n'}${text}` : text;
  }
  const { map } = assignment;
  if (!more.action || map.action === undefined) return;
  const at = sheet.address(r, map.action);
  const labelled: { lead?: string; due?: string; status?: string } = assignment.labelled ? readLabelledValues(more.action) : {};
  for (const f of ['lead', 'due', 'status'] as const) {
    if (map[f] !== undefined || action.fields[f] || !labelled[f]) continue;
    action.fields[f] = labelled[f]!;
    action.sources = { ...action.sources, [f]: { kind: 'label', cell: at } };
    action.cells = { ...action.cells, [f]: sheet.letter(map.action) };
    if (f === 'due') action.dueValue = labelled[f]!;
  }
  if (map.due !== undefined || action.fields.due) return;
  const due = findDueInText(action.fields.action);
  if (!due) return;
  action.fields.due = due;
  action.dueValue = due;
  action.sources = { ...action.sources, due: { kind: 'action text', cell: at } };
  action.cells = { ...action.cells, due: sheet.letter(map.action) };
}

/** Takes the lead, timescale or status typed on the row under an action into it, each saying which cell it came from. */
function takeFieldsBelow(action: RawAction, below: FieldsBelow, sheet: SheetView, r: number, map: ColumnAssignment['map']): void {
  for (const f of ['lead', 'due', 'status'] as const) {
    const text = below.fields[f];
    if (text === undefined) continue;
    action.fields[f] = text;
    if (f === 'due') {
      action.dueValue = sheet.value(r, map.due!);
      action.dueShown = sheet.shown(r, map.due!);
    }
    if (f !== 'status') action.sources = { ...action.sources, [f]: { kind: 'column', cell: sheet.address(r, map[f]!), why: `${f === 'lead' ? 'Lead' : 'Timescale'}: ${sheet.address(r, map[f]!)}, on the row under the action's words` } };
    // Written back where it was read: the row under the action's.
    action.cellRows = { ...action.cellRows, [f]: sheet.sheetRow(r) };
  }
  if (below.fields.status !== undefined) action.statusFill = sheet.fill(r, map.status!);
}

/**
 * A multi-year plan's later year of an action (`findActionParts`, `year`): the action is due when its last year is, so
 * the date that year's row gives in the timescale column is the action's due, read there and written back there.
 * A year row giving none ('—', blank) leaves the due the action had.
 */
function takeYearDue(action: RawAction, sheet: SheetView, r: number, map: ColumnAssignment['map']): void {
  const c = map.due;
  if (c === undefined || (sheet.merge(r, c)?.top ?? r) !== r) return;
  const text = sheet.text(r, c).trim();
  if (statesNothing(text)) return;
  action.fields.due = text;
  action.dueValue = sheet.value(r, c);
  action.dueShown = sheet.shown(r, c);
  action.sources = { ...action.sources, due: { kind: 'column', cell: sheet.address(r, c), why: `Timescale: ${sheet.address(r, c)}, the date of the action's last year (row ${sheet.sheetRow(r)}), when the whole action is due` } };
  action.cellRows = { ...action.cellRows, due: sheet.sheetRow(r) };
}

/**
 * A joint plan's indicator cell of bare numbers ('2', '6, 8') read as its row's standard names it ('WDES' in the
 * 'Standard' column): 'WDES 2', so the WRES reading takes none of a WDES row's metrics, and a WRES row's numbers stay
 * its indicators. A cell naming a standard itself, or a row under both standards, is read as written.
 */
function withRowStandard(sheet: SheetView, r: number, assignment: ColumnAssignment, cell: string): string {
  if (assignment.standardColumn === undefined || !cell.trim() || /wres|wdes/i.test(cell)) return cell;
  const own = rowStandard(sheet, r, assignment.standardColumn);
  return own ? `${own} ${cell}` : cell;
}

/**
 * The block's indicator after an action row: its indicator cell (merged down, or — in a column that names it
 * once per block — carried from the rows above when blank). In a column that names it on every row, a blank is none,
 * unless the action sits under an objective row that names its indicators: then they are the action's.
 */
function blockOfRow(cell: string, assignment: ColumnAssignment, standard: Standard | null, block: Block, objective?: Block | null): Block {
  if (assignment.map.indicator === undefined) return block;
  const text = cell.trim();
  const named = text ? readIndicatorCell(text, standard) : null;
  if (named?.ids.length) return blockOfReading(named);
  // "n/a – not a WRES indicator", "None": the row says it serves no indicator, so none carries down to it.
  // 'tbc', 'To be confirmed': the metric is not yet chosen, so none is the action's (not the block's above).
  if (NO_INDICATOR.test(text) || saysToBeConfirmed(text)) return { indicator: null, indicators: [] };
  // Under an objective that names indicators, an action that names none serves its objective's.
  if (!text && objective) return objective;
  // A cell naming something else ('PCREF', the framework the action serves instead) says the action serves no
  // indicator; words wrapped from the block's cell above ('compared with the overall') start in lower case and carry it.
  return (!text && assignment.indicatorOnEveryRow) || (text && !/^\p{Ll}/u.test(text)) ? { indicator: null, indicators: [] } : block;
}

/**
 * An indicator cell that says there is none: "n/a", "N/A – pay gap", "None", "Not applicable", or a dash alone ('–'),
 * as a joint WRES + WDES plan writes under the standard an action does not serve.
 */
const NO_INDICATOR = /^(?:(?:n\/?a|none|not applicable)\b|[-–—]+$)/i;

/**
 * Whether action row `r` continues the group whose first row is `first` (its indicator cell filled): the group's cells
 * are blank on it, and the first row fills one of them besides the indicator ('Metric 4 – …' | 'What's the issue?' |
 * action, then rows of actions alone). The group's cells are the indicator's, the objective's (the issue the group
 * answers) and any other left of the action but a field each action fills for itself (its timescale, lead, status):
 * wherever a trust puts its columns ('When by?' | action | … | 'What's the issue?' | 'Which metric?'), the group shows.
 * A plan numbering each action, or a group of the indicator's column alone, shows no group: a blank there says no
 * indicator, as before.
 */
function continuesGroup(sheet: SheetView, r: number, first: number, columns: ColumnMap): boolean {
  const action = columns.action;
  const indicator = columns.indicator;
  if (action === undefined || indicator === undefined) return false;
  let context = false;
  for (let c = 0; c < sheet.width; c++) {
    if (c === action || !(c === indicator || c === columns.objective || (c < action && !ownField(columns, c)))) continue;
    if (sheet.text(r, c).trim() !== '') return false;
    if (c !== indicator && sheet.text(first, c).trim() !== '') context = true;
  }
  return context;
}

/** Fields each action of a group fills for itself: a column holding one is no group's cell. */
const OWN_FIELDS = ['due', 'lead', 'status', 'progress', 'outcome', 'completed'] as const;
const ownField = (columns: ColumnMap, c: number) => OWN_FIELDS.some((f) => columns[f] === c);

/**
 * Why an action leaving its indicator cell blank does not take the indicator named above it, or null when it does: its
 * theme (strand, framework, workstream) is another than that row's. A plan keeping its WRES work beside gender pay,
 * sexual safety or network actions in one grid names indicators only on its WRES rows; a blank on a row of another
 * strand says that row serves none, not "same as above" — a group's indicator is carried within its group.
 *
 * @example
 * leavesIndicatorTheme('Sexual safety', { theme: 'Race equality (WRES)', row: 12 });
 * // "No indicator: its indicator cell is blank and its theme 'Sexual safety' is not 'Race equality (WRES)', whose row 12 named one"
 */
function leavesIndicatorTheme(theme: string, named: { theme: string; row: number } | undefined): string | null {
  if (!named) return null;
  const own = collapse(theme);
  const above = collapse(named.theme);
  if (!own || !above || own.toLowerCase() === above.toLowerCase()) return null;
  return `No indicator: its indicator cell is blank and its theme '${own}' is not '${above}', whose row ${named.row} named one`;
}

/** The next row with any text after row `r` fills column `c`: a blank there on row `r` is a gap, not the start of a run. */
function nextRowNames(sheet: SheetView, r: number, c: number): boolean {
  for (let k = r + 1; k < sheet.height; k++) {
    let any = false;
    for (let j = 0; j < sheet.width && !any; j++) any = sheet.text(k, j).trim() !== '';
    if (any) return sheet.text(k, c).trim() !== '';
  }
  return false;
}

/** The cell is row `r`'s own: not part of a cell merged down from a row above. */
function ownsCell(sheet: SheetView, r: number, c: number): boolean {
  return (sheet.merge(r, c)?.top ?? r) === r;
}

/** The row's indicator cell is its own (the top of any merge) and says something: not a block's cell carried down. */
function namesOwnIndicator(sheet: SheetView, r: number, assignment: ColumnAssignment, cell: string): boolean {
  const c = assignment.map.indicator;
  return c !== undefined && cell.trim() !== '' && (sheet.merge(r, c)?.top ?? r) === r;
}

/** The summary tasks left once those over an action's own parts (steps, milestones: `findActionParts`) are taken out. */
function withoutPartOwners(outline: SummaryTasks, parts: ReadonlyMap<number, ActionPart>): SummaryTasks {
  const owners = new Set([...parts.values()].map((p) => p.owner));
  const summaries = new Map([...outline.summaries].filter(([r]) => !owners.has(r)));
  const parents = new Map([...outline.parents].filter(([, s]) => !owners.has(s.r)));
  return { summaries, parents };
}

/** One shared empty list for every action of a plan with no such columns (kept with the action, so not one each). */
const NO_MORE: readonly string[] = Object.freeze([]);

/** The indicators a row marks in a tick matrix, then those its further indicator columns name. */
function moreIndicatorsOf(sheet: SheetView, r: number, assignment: ColumnAssignment, standard: Standard | null): readonly string[] {
  // Most plans have neither: nothing to look at on any row.
  if (assignment.indicatorMatrix.length === 0 && assignment.moreIndicatorColumns.length === 0) return NO_MORE;
  const marked = assignment.indicatorMatrix.filter((m) => isMark(sheet.text(r, m.c))).map((m) => m.id);
  const listed = assignment.moreIndicatorColumns.flatMap((c) => listedIndicators(collapse(sheet.text(r, c)), standard));
  return [...marked, ...listed];
}

/**
 * The indicators a further indicator column's cell names: as an indicator cell names them ('9', '2, 7', 'All'), else by
 * the standard's name within its words ('HIA 6 · WDES 4a, 4b' → 4a, 4b; never the high impact action's 6).
 */
function listedIndicators(cell: string, standard: Standard | null): string[] {
  const own = indicatorsOfCell(cell, standard);
  return own.length || !cell ? own : indicatorsMentioned(cell, standard);
}

/**
 * In a tracker (one column per period), the action's status and progress are those of its latest filled period,
 * and say so: their cell is that period's. Returns the status's column, whose fill is the status's colour, and the
 * progress's, whose update may open with the status.
 */
function takeLatestPeriods(sheet: SheetView, r: number, trackers: readonly Tracker[], read: ReturnType<typeof readActionFields>): Readonly<{ status?: number; progress?: number }> {
  // Asked of every action, and most plans are no tracker: one shared answer for them, nothing built per row.
  if (trackers.length === 0) return NO_PERIODS;
  const latest: { status?: number; progress?: number } = {};
  for (const t of trackers) {
    const c = readLatestPeriod(sheet, r, t) ?? t.current;
    read.fields[t.field] = sheet.text(r, c);
    read.cells = { ...read.cells, [t.field]: sheet.letter(c) };
    read.sources[t.field] = { kind: 'period', cell: sheet.address(r, c) };
    latest[t.field] = c;
  }
  return latest;
}

/** A plan with no tracker's periods: no latest period's column, for status or progress. */
const NO_PERIODS: Readonly<{ status?: number; progress?: number }> = Object.freeze({});

/** In a responsibility matrix, the action's lead is the role its row marks as leading ('R'), read from that mark's cell. */
function takeMatrixLead(sheet: SheetView, r: number, columns: ColumnAssignment['leadMatrix'], read: ReturnType<typeof readActionFields>) {
  const found = readMatrixLead(sheet, r, columns);
  if (!found) return;
  read.fields.lead = found.lead;
  read.cells = { ...read.cells, lead: sheet.letter(found.c) };
  read.sources.lead = { kind: 'column', cell: sheet.address(r, found.c) };
}

function rawActionOf(sheet: SheetView, r: number, assignment: ColumnAssignment, read: ReturnType<typeof readActionFields>, block: Block, indicatorInRow: boolean, standard: Standard | null, statusColumn?: number): RawAction {
  const { map } = assignment;
  const fillColumn = statusColumn ?? assignment.fillColumn;
  const action: RawAction = {
    row: sheet.sheetRow(r),
    id: map.id !== undefined ? collapse(sheet.text(r, map.id)) || null : null,
    fields: read.fields,
    dueValue: read.dueValue,
    dueShown: read.dueShown,
    // A status given only by colour sits in the status column, the column whose header carries the key, or
    // the column the plan colours.
    statusFill: fillColumn === undefined ? null : sheet.fill(r, fillColumn) ?? (assignment.statusInFont ? textColour(sheet, r, fillColumn) : null),
    statusLight: fillColumn === undefined ? null : sheet.light?.(r, fillColumn) ?? null,
    ragCell: assignment.ragCells === undefined ? null : assignment.ragWords ? { fill: null, cell: sheet.address(r, assignment.ragCells), word: collapse(sheet.text(r, assignment.ragCells)) } : { fill: sheet.fill(r, assignment.ragCells), cell: sheet.address(r, assignment.ragCells) },
    keyedText: read.keyedText,
    markedStatus: markedStatus(sheet, r, assignment),
    statusRun: null,
    textStatus: null,
    blockIndicator: block.indicator,
    blockIndicators: block.indicators,
    indicatorsWorded: block.worded === true,
    indicatorInRow,
    numbered: null,
    refInText: null,
    refFrom: '',
    moreIndicators: moreIndicatorsOf(sheet, r, assignment, standard),
    cells: read.cells,
    sources: read.sources,
  };
  // Added after, in this order, not spread in: every action is built here, and spreading even an empty object copies.
  if (sheet.sourceRow) action.cellRows = cellRowsOf(sheet, r, assignment.map);
  if (assignment.dueColumns?.join === 'parts') action.dueParts = assignment.dueColumns.columns.map((c) => sheet.letter(c));
  return action;
}

/** The sheet rows of the fields a view reads from a row other than the action's (`SheetView.sourceRow`). */
function cellRowsOf(sheet: SheetView, r: number, map: ColumnAssignment['map']): Partial<Record<PlanField, number>> {
  const out: Partial<Record<PlanField, number>> = {};
  const own = sheet.sheetRow(r);
  for (const [f, c] of Object.entries(map)) {
    const row = c === undefined ? own : sheet.sourceRow!(r, c);
    if (row !== own) out[f as PlanField] = row;
  }
  return out;
}

/** The cell's text colour when it is a RAG colour (not body text's navy or grey), for a status coloured by its text. */
function textColour(sheet: SheetView, r: number, c: number): string | null {
  const colour = sheet.font(r, c);
  return fontToRag(colour) ? colour : null;
}

/** The header of the colour column a row marks ('G'), or '' when it marks none (not yet assessed). */
function markedStatus(sheet: SheetView, r: number, assignment: ColumnAssignment): string {
  // Asked of every action, and most plans have no such columns: a loop, not a closure built per action.
  const marks = assignment.statusMarks;
  for (let i = 0; i < marks.length; i++) if (isMark(sheet.text(r, marks[i].c))) return marks[i].header ?? '';
  return '';
}

function blockOf(indicator: string | null, previous: Block): Block {
  return indicator ? { indicator, indicators: [indicator] } : previous;
}

/**
 * A heading sets the indicators it names ("Metric 1: …", "Priority 2 (WDES metrics 2, 3 and 5)"), or the one
 * metric whose title it is ("Shortlisting", "Reasonable adjustments"); one that names none keeps the block.
 */
function headingBlock(heading: string, standard: Standard | null, previous: Block): Block {
  // A plan's own numbering of its areas ('2. Service Delivery (PCREF)') is no indicator: its words may still name one.
  const lead = numbersOwnArea(heading, standard) ? null : indicatorOfCell(withoutIndicatorWord(heading), standard);
  const named = indicatorsMentioned(heading, standard);
  const all = lead && !named.includes(lead) ? [lead, ...named] : named.length ? named : lead ? [lead] : [];
  if (all.length) return { indicator: all[0], indicators: all };
  const titled = metricTitled(heading, standard);
  if (titled) return { indicator: titled, indicators: [titled], worded: true };
  const paraphrased = metricsParaphrased(heading, standard);
  return paraphrased.length ? { indicator: paraphrased[0], indicators: paraphrased, worded: true } : previous;
}

/**
 * The metrics a longer heading states in the standard's own words, as a plan that gives no numbers heads each block with
 * the measure its actions move ('Harassment, bullying or abuse from service users, relatives or the public, and from
 * colleagues'; 'What we are addressing: disabled staff feel pressure from their manager to come to work …'). A heading
 * with a number or letter of its own ('Pillar 2: Tackling bullying, harassment and discrimination', 'B. Making reasonable
 * adjustments simple and quick', 'Outcome 3A: Board members …') is one of the plan's own sections, named for what the
 * plan does, its words touching a metric's topic; sentences ('Progress since last report: … recruitment actions are on
 * track.') report rather than head. Neither names a metric.
 */
function metricsParaphrased(heading: string, standard: Standard | null): string[] {
  if (!standard || heading.split(/\s+/).length <= MAX_TITLE_WORDS) return [];
  if (OWN_SECTION_NUMBER.test(heading) || /[.!?](?:\s|$)/.test(heading.trim())) return [];
  return indicatorsOfWording(heading, standard);
}
/** A section's own number or letter before its name: 'Pillar 1:', 'Theme 2 –', 'Outcome 3A:', 'B.', '2)'. */
const OWN_SECTION_NUMBER = /^\s*(?:\p{L}+\s+)?(?:\d+[a-zA-Z]?|[A-Z]|[ivx]+)\s*[.:)–—-](?:\s|$)/u;

/**
 * Where a block's indicators named only in words were read, and why, in the words the user can find in the cell: "Indicators
 * 4a, 4b: its indicator cell names them in words — 'harassment' → 4a; 'reporting it' → 4b".
 */
function wordedSource(text: string, block: Block, standard: Standard | null, cell: string, kind: 'section' | 'column'): FieldSource {
  // An indicator cell repeats down its block (merged, or written again on each row): its words are weighed once.
  const named = { why: standard ? (kind === 'column' ? CELL_WHY : HEADING_WHY)[standard](text) : '' };
  const place = kind === 'section' ? `the heading on ${cell} names ${block.indicators.length > 1 ? 'them' : 'it'} in words` : `its indicator cell names ${block.indicators.length > 1 ? 'them' : 'it'} in words`;
  return { kind, cell, why: `${block.indicators.length > 1 ? 'Indicators' : 'Indicator'} ${block.indicators.join(', ')}: ${place}${named.why ? ` — ${named.why}` : ''}` };
}

const whyOf = (standard: Standard, shorthand: boolean) => memoiseText((text: string) => indicatorsNamedInWords(text, standard, { shorthand }).why, 1_000);
const CELL_WHY = { WRES: whyOf('WRES', true), WDES: whyOf('WDES', true) };
const HEADING_WHY = { WRES: whyOf('WRES', false), WDES: whyOf('WDES', false) };

/** Longer than this a heading is a sentence about several things, not a metric's title. */
const MAX_TITLE_WORDS = 5;

/** The one metric a short heading is the title of, by its wording ("Formal capability" → WDES 3); null when it names none or several. */
function metricTitled(heading: string, standard: Standard | null): string | null {
  if (!standard || /\d/.test(heading) || heading.split(/\s+/).length > MAX_TITLE_WORDS) return null;
  // A short title is read whole ('Recruitment and promotion' is metric 2's title in words), one statement a line.
  const ids = indicatorsOfWording(heading, standard, { byLine: true });
  return ids.length === 1 ? ids[0] : null;
}

/** 'row 18' or 'rows 18–21', as the user finds them on the sheet. */
function rowsSpan(sheet: SheetView, from: number, to: number): string {
  return from === to ? `row ${sheet.sheetRow(from)}` : `rows ${sheet.sheetRow(from)}–${sheet.sheetRow(to)}`;
}
