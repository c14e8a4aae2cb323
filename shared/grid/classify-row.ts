import { indicatorOfCell, indicatorsOfCell, isBareNumbered, NAMES_INDICATOR, numbersOwnArea, withoutIndicatorWord } from '../indicators';
import { startsWithVerb } from './starts-with-verb';
import { METRIC_TITLE } from './cell-kind';
import { readRagLegendRow } from '../rag/read-rag-legend-row';
import { figuresInFieldCells } from './figures-in-field-cells';
import { readColouredKey } from '../rag/read-coloured-key';
import type { PlanField, RagKeyEntry, Standard } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse, isBlankText } from './cell-text';
import { isRunningHead, PAGE_MARK, printedPageMark } from './is-running-head';
import { readDashboardTiles } from './read-dashboard-tiles';
import { isNote } from './is-note';
import { nameBesideDefinition } from './name-beside-definition';
import { POINTS_TO_ROW, pointsToActions, pointsToPlanElsewhere } from './points-to-actions';
import { readObjectiveRow } from './read-objective-row';
import { readMeasuredHeading } from './read-measured-heading';
import { readSignOffRow } from './read-sign-off-row';
import { readLabelValueRow } from './read-label-value-row';
import { isFigure } from './is-figure';
import { readFiguresRow } from './read-figures-row';
import { headsFiguresBelow } from './heads-figures-below';
import { inFiguresTable } from './in-figures-table';
import { readGlossaryRow } from './read-glossary-row';
import { readStatusCaption } from './read-status-caption';
import { readStatusKeyLine } from './read-status-key-line';
import { readSummaryRow } from './read-summary-row';
import { headsCountTable } from './heads-count-table';
import { readTemplateRow } from './read-template-row';
import { readUncolouredKeyRow } from './read-uncoloured-key-row';
import { readKeyEntryRow } from './read-key-entry-row';
import { isUnderKeyTitle } from './is-under-key-title';
import { readSwatchKeyRow } from './read-swatch-key-row';
import type { SheetView } from './view-sheet';
import { statesFinding } from './states-finding';
import { writesWords } from './writes-words';
import type { FiguresHead } from './figures-head-at';
import { FIGURE_TEXT, KEY_TITLE_TEXT, NOT_BARE_TEXT, PAGE_NUMBER_TEXT, PRINTED_MARK_TEXT, rowTextFacts, SHORT_NOT_HEAD_TEXT, TEMPLATE_TEXT } from './row-text-facts';

/**
 * 'continuation': a further line of the action above (a Word paste puts each paragraph of a cell on its own row);
 * 'other-plan': a row of another year's plan kept on the same sheet; 'objective': an objective written in the action
 * column over its numbered actions; 'summary': a count under the plan ("Total actions | 13"); 'sign-off': a row of the
 * plan's sign-off table ("Prepared by | A. Boateng | EDI Lead | 01/07/2025"); 'example': a template's example row left
 * in ('e.g.' | 'Example: describe the action…' | 'dd-mmm-yy'); 'guidance': a template's row of prompts left under the
 * header, one per column ('(What will you do? Make it SMART)', set aside by the walk, see `findTemplateRows`); 'withdrawn': an action hidden by hand that the plan marks
 * withdrawn (set aside by the walk, see `findWithdrawal`); 'no-action': a gap analysis's row rated as met whose action cell
 * says none is needed (set aside by the walk, see `findRatingColumn`); 'log-record': a row a log types as no action
 * ('Decision', 'Risk' under 'Type', set aside by the walk, see `findRowTypeColumn`).
 */
export type RowKind = 'title' | 'legend' | 'header' | 'indicator-heading' | 'section' | 'objective' | 'summary' | 'sign-off' | 'example' | 'guidance' | 'action' | 'continuation' | 'cross-reference' | 'footnote' | 'blank' | 'other-plan' | 'withdrawn' | 'no-action' | 'log-record';

/** What the walk knows when it classifies one row. */
export interface RowContext {
  sheet: SheetView;
  r: number;
  /** The row's distinct non-empty texts (trimmed) with their columns. */
  texts: readonly { c: number; text: string }[];
  /** The columns of the header above, or null above the first header. */
  columns: ColumnMap | null;
  standard: Standard | null;
  /**
   * Rows a page break printed again (the header, a page's running head): a look down the rows to what follows (an
   * objective's first action) passes over them, as the plan carries on under them.
   */
  printedAgain?: (r: number) => boolean;
  /** Whether the plan's numbered headings number its own areas, not indicators (`numbersOwnAreas`), asked only of such a heading. */
  ownAreas?: () => boolean;
  /**
   * A roadmap's period columns (`findRoadmap`): the plan's actions are written in them, one period to an action, so a row
   * writing in one of them writes its action there, as another plan's row writes it in its action column.
   */
  roadmap?: readonly number[];
  /**
   * What row `k` above is to a row of figures looking up for its table's header (`figuresHeadAt`), kept by the walk so
   * each row is asked once however many rows of figures under it ask; worked out afresh when absent.
   */
  figuresHead?: (k: number, columns: ColumnMap | null | undefined) => FiguresHead;
  /**
   * The row's text facts (`rowTextFacts` of `texts`), kept by the walk so a row's are worked out once for every detector
   * that asks (its page-break test, then this): worked out afresh when absent.
   */
  textFacts?: (r: number, texts: RowContext['texts']) => number;
}

