import { NAMES_INDICATOR } from '../indicators/indicator-word';
import { readRagLegendRow } from '../rag/read-rag-legend-row';
import { collapse } from './cell-text';
import { blockMetricsOf, describedUnder, describesBlock, NAMES_BLOCK_METRICS, SHORT_WORDS } from './describes-block';
import { isNote } from './is-note';
import { isParagraph } from './is-paragraph';
import { isRunningHead } from './is-running-head';
import { speaksToEditor } from './speaks-to-editor';
import { labelsBlock } from './labels-block';
import { numbersBlock } from './numbers-block';
import { pointsToActions } from './points-to-actions';
import { findBlockBands } from './find-block-bands';
import { headingBesideOverall } from './read-measured-heading';
import { readDatedOpening } from './read-dated-opening';
import { readLabelledSubRow } from './read-labelled-sub-row';
import { remarksOnActions } from './remarks-on-actions';
import { startsWithBullet } from './starts-with-bullet';
import { startsWithVerb } from './starts-with-verb';
import type { SheetView } from './view-sheet';


/** What `findHeadingsAbove` finds: each block's heading, and the lines between it and the header that describe the block. */
export interface HeadingsAbove {
  /** Each heading's text, by grid row. */
  headings: Map<number, string>;
  /** Each describing line's reason, by grid row ('it gives the figures of the block under the heading on row 4 …'). */
  described: Map<number, string>;
  /**
   * Headings that number a section of the document the plan is part of ('6. Developing our workforce – …' under its
   * title), by row: the words after the number. The number is the document's, not an indicator's.
   */
  sections: Map<number, string>;
  /**
   * Headings with a line under them naming the metrics the block addresses ('WDES metric addressed: 4'), by the
   * heading's row: the metrics that line names, as a heading writes them ('Metrics 4'), the block's indicators.
   */
  named: Map<number, string>;
}

/**
 * Section headings written ABOVE a header row ("Metric 1: Recruitment and Promotion", "Key Action Area –
 * Bullying and Harassment"): the nearest row above each header, past blank rows, when it holds one text — or, past
 * lines that DESCRIBE the block (its figures, the indicator's wording: `describesBlock`), the heading over them ('WRES 1
 * – BME staff in each pay band' over 'Reporting period 2016/17: BME 39.8% …', a PDF's or web page's block per
 * indicator); those lines are context. A heading whose own cell holds such lines after its first ('Metric 4 – …' then
 * 'Summary: …') is one heading, written as it is (the golds keep it whole: dev somerset).
 * Above the first header such a row could be the plan's title, so it counts only when it names an
 * indicator or when other headers have headings above them too (the plan's pattern). A row that names a plan
 * and its year (a title, a page's running head) is never a heading, nor is a row that belongs to the block above it,
 * as the last row of a page does when the page's header is printed again under it (see `endsBlockAbove`).
 *
 * @example
 * findHeadingsAbove(sheet, [10, 19, 28], isHeader).headings; // Map { 9 => 'Key Action Area – Representative Workforce…', … }
 */
