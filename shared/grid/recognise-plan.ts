import { detectStandard } from '../indicators';
import { standardOfIndicatorHeader } from './standard-of-indicator-header';
import { codesOfKey } from '../rag/codes-of-key';
import { nameTint } from '../rag/name-tint';
import type { ColumnChoice, ColumnEvidence, FormLayout, Grid, PlanField, RagKey, RagKeyEntry, RuleContext, Standard } from '../types';
import { assignColumns, type ColumnAssignment, type ColumnMap } from './assign-columns';
import type { RowKind } from './classify-row';
import { cellKind, saysWhen } from './cell-kind';
import { collapse } from './cell-text';
import { describeNoteFields } from './describe-note-fields';
import { describeRecordRows } from './describe-record-rows';
import { findHeaderRows } from './find-header-rows';
import { headerBandText } from './header-band-text';
import { stacksAsOneHeader } from './stacks-as-one-header';
import { labelOver } from './label-over';
import { findHeadingsAbove } from './find-headings-above';
import { findOtherPlans, type OtherPlan } from './find-other-plans';
import { findReviewAbove } from './find-review-above';
import { findEarlierYears } from './find-earlier-years';
import { findPlanCopies } from './find-plan-copies';
import { findPlanBeside, type PlanBeside } from './find-plan-beside';
import { findRecordRows, type RecordRows } from './find-record-rows';
import { findIdColumns } from './find-id-columns';
import { findStackedForm } from './find-stacked-form';
import { findTables, type Table } from './find-tables';
import { findChosenHeader } from './find-chosen-header';
import { findTablesAbovePlan, type TableAbovePlan } from './find-tables-above-plan';
import { planTitlePeriod } from './names-a-plan';
import { profileRows, type RowTexts } from './profile-rows';
import { readLegends } from './read-legends';
import { readNoteKey } from './read-note-key';
import { readDocumentPlan } from './read-document-plan';
import { readColumnsLine, withColumnsLine } from './read-columns-line';
import { findContentHeader } from './find-content-header';
import { scoreHeaderWords } from './header-words';
import { FIELD_LABEL } from './describe-evidence';
import { withContentHeader } from './with-content-header';
import { findShiftedHeader } from './find-shifted-header';
import { withShiftedHeader } from './with-shifted-header';
import { findTextColourStatus } from './find-text-colour-status';
import { readColourLeads } from './read-colour-leads';
import { readOpeningLeads } from './read-opening-leads';
import type { ColourKey } from './find-colour-key';
import { walkRows, type RawAction } from './walk-rows';
export type { OtherPlan } from './find-other-plans';
import { viewSheet, type SheetView } from './view-sheet';
import { viewRecordRows } from './view-record-rows';
import { viewStackedForm } from './view-stacked-form';
import { viewWithoutColumn } from './view-without-column';

export type { ColumnMap } from './assign-columns';
export type { RowKind } from './classify-row';
export type { RawAction } from './walk-rows';

/** What is known of the plan's standard before its cells are read: the user's say, and what the sheet's or file's name gives. */
export interface StandardClues {
  given?: Standard | null;
  named?: Standard | null;
  /** The period the sheet's or file's name gives ('2017-18'): which of two plans kept side by side is the plan's. */
  period?: string | null;
}