/** What a row is, with what it carries: legend entries, a heading's text, an indicator, a cross-reference. */
export type RowReading =
  | { kind: 'blank' | 'title' | 'action' }
  /** A note, a page's number or a row of another table; `why` when it has text in the action column (the user is told). */
  | { kind: 'footnote'; why?: string; /** The lead a line under a block's heading names for the block ('Workstream lead: …'). */ lead?: string }
  /** `why` when the row's reading as a key needs saying (a key block's first entry beside its title: 'BRAG' | 'B' | 'Complete'). */
  | { kind: 'legend'; entries: RagKeyEntry[]; why?: string }
  /** `names`: the text that names the block's indicators when it is not the heading ("Indicator 1" beside its wording). */
  /** `defined`: the heading is a block's name written beside its definition ('Actions' | 'Measurable actions and …'). */
  | { kind: 'section'; heading: string; indicator: string | null; names?: string; defined?: true }
  | { kind: 'objective'; heading: string; ref: string; why: string }
  | { kind: 'summary' | 'sign-off' | 'example' | 'guidance'; why: string; closesFrom?: number }
  /** `indicators`: every indicator the row's indicator cell names ("6 & 8"), when the row is an indicator's own row. */
  | { kind: 'indicator-heading'; indicator: string | null; indicators?: readonly string[]; names?: string }
  | { kind: 'cross-reference'; text: string; target: string | null };

const FOOTNOTE_WORD = /^\s*(note|notes|nb|source|key)\b/i;
/** A note or footnote: a row opening with its word ('Note', 'Source', 'Key'), or a note's label or footnote mark (`isNote`: '* Figures exclude …'). */
const isFootnote = (text: string) => FOOTNOTE_WORD.test(text) || isNote(text);
const INDICATOR_HEADING = NAMES_INDICATOR;
/** A whole number alone ("7", "12"): a printed page's number. */
const BARE_NUMBER = /^\d{1,3}$/;
/** The readings most rows get carry nothing of their own: one shared (frozen) reading each, not one per row. */
const ACTION: RowReading = Object.freeze({ kind: 'action' });
const BLANK: RowReading = Object.freeze({ kind: 'blank' });

/**
 * Classifies one row under (or above) a header: blank, a RAG legend, a title above the plan, a section
 * or indicator heading (one text spread over the row, with no lead or timescale), a cross-reference
 * ("See 6. above"), a footnote, or an action.
 *
 * @example
 * classifyRow({ sheet, r: 12, texts: [{ c: 0, text: 'Engagement' }], columns, standard: 'WRES' }); // { kind: 'section', heading: 'Engagement', indicator: null }
 */