export function findHeadingsAbove(sheet: SheetView, headerRows: readonly number[], isHeader: (r: number) => boolean): HeadingsAbove {
  const found = new Map<number, string>();
  const lines = new Map<number, number[]>();
  // The nearest row with text above each header, and the column of its one cell (where headings sit, when they do).
  const nearest = headerRows.map((h) => {
    // Past blank rows and past the group labels of a two-row header: the heading is above the whole header.
    let r = h - 1;
    while (r >= 0 && (rowTexts(sheet, r).length === 0 || isHeader(r))) r--;
    return { h, r, c: r >= 0 ? oneCellColumn(sheet, r) : -1 };
  });
  // A block's heading band over its figures and a remark on them, as over each copy of the header: it heads the block.
  const bands = findBlockBands(sheet, headerRows);
  const headOf = new Map<number, number>();
  for (const { h, r, c } of nearest) {
    if (r < 0 || isHeader(r)) continue;
    const text = headingText(sheet, r, h);
    // A further line of the action above in a field's column ('Q3 update: …' under its comments, the page's last row
    // over the header printed again) is no heading, unless the other blocks' headings sit in that column too.
    if (text === null || (c > firstColumn(sheet, h) && underAnAction(sheet, r, c) && !nearest.some((o) => o.r !== r && o.c === c))) continue;
    const over = headingOverLines(sheet, r, h, isHeader);
    // A list item never heads its block: with no heading over the list, the block has none. Nor does a paragraph of
    // sentences leading into the table ('Ahead of Thursday's committee, the updated … plan is below. Changes since
    // February are in the last column.'): it says what follows, not what the actions are about.
    if (!over && (startsWithBullet(text) || isParagraph(text))) continue;
    const row = over?.row ?? r;
    found.set(row, over?.text ?? text);
    headOf.set(h, row);
    if (over) lines.set(row, over.lines);
  }
  // Where the band is not the heading found (a remark on the figures, right over the header, was), the band heads the block.
  for (const [h, band] of bands) {
    const row = headOf.get(h);
    if (row === band.row) continue;
    if (row !== undefined) {
      found.delete(row);
      lines.delete(row);
    }
    found.set(band.row, band.text);
  }
  const first = headerRows[0];
  const sections = new Map<number, string>();
  if (first !== undefined) {
    for (const r of [...found.keys()].filter((k) => k < first)) {
      const text = found.get(r)!;
      if (NAMES_INDICATOR.test(text) || found.size >= 2 || r === bands.get(first)?.row) continue;
      if (numbersSection(sheet, r, text)) sections.set(r, text.replace(SECTION_NUMBER, ''));
      else found.delete(r);
    }
  }
  const described = new Map<number, string>();
  const named = new Map<number, string>();
  for (const [r, under] of lines) {
    const heading = found.get(r);
    if (heading === undefined) continue;
    for (const l of under) {
      const line = rowTexts(sheet, l)[0];
      const why = describedUnder(line, heading, sheet.sheetRow(r));
      const metrics = why ? blockMetricsOf(line) : null;
      // A line closing on the metrics it serves ('… (WDES metrics 1 and 10).') says so in its reason: they are the block's.
      if (why) described.set(l, metrics && !NAMES_BLOCK_METRICS.test(line) ? `${why}; it names the metrics its block addresses ('${metrics}'), its actions' indicators` : why);
      if (metrics) named.set(r, metrics);
    }
  }
  // A line alone on its row between a band and its header remarks on the block's figures ('The gap widened; …'): context.
  for (const [h, band] of bands) {
    if (headOf.get(h) === band.row) continue;
    for (const l of band.between) if (rowTexts(sheet, l).length === 1 && !described.has(l)) described.set(l, `it tells of the figures of the block under its heading on row ${sheet.sheetRow(band.row)} ('${band.text.slice(0, 60)}'): context, no heading (${band.why})`);
  }
  return { headings: found, described, sections, named };
}

/** A document's numbered section heading: '6. Developing our workforce', '3.2 Recruitment', 'Section 4 – Culture'. */
const SECTION_NUMBER = /^\s*(?:section\s+)?\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+[–—:-]\s*|\s+)(?=\p{Lu})/iu;

/**
 * Whether the heading over the first header is a numbered section of the document ('6. Developing our workforce – a fair
 * and diverse place to work', under the title and a '1. Introduction'): a title is never numbered as a section, and one
 * written above it (a text on a row above) says this row is not the plan's title. The table's actions are that section's.
 */
function numbersSection(sheet: SheetView, r: number, text: string): boolean {
  if (!SECTION_NUMBER.test(text) || text.split(/\s+/).length > 16) return false;
  for (let above = r - 1; above >= 0; above--) if (rowTexts(sheet, above).length > 0) return true;
  return false;
}

/** The row's one text when it could head the block above header `h`: not a title, running head, pointer or the block above's. */
function headingText(sheet: SheetView, r: number, h: number): string | null {
  const all = rowTexts(sheet, r);
  // A group's heading with its overall rating beside it ('Objective 1 – …' | 'Overall' | 'Amber') over the group's own
  // header: the heading alone heads the block (holdout64 severnwyre); the rating is the group's, no action's.
  const besideRating = all.length === 3 ? headingBesideOverall(all) : null;
  const texts = besideRating ? [besideRating] : all;
  // A plan's title, a page's running head ("… (continued)") or another year's caption names a plan: not a section.
  // Nor does a row sending the reader to actions elsewhere ("See actions under Metric 8 …"), closing the block above.
  // Nor a line telling the sheet's editors what to do ('Please add updates to column G with the date and your initials'),
  // nor one remarking on the actions above it ('Discussed at E&D Steering Group 12/1/17 – …', a signed comment: see
  // remarksOnActions), left straight over the header printed again at a page's top: it heads no block, between actions
  // as over a header (holdout41 elmstow under the stray-rows property's page header).
  if (texts.length !== 1 || texts[0].length > 300 || isRunningHead(texts[0]) || speaksToEditor(texts[0]) || pointsToActions(texts[0]) !== null || endsBlockAbove(sheet, r, texts[0], h)) return null;
  if (remarksOnActions(texts[0]) !== null) return null;
  // Nor the plan's key ('RAG: C = complete (blue) G = on track (green) …'), straight over the first header: it says what
  // the statuses mean, not what a block is about — taken as the heading, the key was lost (holdout76 pelsworth, once
  // another header below had a heading of its own).
  const c = oneCellColumn(sheet, r);
  // Two colours at least: a heading filled in one ('Key Action Area – …' on green) reads as one entry, and is a heading.
  if (!besideRating && readRagLegendRow(texts, [c >= 0 ? sheet.fill(r, c) : null]).length >= 2) return null;
  return texts[0];
}