export interface RecognisedGrid {
  sheet: string;
  standard: Standard | null;
  /** Texts above the first header (titles, intro), for the plan's identity. */
  titleTexts: string[];
  /**
   * The plan's title given as a row of its task list: the project's own summary task of a project plan ('Kestonbury …
   * NHS Foundation Trust – WRES Action Plan 2018/19' over every task), by sheet row. Who the plan is may be named only there.
   */
  titleTasks: { row: number; text: string }[];
  /**
   * An export's column naming the board every item sits on, the same on every row ('Board Name': 'Harbourside … – WRES
   * plan 2021-22'): the plan's title written per item, for its identity. Null when the plan has none.
   */
  boardName: { column: string; header: string; text: string; what?: string } | null;
  /** Texts under the last action (notes, a footer line naming the trust), for the plan's identity. */
  footerTexts: string[];
  /** Field → column letter of the first header row (the plan's main layout). */
  columns: Partial<Record<PlanField | 'id', string>>;
  /** Why each field of the first header has its column. */
  evidence: ColumnEvidence[];
  /** Per field, the columns of the first header that could hold it, best first (letters). */
  candidates: Partial<Record<PlanField, string[]>>;
  /** A stacked form's labels (null for any other plan): there each field is named by its label, not its column. */
  form: FormLayout | null;
  /** On a form, per field, the labels whose rows could hold it, best first (as `candidates`, which share one letter there). */
  candidateLabels: Partial<Record<PlanField, string[]>>;
  headerRows: number[];
  rowKinds: Map<number, RowKind>;
  legend: RagKeyEntry[];
  /** The header text of the column that carries the plan's key ("Status Red = yet to begin …"), if any. */
  statusHeader: string | null;
  /** The key kept only in a cell's note (on the status header, the title, a 'Key' cell), with the note's cell; null when no note holds one. */
  noteKey: RagKey | null;
  actions: RawAction[];
  unmappedHeaders: RuleContext['unmappedHeaders'];
  crossReferences: RuleContext['crossReferences'];
  /** Other plans on the sheet (another year's, below this one), set aside: sheet rows and their caption. */
  otherPlans: NonNullable<RuleContext['otherPlans']>;
  /** Rows with text in the action column read as an objective, a summary or a sign-off, not as actions, with why. */
  rowsSetAside: NonNullable<RuleContext['rowsSetAside']>;
  /**
   * A rolling plan's band calling itself the current year ('2022-23 (current year)'), by sheet row, when bands of earlier
   * years were set aside (`findEarlierYears`): the plan's period, whatever year its title says it started in.
   */
  currentYear?: { row: number; text: string } | null;
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
export function recognisePlan(grid: Grid, choice: ColumnChoice = {}, standards: StandardClues = {}): RecognisedGrid {
  // One view of the sheet's cells for both readings: by its header rows, and — when those give no action — as a document.
  const cells = viewSheet(grid);
  let plan = readGrid(grid, cells, choice, standards);
  // A small table typed above the plan (a version history, document control, a sign-off box) whose header outscores the
  // plan's gives rows with no action's text: it heads no plan, and the plan is read again from the header under it.
  // Only so if a plan is read under it: rows with no words under a full header, above a row that merely holds a header's
  // words, are no table above a plan (with none read below, the first header stays the plan's).
  const above = findTablesAbovePlan(plan.headerRows, plan.actions, (row) => rowText(cells, row));
  const below = above.length ? readGrid(grid, cells, choice, standards, new Set(above.flatMap((t) => t.headerRows))) : null;
  if (below && hasActionInWords(below)) plan = withTablesAbove(below, above, cells);
  // A sheet whose header rows gave no action may be a plan kept as a document (no columns at all): its labelled or
  // listed actions are read, and a sheet that gave actions by its header is never read so. A header that gave only rows
  // with no action's text (a version history's 'Version | Date | Author | Changes' over a document) gave no action.
  if (hasActionInWords(plan)) return below && hasActionInWords(below) ? plan : (readInStep(grid, cells, plan, choice, standards) ?? plan);
  // A header found but out of step with its columns gave actions with no words (its 'Action' over numbers): put in step.
  return readInStep(grid, cells, plan, choice, standards) ?? readByColumnsLine(grid, cells, choice, standards) ?? readByContents(grid, cells, choice, standards) ?? readAsDocument(cells, standards) ?? plan;
}

/** Rows under a header looked at for what its columns hold. */
const LOOK_UNDER = 12;

/**
 * The plan read again with a header row out of step with its columns put back in step (`findShiftedHeader`: a cell
 * inserted into the header row alone, each heading from one column on sitting over its neighbour's contents), each moved
 * field's evidence saying so; null when no header row is out of step, or the plan read so gives fewer actions.
 */
function readInStep(grid: Grid, cells: SheetView, plan: RecognisedGrid, choice: ColumnChoice, standards: StandardClues): RecognisedGrid | null {
  const top = cells.sheetRow(0);
  const heads = plan.headerRows.map((row) => row - top);
  for (const r of heads) {
    const rows: number[] = [];
    for (let k = r + 1; k < cells.height && rows.length < LOOK_UNDER && !heads.includes(k); k++) if (rowText(cells, k + top) !== '') rows.push(k);
    const shift = findShiftedHeader(cells, r, rows, 0, cells.width - 1);
    if (!shift) continue;
    const named = withShiftedHeader(grid, shift);
    const again = readGrid(named, viewSheet(named), choice, standards);
    if (again.actions.length < plan.actions.length || !hasActionInWords(again)) return null;
    const moved = new Set<string>();
    for (let c = Math.min(shift.from, shift.from + shift.step); c <= Math.max(shift.to, shift.to + shift.step); c++) moved.add(cells.letter(c));
    const evidence = again.evidence.map((e) => {
      const own = shift.moved.find((m) => m.field === e.field);
      return moved.has(e.column) ? { ...e, reason: `${e.reason} (${shift.says}${own ? `; ${own.says}` : ''})` } : e;
    });
    return { ...again, evidence };
  }
  return null;
}

/**
 * A table whose header names no field (generic 'Column1' … 'Column8', 'Col A' … 'Col H') or that has no header row,
 * whose contents say what each column holds (`findContentHeader`): read as if each column were headed by its field, each
 * field's evidence saying why from the cells ("Lead: column D's heading 'Column4' names no field; 10 of 10 cells name
 * roles or people"). Null when there is no such table or no action is read under it.
 */
function readByContents(grid: Grid, cells: SheetView, choice: ColumnChoice, standards: StandardClues): RecognisedGrid | null {
  const header = findContentHeader(cells);
  if (!header) return null;
  const named = withContentHeader(grid, header);
  const plan = readGrid(named, viewSheet(named), choice, standards);
  if (!hasActionInWords(plan)) return null;
  const row = cells.sheetRow(header.r);
  const byLetter = new Map(header.columns.map((x) => [cells.letter(x.c), x]));
  const evidence = plan.evidence.map((e) => {
    const x = byLetter.get(e.column);
    if (!x || x.field !== e.field) return e;
    const names = x.heading ? scoreHeaderWords(x.heading).find((w) => w.score >= 0.6)?.field : undefined;
    const says = names ? `names ${FIELD_LABEL[names].toLowerCase()}, which its cells are not` : 'names no field';
    const heading = header.blank ? 'the sheet has no header row' : x.heading ? `its heading '${x.heading}' (row ${row}) ${says}` : `it has no heading (row ${row})`;
    return { ...e, header: x.heading, confidence: Math.min(e.confidence, 0.6), source: 'contents' as const, reason: `${x.says} — column ${e.column} read by its contents: ${heading}` };
  });
  // A sheet with no header row has none to report: the names were written into its blank row for the reading only.
  const headerRows = header.blank ? plan.headerRows.filter((r) => r !== row) : plan.headerRows;
  return { ...plan, evidence, headerRows };
}

/**
 * A sheet with no header row whose columns a line above the rows names instead ('columns are: metric / what we will do /
 * lead / by when / RAG', `readColumnsLine`): read as if those names were its header, each column's evidence saying so.
 * Null when there is no such line or its names head no plan (no action read under them).
 */
function readByColumnsLine(grid: Grid, cells: SheetView, choice: ColumnChoice, standards: StandardClues): RecognisedGrid | null {
  const line = readColumnsLine(cells);
  if (!line) return null;
  const named = withColumnsLine(grid, line);
  const plan = readGrid(named, viewSheet(named), choice, standards);
  if (!hasActionInWords(plan)) return null;
  const row = cells.sheetRow(line.r);
  const why = (e: ColumnEvidence) =>
    e.field === 'action' ? `the sheet has no header row: row ${row}'s line '${line.text.slice(0, 120)}' names the columns in order, so they were read from it` : `named by row ${row}'s line, the sheet has no header row`;
  return { ...plan, evidence: plan.evidence.map((e) => ({ ...e, reason: `${e.reason} (${why(e)})` })) };
}

/** Whether a reading gave an action in words (what is done), not only rows with a lead, a date or a status. */
function hasActionInWords(plan: RecognisedGrid): boolean {
  return plan.actions.some((a) => a.fields.action.trim() !== '');
}

/** A sheet row's cells as written, joined ('Version | Date | Reviewed by | Comments'). */
function rowText(cells: SheetView, row: number): string {
  const r = row - cells.sheetRow(0);
  const out: string[] = [];
  for (let c = 0; c < cells.width; c++) {
    const text = collapse(cells.text(r, c));
    if (text) out.push(text);
  }
  return out.join(' | ');
}

/** The plan read again without the small tables above it, each of their rows the reader had read as an action named with why. */
function withTablesAbove(plan: RecognisedGrid, tables: readonly TableAbovePlan[], cells: SheetView): RecognisedGrid {
  const setAside = tables.flatMap((t) =>
    t.rows.map((row) => ({
      row,
      text: rowText(cells, row),
      kind: 'table' as const,
      why: `it sits in a small table above the plan headed '${t.header.slice(0, 60)}' (row ${t.headerRows[0]}), whose rows say nothing to be done (no action's text): a version history, document control or sign-off, not the plan's header`,
    })),
  );
  return { ...plan, rowsSetAside: [...setAside, ...plan.rowsSetAside] };
}

/**
 * The plan read by its header rows (every stage but the document's); `notHeaders` (sheet rows) head small tables above
 * the plan (`findTablesAbovePlan`), never the plan.
 */
function readGrid(grid: Grid, cells: SheetView, choice: ColumnChoice, standards: StandardClues, notHeaders: ReadonlySet<number> = new Set()): RecognisedGrid {
  // A plan printing each action over two (or three) rows under a header of as many rows is read as the grid it stands
  // for; so is a plan kept as a form (field names down a column, a block per action). Records first: their header
  // printed again at a page's top puts its field names down a column twice, which would read as two blocks of a form.
  const records = findRecordRows(cells, grid.merges ?? []);
  // The add-in's id column (the right-most, the last check's) is none of a form's: its heading above the first block and
  // an id on each action's row are not looked at for the form's layout, and its view carries the ids to the reader as a
  // grid's header row does (an ordinary grid's header names the column itself).
  const idColumn = records ? -1 : (findIdColumns(grid).at(-1)?.column ?? -1);
  const form = records ? null : findStackedForm(idColumn < 0 ? cells : viewWithoutColumn(cells, idColumn));
  const sheet = form ? viewStackedForm(cells, form, idColumn) : records ? viewRecordRows(cells, records) : cells;
  const tables = findTables(sheet);
  if (!tables[0]) return emptyPlan(sheet);
  // Two plans kept side by side under one header row (this year's beside last year's) fill the same rows, so they are
  // one table: the plan read is narrowed to its own columns, the other set aside before its cells are read.
  const { table, texts, headers, beside, stacked } = narrowToPlan(sheet, tables[0], standards.period ?? null, notHeaders, choice);
  const headerSet = new Set(headers);
  for (const h of headers) {
    // Cells merged down over the header from the row above ("Action" over rows 3–4, beside "Q1 2021/22" over
    // "Progress | RAG") make that row the header's first: its labels head the columns under them.
    if (isGroupHeader(sheet, texts, h - 1) || isMergedDownInto(sheet, table, h - 1, h)) headerSet.add(h - 1);
    if (!headerSet.has(h + 1) && (isSubHeader(sheet, texts, h, h + 1) || isMergedDownInto(sheet, table, h, h + 1))) headerSet.add(h + 1);
  }
  for (const r of groupRowsPrintedAgain(texts, headerSet)) headerSet.add(r);
  const stacks = (upper: number, lower: number) => stacksAsOneHeader(sheet, upper, lower, table.left, table.right);
  const firstHeader = headers.length ? Math.min(...headerSet) : sheet.height;
  const allBands = bandsOf(headerSet, stacks);
  // Last year's review above the plan (`findReviewAbove`) is no title: its caption names last year, not the plan's.
  const review = findReviewAbove(texts, allBands);
  const titleTexts = textsBetween(texts, 0, Math.min(firstHeader, 30), review.length ? new Set(review.flatMap((o) => Array.from({ length: o.to - o.from + 1 }, (_, k) => o.from + k))) : undefined);
  // Another year's plan kept below this one is set aside before its header can set any columns.
  // So is a copy of the plan kept under it (an email thread's earlier message quoting the same actions).
  // So are the earlier years of a rolling plan, kept under the same header in bands by year ('2020-21' … '2022-23 (current year)').
  const rolling = findEarlierYears(texts, allBands, sheet.height, (r) => sheet.sheetRow(r));
  // So is last year's review kept above the plan in a grid of its own, its header naming last year over the action.
  const others = withCopies(withCopies(withCopies(findOtherPlans(texts, allBands, periodOf(titleTexts), sheet.height), findPlanCopies(sheet, texts, allBands)), rolling?.earlier ?? []), review);
  for (const o of others) for (let r = o.from; r <= o.to; r++) headerSet.delete(r);
  const bands = bandsOf(headerSet, stacks);
  const { headings, described, sections, named } = findHeadingsAbove(sheet, bands.map((b) => b[b.length - 1]), (r) => headerSet.has(r));
  // The standard the plan is read as: the user's; else its title's; else the one its sheet's or file's name gives (a
  // joint WRES + WDES plan, 'WRES and WDES' in its title, filed as its WRES plan); else the one its wording names more.
  const byWording = (notPlan: ReadonlySet<number>) => detectStandard([], textsBetween(texts, firstHeader, Math.min(sheet.height, firstHeader + 60), notPlan));
  // The header naming one standard's indicators ('WDES metric', 'WRES indicator') says what its table is, over a page
  // above it whose sections name both (a web page's WRES section, its links, then the WDES plan under its heading). A
  // header of two rows names its fields on its lower row, under group labels ('THE PLAN | DELIVERY'): all its rows are read.
  let headerEnd = firstHeader + 1;
  while (headerSet.has(headerEnd)) headerEnd++;
  // A header naming one standard's indicators ('WDES metric') says so over a cross-reference column naming the other
  // ('Also supports (WRES)').
  const headerTexts = textsBetween(texts, firstHeader, headerEnd);
  // A header only mentioning a standard ('WRES link' beside a WDES plan's 'Metric') ranks after the title naming one.
  const stated = standards.given ?? standardOfIndicatorHeader(headerTexts) ?? detectStandard(titleTexts, []) ?? detectStandard(headerTexts, []) ?? standards.named;
  const guessed = stated ?? byWording(new Set());
  // Another year's plan kept below is no evidence for this plan's columns: its objectives, dates and names are its own.
  // The plan's period, from its title, else its file's or sheet's name: which year's rows are this plan's.
  const planPeriod = periodOf(titleTexts) ?? standards.period ?? null;
  const otherPlanRows = others.flatMap((o) => Array.from({ length: o.to - o.from + 1 }, (_, k) => o.from + k));
  const initial = assignAll(sheet, table, bands, texts, choice, new Set(otherPlanRows));
  const once = walkRows({ sheet, table, texts, headerSet, assignments: initial, headings, described, sections, named, standard: guessed, others, stacked, period: planPeriod });
  // A small table under the plan (a version history, figures, a glossary) is no part of the plan's columns, nor of the
  // wording that names its standard ('BME – Black and minority ethnic' in a glossary under a plan that names neither):
  // read again without its rows, so its dates and names neither become a column's evidence nor break a tick matrix.
  const notPlan = new Set([...otherPlanRows, ...once.otherTableRows]);
  const standard = stated ?? (once.otherTableRows.length ? byWording(notPlan) : guessed);
  const keysBeside = readLegends(sheet, tables.slice(1), table);
  // A key giving statuses as numbers ('4 = Complete (blue)  3 = On track (green)') tells a column of those numbers from
  // one of indicators or item numbers: the columns are given again knowing the codes (rare: most keys have none).
  const codes = codesOfKey([...once.legend, ...keysBeside]);
  const assignments = once.otherTableRows.length || codes.size ? assignAll(sheet, table, bands, texts, choice, notPlan, codes) : initial;
  const walked = assignments === initial && standard === guessed ? once : walkRows({ sheet, table, texts, headerSet, assignments, headings, described, sections, named, standard, others, stacked, period: planPeriod });
  const firstBand = bands[0] ?? [];
  const first = assignments.get(firstBand[firstBand.length - 1]);
  // A colour key of groups beside the plan is no RAG key, though it is titled 'Key' and some of its colours are RAG hues.
  const keyed = [...walked.legend, ...notColourKey(keysBeside, walked.colourKey)];
  // With no status column, a plan may colour each action's text by its status, as its key says.
  const byTextColour = findTextColourStatus(sheet, walked.kinds, texts, walked.actions, keyed, first);
  if (byTextColour) for (const [action, status] of byTextColour.statuses) action.textStatus = status;
  // With no lead column, a plan may write each action in its lead team's colour, as its key says ('red writing = HR team'):
  // that key names who leads, not statuses, and is no RAG key.
  const byColourLead = byTextColour ? null : readColourLeads(sheet, walked.kinds, texts, walked.actions, first);
  const legend = byColourLead ? keyed.filter((e) => e.cell !== byColourLead.keyCell) : keyed;
  if (byColourLead) {
    for (const [action, read] of byColourLead.leads) {
      action.fields.lead = read.lead;
      action.sources = { ...action.sources, lead: { kind: 'key', cell: `${action.cells.action}${action.row}`, why: read.why } };
    }
  }
  // With no lead column, a plan written as minutes opens each action with who will do it ('HRBPs to review …').
  const byOpening = readOpeningLeads(sheet, walked.actions, first);
  if (byOpening) {
    for (const [action, read] of byOpening.leads) {
      action.fields.lead = read.lead;
      action.sources = { ...action.sources, lead: { kind: 'action text', cell: `${action.cells.action}${action.row}`, why: read.why } };
    }
  }
  // The grid row after the last action (sheet rows less the sheet row of the grid's first, asked once).
  const top = sheet.sheetRow(0);
  let afterPlan = firstHeader;
  for (const a of walked.actions) if (a.row - top + 1 > afterPlan) afterPlan = a.row - top + 1;
  let rowKinds: Map<number, RowKind> | undefined;
  return {
    sheet: sheet.sheetName,
    standard,
    titleTexts,
    titleTasks: walked.titleTasks,
    boardName: first?.boardName ? { column: sheet.letter(first.boardName.c), header: first.boardName.header, text: first.boardName.text, what: first.boardName.what } : null,
    footerTexts: textsBetween(texts, afterPlan, Math.min(sheet.height, afterPlan + 30)).slice(0, 12),
    columns: lettersOf(sheet, first?.map ?? {}),
    evidence: [...withColourKey((first?.evidence ?? []).map((e) => (form ? inForm(e, cells.letter(form.labelColumn)) : records ? inRecords(e, records, first) : e)), walked, sheet, first), ...statusFromSections(walked), ...leadFromSections(walked), ...dueFromSections(walked), ...describeNoteFields(walked.actions), ...indicatorsFromNumbers(walked, first, standard), ...(byTextColour ? [byTextColour.evidence] : []), ...(byColourLead ? [byColourLead.evidence] : []), ...(byOpening ? [byOpening.evidence] : [])],
    candidates: Object.fromEntries(Object.entries(first?.candidates ?? {}).map(([f, cs]) => [f, cs!.map((c) => sheet.letter(c))])),
    form: form ? { labelColumn: cells.letter(form.labelColumn), labels: form.labels.map((l) => l.text) } : null,
    // The view's columns 1…n are the form's labels, its header row (form.top) holding each over its field's values.
    candidateLabels: form ? Object.fromEntries(Object.entries(first?.candidates ?? {}).map(([f, cs]) => [f, cs!.filter((c) => c >= 1 && c <= form.labels.length).map((c) => sheet.text(form.top, c))])) : {},
    headerRows: [...headerSet, ...lowerHeaderRows(records, headerSet)].sort((a, b) => a - b).map((r) => sheet.sheetRow(r)),
    // Built when asked: checking a plan never asks, and 10,000 rows' entries cost more than reading the rows' kinds.
    get rowKinds() {
      return (rowKinds ??= kindsBySheetRow(sheet, walked.kinds));
    },
    legend,
    statusHeader: keyHeader(sheet, firstBand, first),
    noteKey: readNoteKey(sheet, { keyHeader: keyHeaderCells(firstBand, first), actionRows: actionRowsOf(sheet, walked.actions) }),
    actions: walked.actions,
    unmappedHeaders: records ? walked.unmappedHeaders.map((u) => onLowerHeaderRow(u, records, sheet)) : walked.unmappedHeaders,
    crossReferences: walked.crossReferences,
    otherPlans: [...besideOf(sheet, beside), ...others.map((o) => ({ from: sheet.sheetRow(o.from), to: sheet.sheetRow(o.to), caption: o.caption, ...(o.why ? { why: o.why } : {}) }))],
    rowsSetAside: records ? [...walked.setAside, ...describeRecordRows(sheet, records, walked.actions, first)] : walked.setAside,
    currentYear: rolling ? { row: sheet.sheetRow(rolling.current.row), text: rolling.current.text } : null,
  };
}

/** The other plans below, and the copies of the plan that start on no row of theirs, in sheet order. */
function withCopies(others: OtherPlan[], copies: OtherPlan[]): OtherPlan[] {
  if (copies.length === 0) return others;
  const fresh = copies.filter((c) => !others.some((o) => c.from >= o.from && c.from <= o.to));
  return [...others, ...fresh].sort((a, b) => a.from - b.from);
}

/**
 * The table the plan is read from, its rows' texts and header rows: the first table, or — where its header row holds
 * several plans' headers side by side — the columns of the plan read (see findPlanBeside).
 */
function narrowToPlan(sheet: SheetView, first: Table, period: string | null, notHeaders: ReadonlySet<number>, choice: ColumnChoice) {
  // The header rows of a table, less those that head a small table above the plan.
  // Those heading one of the plan's tables stacked down the sheet keep why, for their actions (grid row → why).
  const stacked = new Map<number, string>();
  const headersOf = (table: Table, texts: RowTexts) => {
    stacked.clear();
    const found = findHeaderRows(sheet, table, texts).filter((h) => !notHeaders.has(sheet.sheetRow(h.row)));
    for (const h of found) if (h.stacked) stacked.set(h.row, h.stacked);
    return found.map((h) => h.row);
  };
  const texts = profileRows(sheet, first);
  // With no row the reader takes for a header, the columns the user chose point to it.
  const found = headersOf(first, texts);
  const chosen = found.length ? null : findChosenHeader(sheet, first, choice);
  const headers = chosen === null ? found : [chosen];
  const beside = headers.length ? findPlanBeside(sheet, first, Math.min(...headers), period) : null;
  if (!beside) return { table: first, texts, headers, beside, stacked };
  const narrowed = profileRows(sheet, beside.table);
  return { table: beside.table, texts: narrowed, headers: headersOf(beside.table, narrowed), beside, stacked };
}

/** The plans kept beside the one read, as the user is told of them: sheet rows from the caption down, columns and why. */
function besideOf(sheet: SheetView, beside: PlanBeside | null): NonNullable<RuleContext['otherPlans']> {
  return (beside?.setAside ?? []).map((p) => ({
    from: sheet.sheetRow(p.row),
    to: sheet.sheetRow(beside!.table.bottom),
    caption: p.caption,
    columns: `${sheet.letter(p.left)}–${sheet.letter(p.right)}`,
    why: p.why,
  }));
}

/** The header's lower rows of a plan printed in records of several rows (and of each copy of it): header rows too, though the view blanks them. */
function lowerHeaderRows(records: RecordRows | null, headerSet: ReadonlySet<number>): number[] {
  if (!records) return [];
  return [records.header, ...records.copies].filter((h) => headerSet.has(h)).flatMap((h) => Array.from({ length: records.size - 1 }, (_, k) => h + 1 + k));
}

/**
 * A form's evidence names the field's label ('Owner'): its letter is the one all values share. The reader's own reasons
 * say it read a form; the user's already name the label.
 */
function inForm(e: ColumnEvidence, labelColumn: string): ColumnEvidence {
  // The ref is read from the label column itself ('Action 1.1'): no label names it.
  const label = e.header && e.column !== labelColumn ? { label: e.header } : {};
  return e.source === 'user' ? { ...e, ...label } : { ...e, ...label, reason: `${e.reason} (a form: field names down column ${labelColumn}, one block per action)` };
}

/**
 * A field read from a record's lower line says so ("Timescale: header 'Target completion' … (line 2 of each action: the
 * plan writes each action over 2 rows)"): its letter is shared with the field the upper line holds there.
 */
function inRecords(e: ColumnEvidence, records: RecordRows, first: ColumnAssignment | undefined): ColumnEvidence {
  const c = first?.map[e.field];
  const lower = c === undefined ? undefined : records.lower[c - records.right - 1];
  if (!lower || e.source === 'user') return e;
  return { ...e, reason: `${e.reason} (line ${lower.offset + 1} of each action: the plan writes each action over ${records.size} rows)` };
}

/** A lower header row's cell left unused is named at its own row ('Supported by' in D6), not at the header's first. */
function onLowerHeaderRow<T extends { row: number; column: string; text: string }>(u: T, records: RecordRows, sheet: SheetView): T {
  if (u.row !== sheet.sheetRow(records.header)) return u;
  const lower = records.lower.find((l) => sheet.letter(records.right + 1 + records.lower.indexOf(l)) === u.column && l.header === u.text);
  return lower ? { ...u, row: u.row + lower.offset } : u;
}

/**
 * With no status column, the section headings that gave the actions under them their status, as the status's evidence
 * ("Status: from the section headings the actions sit under — 'Completed (5 actions)' on row 6, …").
 */
function statusFromSections(walked: ReturnType<typeof walkRows>): ColumnEvidence[] {
  const used = walked.statusSections.filter((s) => walked.actions.some((a) => a.sources.status?.cell === s.cell));
  if (used.length === 0) return [];
  const listed = used.map((s) => `'${s.heading}' on row ${s.row}`).join(', ');
  return [{ field: 'status', column: used[0].cell.replace(/\d+$/, ''), header: '', confidence: 0.8, reason: `Status: from the section headings the actions sit under — ${listed}`, source: 'contents' }];
}

/**
 * With no lead column, the section rows naming who is accountable that gave the actions under them their lead, as the
 * lead's evidence ("Lead: from the section rows naming who is accountable for the actions under them (the plan has no
 * lead column) — 'Chief People Officer' on row 6, …"), so the pane does not ask which column holds the lead.
 */
function leadFromSections(walked: ReturnType<typeof walkRows>): ColumnEvidence[] {
  if (walked.leadSections.length === 0) return [];
  const listed = walked.leadSections.map((s) => `'${s.heading}' on row ${s.row}`).join(', ');
  const led = walked.actions.filter((a) => a.sources.lead?.kind === 'section').length;
  return [{ field: 'lead', column: walked.leadSections[0].cell.replace(/\d+$/, ''), header: '', confidence: 0.8, reason: `Lead: from the section rows naming who is accountable for the ${led} actions under them (the plan has no lead column) — ${listed}`, source: 'contents' }];
}

/**
 * The section headings stating when that gave the actions under them their timescale, as the timescale's evidence ("Due:
 * from the section headings saying when the 11 actions under them are done — 'Short term – by 31 March 2019' on row 10,
 * …"), so the pane does not ask which column holds the timescale.
 */
function dueFromSections(walked: ReturnType<typeof walkRows>): ColumnEvidence[] {
  if (walked.dueSections.length === 0) return [];
  const listed = walked.dueSections.map((s) => `'${s.heading}' on row ${s.row}`).join(', ');
  const timed = walked.actions.filter((a) => a.sources.due?.kind === 'section').length;
  return [{ field: 'due', column: walked.dueSections[0].cell.replace(/\d+$/, ''), header: '', confidence: 0.8, reason: `Due: from the section headings saying when the ${timed} actions under them are done — ${listed}`, source: 'contents' }];
}

/**
 * With no indicator column, the actions' own numbers that gave their indicators, as the indicator's evidence
 * ("Indicators: from the actions' own numbers — 10 of 12 actions numbered by indicator ('1.1': indicator 1); 'G1', 'G2':
 * all — the note in row 3 says '…'"), so the user sees why a plan with no indicator column has its indicators.
 */
function indicatorsFromNumbers(walked: ReturnType<typeof walkRows>, first: ColumnAssignment | undefined, standard: Standard | null): ColumnEvidence[] {
  if (first?.map.indicator !== undefined || first?.indicatorMatrix.length) return [];
  const numbered = walked.actions.filter((a) => a.numbered);
  if (numbered.length === 0) return [];
  const parts: string[] = [];
  const byNumber = numbered.filter((a) => !a.numbered!.byNote);
  const word = standard === 'WDES' ? 'metric' : 'indicator';
  if (byNumber.length) parts.push(`${byNumber.length} of ${walked.actions.length} actions numbered by ${word} ('${byNumber[0].numbered!.ref}': ${word} ${byNumber[0].numbered!.indicators[0]})`);
  const notes = new Map<string, RawAction[]>();
  for (const a of numbered) if (a.numbered!.byNote) notes.set(a.numbered!.source.why ?? '', [...(notes.get(a.numbered!.source.why ?? '') ?? []), a]);
  for (const [why, actions] of notes) {
    const refs = actions.slice(0, 3).map((a) => `'${a.numbered!.ref}'`).join(', ') + (actions.length > 3 ? ', …' : '');
    parts.push(`${refs}: ${why.replace(/^Indicators: /, '')}`);
  }
  const column = numbered[0].numbered!.source.cell.replace(/\d+$/, '');
  return [{ field: 'indicator', column, header: '', confidence: 0.8, reason: `Indicators: from the actions' own numbers — ${parts.join('; ')}`, source: 'contents' }];
}

/**
 * Where the actions' theme (and indicators) came from the colour of their cells, decoded by the plan's colour key, the
 * evidence says so in place of the theme column's header ("Theme: from the colour of each action's Area cell (column
 * A), decoded by the colour key on rows 5–8: lavender 'Representation and progression' (indicators 1, 7, 9), …"), and
 * — with no indicator column — the indicators' evidence too.
 */
function withColourKey(evidence: ColumnEvidence[], walked: ReturnType<typeof walkRows>, sheet: SheetView, first: ColumnAssignment | undefined): ColumnEvidence[] {
  const key = walked.colourKey;
  if (!key || walked.coloured === 0) return evidence;
  const column = sheet.letter(key.column);
  const listed = key.entries.map((e) => `${nameTint(e.fill)} '${e.label}'${e.indicators.length ? ` (indicators ${e.indicators.join(', ')})` : ''}`).join('; ');
  const cellsOf = key.header ? `${key.header} cell (column ${column})` : `cell in column ${column}`;
  const from = `from the colour of each action's ${cellsOf}, decoded by the colour key${key.title ? ` '${key.title}'` : ''} on rows ${key.from}–${key.to} — ${walked.coloured} of ${walked.actions.length} actions: ${listed}`;
  const out = evidence.filter((e) => !(e.field === 'theme' && e.column === column));
  out.push({ field: 'theme', column, header: key.header, confidence: 0.9, reason: `Theme: ${from}`, source: 'contents' });
  const covers = key.entries.some((e) => e.indicators.length) && first?.map.indicator === undefined;
  if (covers) out.push({ field: 'indicator', column, header: key.header, confidence: 0.9, reason: `Indicators: those the colour key gives each group, ${from}`, source: 'contents' });
  return out;
}

/** The RAG key entries read beside the plan, less those on the rows of a colour key of groups kept there. */
function notColourKey(entries: RagKeyEntry[], key: ColourKey | null): RagKeyEntry[] {
  if (!key?.beside) return entries;
  return entries.filter((e) => {
    const row = Number(/\d+$/.exec(e.cell ?? '')?.[0]);
    return !(row >= key.from && row <= key.to);
  });
}

/** The period the plan's title names, when a title row names the plan. */
function periodOf(titleTexts: readonly string[]): string | null {
  for (const t of titleTexts) {
    const p = planTitlePeriod(t);
    if (p) return p;
  }
  return null;
}

/**
 * Header rows that touch form one header (group labels above, sub-headers below): runs of consecutive rows,
 * unless the lower row renames the columns of the one above (then it is a header of its own).
 */
function bandsOf(headerSet: Set<number>, stacks: (upper: number, lower: number) => boolean): number[][] {
  const bands: number[][] = [];
  for (const r of [...headerSet].sort((a, b) => a - b)) {
    const last = bands[bands.length - 1];
    if (last && last[last.length - 1] === r - 1 && stacks(r - 1, r)) last.push(r);
    else bands.push([r]);
  }
  return bands;
}

/** Each header's columns, keyed by its last row; a header inherits blank cells' meanings from the one above it. */
function assignAll(sheet: SheetView, table: Table, bands: number[][], texts: RowTexts, choice: ColumnChoice, notPlan: ReadonlySet<number> = new Set(), codes?: ReadonlySet<string>) {
  const out = new Map<number, ColumnAssignment>();
  let previous: ColumnMap | null = null;
  const rowsUnder = (i: number) => {
    const rows: number[] = [];
    for (let r = bands[i][bands[i].length - 1] + 1; r < (bands[i + 1]?.[0] ?? table.bottom + 1); r++) if (texts[r].length >= 2 && !notPlan.has(r)) rows.push(r);
    return rows;
  };
  bands.forEach((band, i) => {
    const last = band[band.length - 1];
    // A header printed again part-way down (a page's repeated header) keeps the columns it gave first: the rows
    // under every copy are the same plan's, read together.
    const first = bands.findIndex((b) => repeatsHeader(texts, b, band));
    if (first < i) {
      out.set(last, out.get(bands[first][bands[first].length - 1])!);
      previous = out.get(last)!.map;
      return;
    }
    const copies = bands.map((b, k) => (k === i || (k > i && repeatsHeader(texts, band, b)) ? k : -1)).filter((k) => k >= 0);
    const assignment = assignColumns(sheet, table, band, copies.flatMap(rowsUnder), choice, previous, codes);
    out.set(last, assignment);
    previous = assignment.map;
  });
  return out;
}

/**
 * A header printed again part-way down (a page's header) brings the row over the plan's first header with it: group
 * labels ('ACTION | DELIVERY') the reader did not take as the first header's own row. Over the copy, the same texts in
 * the same columns are that row again — part of the header printed again, not an action.
 */
function groupRowsPrintedAgain(texts: RowTexts, headerSet: ReadonlySet<number>): number[] {
  const tops = [...headerSet].filter((h) => !headerSet.has(h - 1)).sort((a, b) => a - b);
  const over = tops.length > 1 ? tops[0] - 1 : -1;
  if (over < 0 || texts[over].length < 2) return [];
  const key = (r: number) => texts[r].map((t) => `${t.c}:${t.text}`).join('|');
  return tops.slice(1).filter((t) => t - 1 > over && key(t - 1) === key(over)).map((t) => t - 1);
}

/**
 * Two headers whose field-name rows hold the same texts in the same columns: the second is the first printed again. A
 * page's header printed again may leave out the group labels above the field names ('THE PLAN | DELIVERY' over 'Ref |
 * Action | …'), or a later page carry them where the first did not: the rows both have, counted from the field names
 * up, decide.
 */
function repeatsHeader(texts: RowTexts, first: readonly number[], again: readonly number[]): boolean {
  const key = (r: number) => texts[r].map((t) => `${t.c}:${t.text}`).join('|');
  const n = Math.min(first.length, again.length);
  for (let k = 1; k <= n; k++) if (key(first[first.length - k]) !== key(again[again.length - k])) return false;
  return n > 0;
}

/**
 * Short labels straight under a header, each beneath a header cell merged across several columns or an empty
 * one ("Start | End" under "Timescale", "RAG | Narrative" under "Progress"): the header's second row. Each such label
 * heads one column: a label merged across the header's columns under its empty first cell is a band over the rows below
 * ('Area 1: Knowing our workforce' under ' | What we will do | Who | When', the first cell empty over the action
 * numbers), the first block's heading — as the bands under it are (holdout40 ridings).
 */
function isSubHeader(sheet: SheetView, texts: RowTexts, header: number, r: number): boolean {
  if (r >= sheet.height || texts[r].length === 0) return false;
  if (datesHeaderColumns(sheet, texts, header, r)) return true;
  return texts[r].every((t) => {
    const above = labelOver(sheet, header, t.c, r);
    const grouped = above !== undefined && above.right > above.left;
    // A status word under a group label narrows it ('Timescale' over 'Start | Complete'); under no label it is a status.
    const kind = cellKind(t.text);
    if (t.text.length > 30 || typeof sheet.value(r, t.c) !== 'string' || !(kind === 'short' || (kind === 'status' && grouped))) return false;
    const own = sheet.merge(r, t.c);
    if (own !== undefined && own.right > own.left && texts[header].filter((h) => h.c >= own.left && h.c <= own.right).length >= 2) return false;
    return (grouped || sheet.text(header, t.c) === '') && !reachesUnderOthers(sheet, header, r, t.c, above);
  });
}

/**
 * Periods straight under a header, each beneath one of its labels or a label merged over several columns ('Year 1 |
 * Year 2 | Year 3' over '2021/22 | 2022/23 | 2023/24', 'Delivery' over 'Q1 | Q2 | Q3 | Q4'): the header's second row,
 * dating the columns above (holdout55 wyecross). Two periods at least and nothing else: an action's row writes what is
 * done beside its dates.
 */
function datesHeaderColumns(sheet: SheetView, texts: RowTexts, header: number, r: number): boolean {
  if (texts[r].length < 2) return false;
  for (const t of texts[r]) {
    if (!saysWhen(t.text)) return false;
    const above = sheet.merge(header, t.c);
    if (sheet.text(header, t.c).trim() === '' && !(above && above.right > above.left)) return false;
  }
  return true;
}

/**
 * A label merged on from its cell under other header cells than its own ('Area 1: Knowing our workforce' merged A:D
 * under an empty A, 'What we will do', 'Who', 'When'): a heading over the rows below, not a second header row naming
 * one column (holdout40 ridings). A sub-header's cell lies within its header cell ('Start' under 'Timescale' merged over two).
 */
function reachesUnderOthers(sheet: SheetView, header: number, r: number, c: number, above: { left: number; right: number } | undefined): boolean {
  const own = sheet.merge(r, c);
  if (!own || own.right === own.left) return false;
  const [left, right] = above && above.right > above.left ? [above.left, above.right] : [c, c];
  for (let k = own.left; k <= own.right; k++) if ((k < left || k > right) && sheet.text(header, k) !== '') return true;
  return false;
}

/**
 * Header cells merged down over the next row ("Action", "Lead", "Due" each over rows 3–4) say the header takes
 * two rows, whatever the row below holds between them (sub-headers as bare numbers 1…9 under "Indicators",
 * ticks' column names): that row is the header's second row, never an action.
 */
function isMergedDownInto(sheet: SheetView, table: Table, header: number, r: number): boolean {
  if (header < 0 || r >= sheet.height) return false;
  let mergedDown = 0;
  for (let c = table.left; c <= table.right; c++) {
    const m = sheet.merge(header, c);
    if (m && m.top === header && m.left === c && m.bottom >= r && sheet.text(header, c) !== '') mergedDown++;
  }
  return mergedDown >= 2;
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
function keyHeader(sheet: SheetView, band: readonly number[], first: ColumnAssignment | undefined): string | null {
  if (band.length === 0 || !first) return null;
  for (const f of ['status', 'progress'] as const) {
    const c = first.map[f];
    const text = c === undefined ? '' : headerBandText(sheet, band, c);
    if (c !== undefined && (f === 'status' || /=|:/.test(text))) return text;
  }
  return null;
}

/** The header cells over the column the key colours (`keyHeader`'s column): where a key kept in a note is looked for first. */
function keyHeaderCells(band: readonly number[], first: ColumnAssignment | undefined): { r: number; c: number }[] {
  const c = first?.map.status ?? first?.keyColumn;
  return c === undefined ? [] : band.map((r) => ({ r, c }));
}

/** The grid rows holding an action (only asked of a sheet with notes). */
function actionRowsOf(sheet: SheetView, actions: readonly RawAction[]): Set<number> {
  if (!sheet.notes) return new Set();
  const first = sheet.sheetRow(0);
  return new Set(actions.map((a) => a.row - first));
}

/** Each row's kind the walk read, by 1-based sheet row, in sheet order. */
function kindsBySheetRow(sheet: SheetView, kinds: readonly (RowKind | undefined)[]): Map<number, RowKind> {
  const out = new Map<number, RowKind>();
  for (let r = 0; r < kinds.length; r++) if (kinds[r] !== undefined) out.set(sheet.sheetRow(r), kinds[r]!);
  return out;
}

function textsBetween(texts: RowTexts, from: number, to: number, skip: ReadonlySet<number> = new Set()): string[] {
  const out: string[] = [];
  for (let r = from; r < to && r < texts.length; r++) if (!skip.has(r)) for (const t of texts[r]) out.push(t.text.slice(0, 300));
  return out;
}

function lettersOf(sheet: SheetView, map: ColumnMap): RecognisedGrid['columns'] {
  const out: RecognisedGrid['columns'] = {};
  for (const [f, c] of Object.entries(map)) if (c !== undefined) out[f as PlanField] = sheet.letter(c);
  return out;
}

function emptyPlan(sheet: SheetView): RecognisedGrid {
  return {
    sheet: sheet.sheetName, standard: null, titleTexts: [], titleTasks: [], boardName: null, footerTexts: [], columns: {}, evidence: [], candidates: {}, form: null, candidateLabels: {}, headerRows: [], rowKinds: new Map(),
    legend: [], statusHeader: null, noteKey: null, actions: [], unmappedHeaders: [], crossReferences: [], otherPlans: [], rowsSetAside: [],
  };
}

/**
 * A sheet with no header row read as a plan kept as a document (`readDocumentPlan`), or null when it holds no such plan:
 * its actions, with no columns to give a lead, timescale or status (the user is told so in the action's evidence: each
 * action's lead and timescale are missing unless its item writes them), the texts above the first for who the plan is, those below the last.
 */
function readAsDocument(sheet: SheetView, standards: StandardClues): RecognisedGrid | null {
  const items = readDocumentPlan(sheet);
  if (items.length === 0) return null;
  const top = sheet.sheetRow(0);
  const first = items[0].action.row - top;
  const last = items[items.length - 1].action.row - top;
  // The whole sheet is the document's table: its rows' texts as a plan read by its header has them (a title merged
  // across several cells once).
  const texts = profileRows(sheet, { top: 0, bottom: sheet.height - 1, left: 0, right: sheet.width - 1, cells: 0 });
  const titleTexts = textsBetween(texts, 0, Math.min(first, 30));
  const standard = standards.given ?? detectStandard(titleTexts, []) ?? standards.named ?? detectStandard([], textsBetween(texts, 0, sheet.height));
  const column = items[0].action.cells.action ?? 'A';
  const reason = `Action: no header row was found on this sheet (no columns such as "Action", "Lead", "Timescale", "Status"), so it was read as a document: a lead, timescale or status is read only where an item writes it ('Lead: Head of OD', '…by March 2023') — ${items.map((i) => i.why).join('; ')}`;
  return {
    ...emptyPlan(sheet),
    standard,
    titleTexts,
    footerTexts: textsBetween(texts, last + 1, Math.min(sheet.height, last + 31)).slice(0, 12),
    columns: { action: column },
    evidence: [{ field: 'action', column, header: '', confidence: 0.6, reason, source: 'contents' }],
    actions: items.map((i) => i.action),
  };
}