export function classifyRow(x: RowContext): RowReading {
  const { sheet, r, texts, columns } = x;
  if (texts.length === 0) return BLANK;
  // Cells merged down from a row above (an analysis merged over its block) are that row's: a row holding nothing else
  // says nothing of its own, so it is no heading (its text would otherwise become the theme of the actions below).
  if (allMergedFromAbove(sheet, r, texts)) return BLANK;
  // With no status column, one text naming a status ('Completed (5 actions)', merged across and filled blue) heads the
  // actions under it by how far they have got: a section giving their status, not a key entry, though it is filled.
  if (columns && columns.status === undefined && texts.length === 1 && readStatusCaption(collapse(texts[0].text))?.status) {
    return { kind: 'section', heading: collapse(texts[0].text), indicator: null };
  }
  // What the row's texts may be, worked out once for the detectors below that would each walk them (`rowTextFacts`):
  // a detector whose bit is unset cannot fire, and an action's row sets none of them.
  const facts = columns ? (x.textFacts ? x.textFacts(r, texts) : rowTextFacts(texts)) : 0;
  // Legends sit above the plan, or in short rows of their own, or run along a row with a 'Key' title ('Status key:' |
  // 'Complete' | 'On track' | … each filled in its colour) however many entries it has, wherever its title sits.
  // (The texts are trimmed and the 'Key' title's pattern takes any run of whitespace, so they need no collapsing.)
  if (!columns || texts.length <= 3 || (facts & KEY_TITLE_TEXT) !== 0) {
    // A key block of swatches (a cell filled in its colour beside what it means, row after row), its title beside its
    // first entry or above it: every row of it is the key's, the titled one too.
    const swatch = texts.length <= 3 ? readSwatchKeyRow(sheet, r, { top: 0, bottom: sheet.height - 1, left: 0, right: sheet.width - 1 }) : null;
    if (swatch) return { kind: 'legend', entries: [swatch.entry], why: swatch.why };
    const entries = readRagLegendRow(texts.map((t) => t.text), texts.map((t) => sheet.fill(r, t.c)));
    if (entries.length > 0) return { kind: 'legend', entries };
    // A key written in its own colours, each label (or a mark before it) in its colour, in one cell.
    const runs = texts.length === 1 ? sheet.runs(r, texts[0].c) : null;
    const coloured = runs ? readColouredKey(runs) : [];
    if (coloured.length > 0) return { kind: 'legend', entries: coloured };
  }
  if (!columns) {
    const tiles = readDashboardTiles(x);
    return tiles.length ? { kind: 'legend', entries: tiles } : { kind: 'title' };
  }
  const keyed = readKeyEntryRow(sheet, r, texts, columns);
  if (keyed) return { kind: 'legend', entries: [keyed] };
  // A page footer left by a print or PDF conversion, wherever it sits (often under the lead column), or a page's bare
  // number: a number alone on its row heads nothing unless it sits where the plan numbers its indicators or actions.
  if (texts.length === 1 && texts[0].text.length <= 20 && PAGE_MARK.test(texts[0].text)) return { kind: 'footnote' };
  // A page's head or footer in several cells ('WRES Action Plan 2020/21 – v1.3' … 'Page 1 of 2', or the page's bare
  // number at the far side: 'WDES Report & Action Plan – July 2019' … '3'): the page's number beside the plan's title.
  // (Every text of such a line is a running head: a short one that is not rules it out — a lead's, a status's.)
  if (texts.length > 1 && (facts & PAGE_NUMBER_TEXT) !== 0 && (facts & NOT_BARE_TEXT) !== 0 && (facts & SHORT_NOT_HEAD_TEXT) === 0 && pageNumberBesideTitle(texts)) return { kind: 'footnote' };
  // A page's foot or head with the document's control details beside its mark ('Author: … | Approved: People Committee
  // 21/11/2019 | Page 1 of 3', 'Trust | OFFICIAL', 'OFFICIAL | WRES Action Plan 2024-25 | v1.3 FINAL | Uncontrolled when printed').
  const furniture = texts.length > 1 && (facts & PRINTED_MARK_TEXT) !== 0 ? printedPageLine(texts) : null;
  if (furniture) return { kind: 'footnote', why: furniture };
  if (texts.length === 1 && BARE_NUMBER.test(texts[0].text) && texts[0].c !== columns.indicator && texts[0].c !== columns.ref) return { kind: 'footnote' };
  // A count under the plan ("Total actions | 13", "Complete | 5"): a summary, not an action.
  const summary = readSummaryRow(x);
  if (summary) return { kind: 'summary', why: summary.why, ...(summary.labelColumn !== undefined ? { closesFrom: summary.labelColumn } : {}) };
  // The captions over such counts ('RAG summary' | 'No.') head them: a summary's header, not an action.
  const countsBelow = headsCountTable(x);
  if (countsBelow) return { kind: 'summary', why: countsBelow.why };
  // Who prepared or approved the plan ("Prepared by | A. Boateng | EDI Lead | 01/07/2025"): a sign-off, not an action.
  const signOff = readSignOffRow(x);
  if (signOff) return { kind: 'sign-off', why: signOff.why };
  // A key block's status with no colour ('Not yet due' unfilled, 'Superseded' grey, under the key's coloured entries).
  // It names no lead and no timescale, as an action would — unless the block runs up to a 'Key' title: then, as for its
  // coloured entries (readKeyEntryRow), the label and its meaning may sit under any of the plan's columns, as they do when a
  // trust orders its plan's columns another way and leaves its key where it was typed.
  const keyShaped = texts.length === 2 && ((blankIn(sheet, r, columns, 'lead') && blankIn(sheet, r, columns, 'due')) || isUnderKeyTitle(sheet, r));
  const uncoloured = keyShaped ? readUncolouredKeyRow(sheet, r, { top: 0, left: 0, right: sheet.width - 1 }) : null;
  if (uncoloured) return { kind: 'legend', entries: [uncoloured] };
  // A line defining the plan's status words with no colour ('Status:' | 'Open – in progress this year; Closed – …').
  const statusKey = texts.length <= 2 ? readStatusKeyLine(texts.map((t) => t.text)) : null;
  if (statusKey) return { kind: 'footnote', why: statusKey };
  // A template's example row left in ('e.g.' | 'Example: describe the action…' | 'dd-mmm-yy'): no action.
  const example = (facts & TEMPLATE_TEXT) !== 0 ? readTemplateRow(x) : null;
  if (example) return { kind: 'example', why: example.why };
  // A label and its value ('Review date:' | 'June 2023'), or a glossary's term and meaning ('ESR' | 'Electronic Staff Record').
  const labelled = readLabelValueRow(x);
  if (labelled) return { kind: 'sign-off', why: labelled.why };
  const glossary = readGlossaryRow(x);
  if (glossary) return { kind: 'footnote', why: glossary.why };
  // A numbered heading ("1 | Objective 1 – …" merged across the rest of the row) reads as its text alone.
  const own = numberedHeading(x) ?? texts;
  // The first text is tidied only in the branches that read it: an action's row, most rows, reads it in none.
  const actionRaw = columns.action === undefined ? '' : sheet.text(r, columns.action);
  const actionCell = actionRaw.length <= 200 ? collapse(actionRaw) : actionRaw.trim();
  // "Indicator 3" first on a short row is a heading; after the other text, only when that text is not an action
  // (the indicator's wording before its label, the trust's columns in another order). So it is first on a row whose
  // other cells give only its figures, one a group ('Metric 4a – …' | 'Disabled 32.0%' | 'Non-disabled 24.6%').
  // So is one with no action whose lead, timescale and status cells hold its figures ('2022: 1.58' | '2023: 1.71' | '▲ worse').
  const label = texts.length <= 2 ? own.find((t) => INDICATOR_HEADING.test(collapse(t.text))) : (groupFiguresBeside(texts) || (!actionCell && figuresInFieldCells(sheet, r, columns))) && INDICATOR_HEADING.test(collapse(texts[0].text)) ? texts[0] : undefined;
  if (label && (label === own[0] || !actionCell) && !labelsAnAction(x, label, actionCell)) return indicatorHeading(x, collapse(label.text), texts.find((t) => t.c !== label.c));
  const toRow = actionCell ? POINTS_TO_ROW.exec(actionCell) : null;
  if (toRow) return { kind: 'cross-reference', text: actionCell, target: toRow[1] ?? null };
  // "See actions under Metric 8 …" with no lead, timescale or status of its own points to actions elsewhere.
  // A sentence saying the actions are in a plan or part of the document of their own ('A separate action plan for Metric 5
  // is at Appendix 4B …') commits to nothing here whatever sits under the status column (the metric's position).
  const pointed = actionCell && !fills(sheet, r, columns.lead) && !fills(sheet, r, columns.due) ? (fills(sheet, r, columns.status) ? pointsToPlanElsewhere(actionCell) : pointsToActions(actionCell)) : null;
  if (pointed !== null) return { kind: 'cross-reference', text: actionCell, target: pointed || null };
  // A group's heading with its success measure in the action column, or its overall rating beside a label 'Overall'.
  const measured = readMeasuredHeading(x);
  if (measured) return { kind: 'section', heading: measured, indicator: null };
  // A heading's own text may sit over any column (a merged row's text is in its first cell, whatever that column holds).
  // Its deadline may sit under the timescale column behind a label ('National deadline: March 2024' beside 'High Impact
  // Action 1: …'): the section's, written as no action's date is.
  if (isSpread(x) && !elsewhere(sheet, r, columns, 'lead', own[0].c) && (!elsewhere(sheet, r, columns, 'due', own[0].c) || labelsItsDate(sheet, r, columns)) && (own.length === 1 || sheet.merge(r, own[0].c))) {
    const first = collapse(own[0].text);
    if (isFootnote(first)) return { kind: 'footnote' };
    // A page's running head ("Trust name | WRES Action Plan 2015/16", "WDES action plan (continued)") names the plan: a title, not a section.
    // (A bare number that reaches here sits under the indicator or ref column: it heads its block.)
    if (own.length === 1 && isRunningHead(first) && !BARE_NUMBER.test(first)) return { kind: 'title' };
    // A bare number before a title about something else numbers the plan's own areas ('5. Work with the Police'): a section.
    // So does one of a plan whose other numbered headings do ('1. Representation …' beside '2. Reasonable adjustments …').
    const numbered = numbersOwnArea(first, x.standard) || (x.ownAreas && isBareNumbered(first) && x.ownAreas()) ? null : indicatorOfCell(first, x.standard);
    if (numbered && own.length <= 2 && columns.action !== undefined && !actionCell) return { kind: 'indicator-heading', indicator: numbered };
    if (columns.action === undefined || !actionCell || (own.length === 1 && !saysWhatToDo(sheet, r, own[0].c, columns.action, actionCell) && !actionLeftAlone(x, columns, first))) return { kind: 'section', heading: first, indicator: null };
  }
  // An objective in the action column over its numbered actions ("1 | Objective 1 – …" over 1.1, 1.2): their theme.
  const objective = readObjectiveRow(sheet, r, columns, x.printedAgain);
  if (objective) return { kind: 'objective', ...objective };
  const substantive = isSubstantive(sheet, r, columns) || (x.roadmap !== undefined && x.roadmap.some((c) => !isBlankText(sheet.text(r, c))));
  if (!substantive && (columns.status === undefined || sheet.fill(r, columns.status) === null)) {
    const first = collapse(own[0].text);
    if (isFootnote(first)) return { kind: 'footnote' };
    const figures = indicatorRow(x, columns);
    if (figures) return figures;
    // A block's name beside its definition ('Reporting' | 'A clear commitment to be open …') is headed by the name.
    if (texts.length === 1) return { kind: 'section', heading: first, indicator: null };
    const named = nameBesideDefinition(own);
    return named ? { kind: 'section', heading: named, indicator: null, defined: true } : { kind: 'section', heading: '', indicator: null };
  }
  if (!actionCell && isFootnote(collapse(own[0].text))) return { kind: 'footnote' };
  // A label followed only by figures ('Our 2019 result' | '3.2%' | '1.41' | …, a provider's name and its metrics).
  // (Its figures are figure cells: a row with none, as an action's, is ruled out by its text facts.)
  const figures = (facts & FIGURE_TEXT) !== 0 ? readFiguresRow(x) : null;
  if (figures) return { kind: 'footnote', why: figures.why };
  // An action is written in words. A figure in the action column ('5.0%', '2021', '+0.8', '12/05/2022') is a row of
  // another table kept by the plan (indicator figures, a version history), not an action.
  if (actionCell && !writesWords(actionCell)) return { kind: 'footnote', why: `its action cell holds '${actionCell.slice(0, 20)}', a figure or a date, not words: a row of another table` };
  // Short labels over rows of a name and figures ('Indicator | BME | White' over 'DATA | … | 1.41'): a figures table's header.
  // (And the rows under them, however few their figures: 'Band 5' | '402' | '1,204'.)
  // (A row of a table of figures holds a figure cell: a row with none, as an action's, is no such row — `rowTextFacts`.)
  const table = headsFiguresBelow(x)?.why ?? ((facts & FIGURE_TEXT) !== 0 ? inFiguresTable(x) : null);
  if (table) return { kind: 'footnote', why: table };
  return ACTION;
}