/**
 * At most this many things describe a block between its heading and its header (the wording, the figures, a rating
 * line, a list): a bulleted list counts once, however many items it has.
 */
const MAX_LINES = 3;

/**
 * The heading over the lines describing a block, row `r` the nearest of them to the header: the first row up, with
 * no blank row between, that describes nothing. It must name an indicator or number its block as the plan does
 * ('Outcome 3A: …', `numbersBlock`), or be a short subject that starts the block (a blank row, a header or the sheet's
 * top above it; not a verb's, as an action left alone on its row is). Null when row `r` describes nothing or no such
 * heading is over it: the nearest row is the heading, as before.
 */
function headingOverLines(sheet: SheetView, r: number, h: number, isHeader: (r: number) => boolean): { row: number; text: string; lines: number[] } | null {
  const lines: number[] = [];
  let things = 0;
  let at = r;
  let text = headingText(sheet, at, h);
  // A line describes by itself (figures, wording, a label, a bullet) or by the heading over it (a goal under '1. Workforce').
  // A filled band over the lines heads them however it is worded (`banded`): the climb stops there.
  while (text !== null && !(lines.length && banded(sheet, at, lines)) && describesBlock(text, textAbove(sheet, at, h, isHeader)) && things < MAX_LINES) {
    // The items of one list are one thing said of the block: the next line up counts only when it starts another.
    if (!(lines.length && startsWithBullet(text) && startsWithBullet(rowTexts(sheet, at + 1)[0] ?? ''))) things++;
    lines.push(at);
    at--;
    text = textAbove(sheet, at + 1, h, isHeader) ?? labelledLine(sheet, at, isHeader) ?? paragraph(sheet, at, isHeader);
  }
  if (!lines.length || text === null) return null;
  const band = banded(sheet, at, lines);
  if (!band && describesBlock(text)) return null;
  const startsBlock = at === 0 || isHeader(at - 1) || rowTexts(sheet, at - 1).length === 0;
  const words = text.split(/\s+/).length;
  const titled = !/[.;]$/.test(text) && !startsWithVerb(text);
  // A title lettered or numbered as the plan orders its blocks ('A. A zero tolerance approach to harassment of disabled
  // staff', '2) …') may run longer than a bare subject: the letter says it heads a block.
  const short = titled && (words <= SHORT_WORDS || (LETTERED.test(text) && words <= LETTERED_WORDS));
  return NAMES_INDICATOR.test(text) || numbersBlock(text) || ((short || band) && startsBlock) ? { row: at, text, lines } : null;
}

/** A heading band is at most this many words: a commitment worded as what to do ('Give our people a voice, listen and act on what they tell us'). */
const BAND_WORDS = 20;

/**
 * Whether row `at` is set apart as a heading band: its one text, no sentence (no closing full stop) and at most
 * BAND_WORDS words, sits on a fill that none of the lines under it, which describe its block, has. A plan styling its
 * commitments as filled bands may word them as what to do ('Give our people a voice …', holdout33 highburrow): the fill,
 * not the wording, says it heads the block.
 */
function banded(sheet: SheetView, at: number, lines: readonly number[]): boolean {
  const c = oneCellColumn(sheet, at);
  const fill = c >= 0 ? rowFill(sheet, at) : null;
  const text = c >= 0 ? collapse(sheet.text(at, c)) : '';
  if (!fill || /[.;]$/.test(text) || text.split(/\s+/).length > BAND_WORDS) return false;
  return lines.every((l) => rowFill(sheet, l) !== fill);
}