/** A group's figure: a name of a few words, then a per cent or a decimal ('Disabled 32.0%', 'BME staff 1.21'); never a date. */
const GROUP_FIGURE = /^\p{L}[\p{L} '’-]{0,30}\s[-+]?\d{1,3}(?:\.\d+%?|%)$/u;

/**
 * Every text after the row's first is a figure, alone or a group's ('3.2%', 'Disabled 32.0%'): the row gives the first
 * text's figures, not a lead, a timescale or a status.
 */
function groupFiguresBeside(texts: RowContext['texts']): boolean {
  if (texts.length < 2 || texts.length > 5) return false;
  for (let i = 1; i < texts.length; i++) {
    const t = texts[i].text.trim();
    // Both a figure and a group's end on a digit or '%': a lead or a status beside an action's words is ruled out by its
    // last character, before the group's pattern (its letters matched by Unicode class) tries it.
    if (t.length > 40 || !endsLikeFigure(t) || !(isFigure(t) || GROUP_FIGURE.test(t))) return false;
  }
  return true;
}

/** The text's last character is a digit or '%', as every figure's is. */
function endsLikeFigure(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 37 /* % */ || (last >= 48 && last <= 57);
}

/** A label and its value: 'National deadline: March 2024', 'Target date – Q4'. */
const LABELLED_DATE = /^\p{L}[\p{L} ]{0,30}\s*[:–—]\s*\S/u;

/**
 * The row's timescale cell writes its date behind a label ('National deadline: March 2024') where the plan's actions
 * write bare dates: a heading's own deadline for its group (a high impact action's national one), not an action's.
 */
function labelsItsDate(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  const due = columns.due === undefined ? '' : sheet.text(r, columns.due).trim();
  return due.length <= 60 && LABELLED_DATE.test(due);
}

// The questions below are asked of every row: plain functions and loops, so a row builds no closure for each.

/** Every text of the row sits in a cell merged down from a row above. */
function allMergedFromAbove(sheet: SheetView, r: number, texts: RowContext['texts']): boolean {
  for (let i = 0; i < texts.length; i++) if (!((sheet.merge(r, texts[i].c)?.top ?? r) < r)) return false;
  return true;
}

/** A text of the row is a page's number ('Page 1 of 2'). */
/**
 * A printed page's head or footer kept in cells of its own: every cell names the plan (its title, the trust) or the page,
 * one of them the page's number ('Page 1 of 2', '- 2 -', or a bare '3': a number is a page's only beside the plan's title,
 * so one text at least is more than a number).
 */
function pageNumberBesideTitle(texts: RowContext['texts']): boolean {
  let page = false;
  let title = false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i].text;
    // BARE_NUMBER on the trimmed text, with no trimmed copy made (\s is the whitespace trim takes away).
    const bare = PADDED_NUMBER.test(t);
    if (bare || (t.length <= 20 && PAGE_MARK.test(t))) page = true;
    if (!bare) title = true;
  }
  // Every numbered action's row gets here (its number reads as a page's): its short texts (a lead, a status) are asked
  // first, as one of them is what tells it apart; the answer is the same in any order.
  return page && title && allRunningHeads(texts, 40, false) && allRunningHeads(texts, 40, true);
}

/**
 * Why a row is a printed page's head or foot typed into cells, or null: one of its cells marks the page (its number, its
 * protective marking, 'Uncontrolled when printed') and every other cell is the page's furniture — the plan's title, the
 * trust, the document's control details ('Author: …', 'Approved: People Committee 21/11/2019', 'Ref: … v2.0', 'Printed
 * 14/10/2021'). Most rows are ruled out by the first test: no cell of theirs marks a printed page.
 */
function printedPageLine(texts: RowContext['texts']): string | null {
  const mark = printedPageMark(texts);
  if (mark < 0) return null;
  return `it is a printed page's head or foot typed into the sheet ('${collapse(texts[mark].text)}' beside the plan's title, the trust or the document's control details), not an action`;
}

/** A bare number with whitespace about it: BARE_NUMBER on the text trimmed. */
const PADDED_NUMBER = /^\s*\d{1,3}\s*$/;

/** Every text of the row no longer than `limit` characters (or, when `longer`, every text longer) is a page's running head. */
function allRunningHeads(texts: RowContext['texts'], limit: number, longer: boolean): boolean {
  for (let i = 0; i < texts.length; i++) if ((texts[i].text.length > limit) === longer && !isRunningHead(texts[i].text)) return false;
  return true;
}

/** The plan has no column for the field, or the row's cell there is blank. */
function blankIn(sheet: SheetView, r: number, columns: ColumnMap, f: PlanField): boolean {
  return columns[f] === undefined || !sheet.text(r, columns[f]!).trim();
}