/** The first fill on row `r`, in any of its cells (a band is filled across its merge, or in the cell its text left), or null. */
function rowFill(sheet: SheetView, r: number): string | null {
  for (let c = 0; c < sheet.width; c++) {
    const fill = sheet.fill(r, c);
    if (fill) return fill;
  }
  return null;
}

/** A block's letter or number before its title: 'A. ', 'B) ', '3. ' then a capital. */
const LETTERED = /^(?:[A-Z]|\d{1,2})[.)]\s+\p{Lu}/u;
/** A lettered title is this many words or fewer: more, and it is a sentence. */
const LETTERED_WORDS = 16;

/**
 * Row `r`'s one text when it is labelled as what it tells of the block ('Evidence: Developing', 'Aim: …'): read on its
 * own, a labelled row is a field of the row above ('Update: …' under an action: `endsBlockAbove`), but between a
 * heading and its header the row above is the heading, and the line describes its block. Null otherwise.
 */
function labelledLine(sheet: SheetView, r: number, isHeader: (r: number) => boolean): string | null {
  if (r < 0 || isHeader(r)) return null;
  const texts = rowTexts(sheet, r);
  return texts.length === 1 && labelsBlock(texts[0]) ? texts[0] : null;
}

/**
 * Row `r`'s one text when it is a paragraph too long for any heading (over 300 characters: a strategy's narrative under
 * its title): it may still describe the block under the heading above it. Null otherwise.
 */
function paragraph(sheet: SheetView, r: number, isHeader: (r: number) => boolean): string | null {
  if (r < 0 || isHeader(r)) return null;
  const texts = rowTexts(sheet, r);
  return texts.length === 1 && texts[0].length > 300 ? texts[0] : null;
}

/** The text of the row just above row `r` when it could head the block above header `h`, else undefined. */
function textAbove(sheet: SheetView, r: number, h: number, isHeader: (r: number) => boolean): string | undefined {
  return r > 0 && !isHeader(r - 1) ? headingText(sheet, r - 1, h) ?? undefined : undefined;
}

/**
 * Whether the row's one text belongs to the rows above it rather than heading the rows below (header row `h`): a note
 * ("Note: metric 3 figures relate to fewer than ten cases"), a field of the action above written on a row of its own
 * ("Update: campaign launched …"), an update written on a day ('Q3 (12/01/23): declaration rate 6.8%'), a row grouped
 * in the sheet's outline deeper than the header (an action's log), or the rest of a cell wrapped onto the next row
 * (starting in lower case right under text in its column: 'of BME staff entering the formal' | 'disciplinary
 * process'). A heading names what follows, and starts as a title does.
 */
function endsBlockAbove(sheet: SheetView, r: number, text: string, h: number): boolean {
  if (isNote(text) || (r > 0 && readLabelledSubRow(sheet, r, sheet.sheetRow(r - 1)) !== null)) return true;
  if (readDatedOpening(text)?.period.every === 'day' || (sheet.outlineLevel?.(r) ?? 0) > (sheet.outlineLevel?.(h) ?? 0)) return true;
  if (r === 0) return false;
  const lower = /^\s*\p{Ll}/u.test(text);
  for (let c = 0; c < sheet.width; c++) {
    if (collapse(sheet.text(r, c)) !== text) continue;
    return lower && collapse(sheet.text(r - 1, c)) !== '';
  }
  return false;
}

/**
 * Whether the lines of one cell in column `c` running up from row `r` (each alone on its row) hang under a row of several
 * cells with text in that column: an action's further lines ('Q2 update: …', 'Q3 update: …' under its comments), not
 * the lines describing a block under its heading.
 */
function underAnAction(sheet: SheetView, r: number, c: number): boolean {
  let k = r - 1;
  while (k >= 0 && rowTexts(sheet, k).length === 1 && sheet.text(k, c) !== '') k--;
  return k >= 0 && sheet.text(k, c) !== '' && rowTexts(sheet, k).length >= 2;
}

/** The column of row `r`'s one cell with text, -1 when it has none or several. */
function oneCellColumn(sheet: SheetView, r: number): number {
  let found = -1;
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.text(r, c) === '') continue;
    if (found >= 0) return -1;
    found = c;
  }
  return found;
}

/** The first column with text on header row `h`. */
function firstColumn(sheet: SheetView, h: number): number {
  for (let c = 0; c < sheet.width; c++) if (sheet.text(h, c) !== '') return c;
  return 0;
}

function rowTexts(sheet: SheetView, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const t = collapse(sheet.text(r, c));
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