/**
 * The row says something under the field's column, in another column than the heading's own text (`at`). (Whether a
 * cell says anything is whether it is more than whitespace: its collapsed text is '' exactly then, so it is not tidied.)
 */
function elsewhere(sheet: SheetView, r: number, columns: ColumnMap, f: PlanField, at: number): boolean {
  return columns[f] !== at && fills(sheet, r, columns[f]);
}

/**
 * The row has text under any of the columns an action fills (action, lead, timescale, status, progress, outcome): a row
 * with none of them filled is a heading or a note, not an action.
 */
function isSubstantive(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  // Each column read by its name, not looked up by a changing key in a loop (dearer): every row that reaches here is asked.
  return fills(sheet, r, columns.action) || fills(sheet, r, columns.lead) || fills(sheet, r, columns.due) || fills(sheet, r, columns.status) || fills(sheet, r, columns.progress) || fills(sheet, r, columns.outcome);
}

/** Words at least in an action left alone on its row: a sentence, longer than a block's subject ('Improve recruitment'). */
const MIN_LONE_ACTION_WORDS = 9;
/** How far up and down the rows are looked at for the group's further actions (a group has a handful of rows). */
const GROUP_REACH = 8;

/**
 * A further action of a group, its lead and timescale not yet filled in: the row's one text is a sentence of what to do
 * ('Make one central budget for adjustments so it doesnt come out of team budgets') in the action column, and near it
 * the plan writes its groups' further actions so — an action with its lead or timescale, the group's own columns (the
 * metric, the issue, the theme) left blank as they are written once on the group's first row. Such a row is one of
 * them, not a heading over the rows below. A subject ('Improve recruitment'), or a sentence in a plan that writes no
 * further actions so, is still a heading.
 */
function actionLeftAlone({ sheet, r }: RowContext, columns: ColumnMap, text: string): boolean {
  const c = columns.action!;
  if (sheet.text(r, c).trim() === '' || sheet.merge(r, c) || !startsWithVerb(text) || text.split(' ').length < MIN_LONE_ACTION_WORDS) return false;
  const group = [columns.indicator, columns.objective, columns.theme].filter((k): k is number => k !== undefined);
  if (group.length === 0) return false;
  // Rows with text count, up and down: spacer rows between a plan's rows put its groups no further apart.
  for (const step of [-1, 1]) {
    for (let k = r + step, seen = 0; k >= 0 && k < sheet.height && seen < GROUP_REACH; k += step) {
      if (!fills(sheet, k, c)) {
        if (sheetRowHasText(sheet, k)) seen++;
        continue;
      }
      seen++;
      if ((fills(sheet, k, columns.lead) || fills(sheet, k, columns.due)) && group.every((g) => !fills(sheet, k, g))) return true;
    }
  }
  return false;
}

/** Whether any cell of row `r` holds text. */
function sheetRowHasText(sheet: SheetView, r: number): boolean {
  for (let c = 0; c < sheet.width; c++) if (!isBlankText(sheet.text(r, c))) return true;
  return false;
}

/** The row has text (not only whitespace) in column `c`; false when the plan has no such column. */
function fills(sheet: SheetView, r: number, c: number | undefined): boolean {
  return c !== undefined && !isBlankText(sheet.text(r, c));
}

/**
 * A heading with its number in a cell of its own before it: "1" (or "2.", "B") then the heading merged across every
 * column after it. The number is the heading's, not an action's ref; the heading is the merged text.
 */
function numberedHeading({ sheet, r, texts }: RowContext): RowContext['texts'] | null {
  if (texts.length !== 2 || !NUMBER_ONLY.test(texts[0].text)) return null;
  const m = sheet.merge(r, texts[1].c);
  return m && m.left === texts[1].c && m.right > m.left && m.right >= lastColumn(sheet, r) ? [texts[1]] : null;
}

const NUMBER_ONLY = /^\s*(?:\d{1,2}|[A-Z])\s*[.):]?\s*$/;

/** The right-most column of the row that holds anything (a merged heading reaches it). */
function lastColumn(sheet: SheetView, r: number): number {
  for (let c = sheet.width - 1; c > 0; c--) if (sheet.text(r, c) !== '' || sheet.merge(r, c)) return c;
  return 0;
}

/**
 * "Indicator 3" / "Metric 1: Recruitment and Promotion — …": the block's indicator; alone on its row, its theme too
 * (a code with no title as well: 'Metric 2' over the metric's wording, as holdout24 kestow and holdout35 skelmoor write it,
 * unless it sits in a column the plan reads a field from, where it is the column's entry for its group).
 * Written over two cells — "Indicator 1" and the indicator's wording in another cell, merged across or not, in either
 * order — the row names the block's indicator and no theme: the wording restates the indicator, as the real KMPT plan's
 * gold reads its 'Indicator N | wording' rows (samples/kmpt-wres-2020-22), and the label says which indicator it is.
 * A label titled in its own cell ('Metric 1 – Representation across pay bands' | its figures, or '2 actions') is the
 * theme as alone (holdout42 tarrowby, holdout44 thorncombe).
 */
function indicatorHeading(x: RowContext, first: string, other: RowContext['texts'][number] | undefined): RowReading {
  const indicator = indicatorOfCell(withoutIndicatorWord(first), x.standard);
  // Alone on its row it is the block's heading, with a title ('Metric 1: Recruitment') or none ('Metric 2', its wording
  // on the line under it describing it; 'Metric 1b'): the actions' theme, as the same heading over a header is. A code
  // with no title in a column the plan reads a field from (its indicator or objective column) is that column's entry for
  // the rows below it: their indicator only.
  const titled = WORDED.test(first.replace(INDICATOR_HEADING, ''));
  if (x.texts.length === 1 && (titled || !inFieldColumn(x.columns, x.texts[0].c))) return { kind: 'section', heading: first, indicator };
  // Titled in its own cell after a colon or dash ('Metric 1 – Representation across pay bands'), the label is the block's heading whatever
  // the row holds beside it — its figures ('2020: 4.1% of staff declare a disability (3.3%)'), a count of its actions
  // ('2 actions'): the actions' theme, as alone on its row. Only a bare label ('Indicator 1') leaves its title to the
  // other cell, which restates the indicator's wording: no theme (samples/kmpt).
  if (indicator && TITLE_AFTER.test(first.replace(INDICATOR_HEADING, ''))) return { kind: 'section', heading: first, indicator };
  const title = other ? collapse(other.text) : '';
  // The label cell, not the wording, says which indicators the block serves (the wording may mention bands or years).
  if (indicator && WORDED.test(title) && !INDICATOR_HEADING.test(title)) return { kind: 'indicator-heading', indicator, names: first };
  return { kind: 'indicator-heading', indicator };
}

/**
 * "Metric 4" in the plan's indicator column beside what is to be done in its action column ('Metric 4' | 'Train managers
 * to respond to harassment …'): an action labelled with its indicator, as the plan's own columns say, not the
 * indicator's heading. A heading restates its indicator ('Indicator 1' | 'Percentage of staff in each of the AfC bands
 * …', as the real KMPT plan writes its blocks) or gives it a short title ('Indicator 5' | 'Harassment from the
 * public'), and heads rows: a sentence starting with what is done, or one heading nothing (the next row is labelled
 * too, or there is none), is an action.
 */
function labelsAnAction({ sheet, r, columns }: RowContext, label: RowContext['texts'][number], actionCell: string): boolean {
  if (!actionCell || !columns || label.c !== columns.indicator || !writesWords(actionCell)) return false;
  // An action cell merged across the lead's and the timescale's columns leaves the row no room for who or when: it is
  // the block's title spread over the row ('Metric 9' | 'Engagement and the voice of disabled staff' across B:D).
  if (spansWhoAndWhen(sheet, r, columns)) return false;
  if (startsWithVerb(actionCell)) return true;
  if (METRIC_TITLE.test(actionCell)) return false;
  if (!headsNothing(sheet, r, label.c)) return besideItsBlock(sheet, r, label.c, actionCell);
  // A short text heading nothing ('Metric 9b' | 'Tell staff what changed') is an action when the run of labelled rows
  // it sits in holds one that plainly is: the plan labels each action with its indicator, one a row.
  return actionCell.split(/\s+/).length >= SENTENCE_WORDS || labelledActionNear(sheet, r, label.c, columns.action!);
}

/**
 * A label merged down from its own row over the rows under it ('Metric 1 – Workforce representation / Disabled staff are
 * 4.8% …' spanning A4:A5) sits beside every row it spans, its own included: when its own row's action cell is a sentence
 * saying what will be done (not a finding the data shows), that row is the block's first action, not the block's heading
 * — a two-column plan writes each metric and its data once, merged down beside its actions. So is every row under it
 * that the label spans. A label on a row of its own, unmerged, over blank cells below, still heads them.
 */
function besideItsBlock(sheet: SheetView, r: number, c: number, actionCell: string): boolean {
  const merged = sheet.merge(r, c);
  // (Any row the label spans but its last, which heads nothing below and is read as before.)
  if (!merged || merged.bottom <= r) return false;
  return actionCell.split(/\s+/).length >= SENTENCE_WORDS && !statesFinding(actionCell);
}

/** The row's action cell is merged across both the lead's and the timescale's columns. */
function spansWhoAndWhen(sheet: SheetView, r: number, columns: ColumnMap): boolean {
  const m = columns.action === undefined || columns.lead === undefined || columns.due === undefined ? undefined : sheet.merge(r, columns.action);
  if (!m) return false;
  const within = (c: number) => c >= m.left && c <= m.right;
  return within(columns.lead!) && within(columns.due!);
}

/** How far up and down a run of labelled rows is searched for a plain action (a short plan's whole table, cheaply). */
const RUN_REACH = 12;

/**
 * Whether a row near `r` in the same unbroken run of rows labelled in column `c` ('Metric 1', 'Metric 9a' …) is plainly
 * an action — its action cell (column `a`) starts with what to do, or is a sentence that is no metric's title, and its
 * label heads no rows: the evidence that the plan labels every action, not every block. A label over unlabelled action
 * rows breaks the run, so a block's heading with no action under it ('Indicator 7' | 'Equal opportunities') stays one.
 */
function labelledActionNear(sheet: SheetView, r: number, c: number, a: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = r + step, n = 0; k >= 0 && k < sheet.height && n < RUN_REACH; k += step, n++) {
      const text = collapse(sheet.text(k, a));
      if (!INDICATOR_HEADING.test(collapse(sheet.text(k, c))) || !text) break;
      if (!writesWords(text) || METRIC_TITLE.test(text)) continue;
      if (startsWithVerb(text) || (text.split(/\s+/).length >= SENTENCE_WORDS && headsNothing(sheet, k, c))) return true;
    }
  }
  return false;
}

/** Words enough that a lone line in the action column opening with what to do is an action, not a heading. */
const ACTION_WORDS = 8;

/**
 * A lone text in the action column, unmerged, that says what to do — opening with the verb itself ('Make one central
 * budget for adjustments so it doesnt come out of team budgets'), at least eight words, handing over to nothing (no
 * closing colon), between rows with text in the action column: an action whose lead and date a half-filled plan left
 * blank, not a heading. An aim opening 'To …'
 * ('To increase the share of …') heads its block, as does a short subject or a line merged across.
 */
function saysWhatToDo(sheet: SheetView, r: number, c: number, action: number, text: string): boolean {
  if (c !== action || sheet.merge(r, c) || /^to\s/i.test(text) || /:\s*$/.test(text) || !startsWithVerb(text) || text.split(/\s+/).length < ACTION_WORDS) return false;
  // Inside the table, between rows with text in the action column: a note under the table ('Work paused Mar–Jun 2020 …'),
  // after a blank row or last, is no action, whichever column it was typed in.
  return r > 0 && r + 1 < sheet.height && !isBlankText(sheet.text(r - 1, c)) && !isBlankText(sheet.text(r + 1, c));
}

/** Words enough for a sentence saying what is done, not a block's short title. */
const SENTENCE_WORDS = 5;

/**
 * The next row holding anything holds a label of its own in column `c`, or there is none: row `r` heads no rows. (A
 * label merged down from row `r` over the next is row `r`'s own, heading it.) A page's number between is no such row.
 */
function headsNothing(sheet: SheetView, r: number, c: number): boolean {
  for (let k = r + 1; k < sheet.height; k++) {
    if (sheet.text(k, c).trim()) return (sheet.merge(k, c)?.top ?? k) > r;
    if (!onlyPageMark(sheet, k)) return false;
  }
  return true;
}

/**
 * The row is blank, or holds only a printed page's number or mark ('2', 'Page 3 of 6'): the page's, no row a label
 * above it heads (a page's number printed between a block's last action and the next block's label).
 */
function onlyPageMark(sheet: SheetView, k: number): boolean {
  let mark = false;
  for (let j = 0; j < sheet.width; j++) {
    const text = sheet.text(k, j).trim();
    if (!text) continue;
    if (mark || text.length > 20 || !(BARE_NUMBER.test(text) || PAGE_MARK.test(text))) return false;
    mark = true;
  }
  return true;
}

/** Whether grid column `c` is one the plan reads a field other than the action from (its indicator, objective, ref column). */
function inFieldColumn(columns: ColumnMap | null, c: number): boolean {
  if (!columns) return false;
  for (const f in columns) if (f !== 'action' && columns[f as PlanField] === c) return true;
  return false;
}

/** A word of three letters or more: a heading's title, not a number or a code. */
const WORDED = /[a-z]{3,}/i;
/**
 * A title set off after the code by a colon or a spaced dash ('Metric 1 – Representation …', 'Indicators 5 and 6 –
 * Harassment …'); 'Metric 1 Count', a subtotal's label, sets off none.
 */
const TITLE_AFTER = /(?::|(?:^|\s)[-–—])\s*\p{L}{3,}/u;

/**
 * A row that names an indicator in the indicator column and holds no action (no action, lead, timescale, status or
 * progress): the indicator's own row, often carrying its figures ("1 | BME staff at Band 8a+ | 8.1% | 9.4% | +1.3"),
 * with its actions on the rows beneath. The actions serve that indicator. Its other cells are data (the measure, the
 * figures), not a heading, so they are no theme.
 */
function indicatorRow({ sheet, r, texts, standard }: RowContext, columns: ColumnMap): RowReading | null {
  const c = columns.indicator;
  if (c === undefined || texts.length < 2 || !texts.some((t) => t.c === c)) return null;
  const indicators = indicatorsOfCell(collapse(sheet.text(r, c)), standard);
  return indicators.length ? { kind: 'indicator-heading', indicator: indicators[0], indicators } : null;
}

/** One or two texts spread over the row (merged across, or alone on it): a heading's shape. */
function isSpread({ sheet, r, texts }: RowContext): boolean {
  if (texts.length > 2) return false;
  if (texts.length === 1 || sheet.width <= 2) return true;
  for (let i = 0; i < texts.length; i++) {
    const m = sheet.merge(r, texts[i].c);
    if (m && m.right - m.left >= 1) return true;
  }
  return false;
}
