import { collapse } from './cell-text';
import { isFigure } from './is-figure';
import { isParagraph } from './is-paragraph';
import { isRunningHead } from './is-running-head';
import { planTitlePeriod } from './names-a-plan';
import type { SheetView } from './view-sheet';

/** A block's heading band over its figures and remarks, above a copy of the plan's header, and why it heads the block. */
export interface BlockBand {
  /** The band's grid row. */
  row: number;
  text: string;
  /** The rows between the band and the header (the block's figures and remarks on them): context, never a heading. */
  between: number[];
  why: string;
}

/**
 * The heading bands of a plan split into blocks, each its own heading, figures, a remark on them and its piece of the
 * plan under the same header printed again ('Metric 1 – …' band, its figures table, 'What this tells us: …', then
 * 'No. | What we will do | Who | By when'; 'Metric 2 – …' band, … the header again), by the header row they head: the
 * nearest band in the run of rows straight above each copy of the header, over rows holding the block's figures, when it
 * is one short title and looks exactly as the band above another copy does (same column, fill and text colour, a fill or a colour at least: a styled band, not
 * plain text). Such a band heads its block, not the remark right over the header, which says what the figures show;
 * above the first header it is no title's line either, the headings below showing the pattern. Only headers with rows
 * between their band and themselves are given: a band right over its header is the nearest row, found as before.
 *
 * @example
 * findBlockBands(sheet, [15, 24, 42]).get(15); // { row: 7, text: 'Metric 1 – Disabled staff in each pay band cluster', between: [8, …, 14], why: '…' }
 */
export function findBlockBands(sheet: SheetView, headerRows: readonly number[]): Map<number, BlockBand> {
  const out = new Map<number, BlockBand>();
  if (headerRows.length < 2) return out;
  const tops = headerRows.map((h) => {
    const top = bandOfRun(sheet, h, headerRows);
    const look = top === null ? null : lookOf(sheet, top);
    return { h, key: rowKey(sheet, h), top, look };
  });
  for (const t of tops) {
    if (t.top === null || t.look === null || t.top === t.h - 1 || !figuresBetween(sheet, t.top, t.h)) continue;
    const text = collapse(sheet.text(t.top, t.look.c));
    if (!isTitle(text)) continue;
    const like = tops.find((o) => o !== t && o.key === t.key && o.look !== null && o.look.c === t.look!.c && o.look.fill === t.look!.fill && o.look.font === t.look!.font && isTitle(collapse(sheet.text(o.top!, o.look.c))));
    if (!like) continue;
    const shown = collapse(sheet.text(like.top!, like.look!.c)).slice(0, 60);
    const why = `its heading '${text.slice(0, 60)}' (row ${sheet.sheetRow(t.top)}) looks as '${shown}' (row ${sheet.sheetRow(like.top!)}) does over the same header printed again: it heads the block, and the rows between tell of its figures`;
    out.set(t.h, { row: t.top, text, between: Array.from({ length: t.h - t.top - 1 }, (_, k) => t.top! + 1 + k), why });
  }
  return out;
}

/** A block's heading is a title of at most this many words, not a sentence. */
const MAX_WORDS = 16;

/** A short title: not a sentence, a paragraph, a running head nor a plan's own title naming its year. */
function isTitle(text: string): boolean {
  return !isParagraph(text) && !/[.;]$/.test(text) && text.split(/\s+/).length <= MAX_WORDS && !isRunningHead(text) && !planTitlePeriod(text);
}

/**
 * The nearest row set apart as a band (one cell, filled or coloured) in the run of rows with text straight up from header
 * `h` (no blank row or other header between), else the run's top row; null when the row above `h` is blank or a header.
 * The nearest band, not the run's top: a block's actions above a heading right over the header printed again belong to
 * the block above (holdout69 harrowdene under the stray-rows property's page header).
 */
function bandOfRun(sheet: SheetView, h: number, headerRows: readonly number[]): number | null {
  let r = h - 1;
  if (r < 0 || !hasText(sheet, r) || headerRows.includes(r)) return null;
  while (lookOf(sheet, r) === null && r - 1 >= 0 && hasText(sheet, r - 1) && !headerRows.includes(r - 1)) r--;
  return r;
}

/** Some row between the band and the header holds a figure ('4.2%', '1.44', '1,942'): the block's figures are there. */
function figuresBetween(sheet: SheetView, band: number, h: number): boolean {
  for (let r = band + 1; r < h; r++) for (let c = 0; c < sheet.width; c++) if (isFigure(sheet.text(r, c).trim())) return true;
  return false;
}

/** Row `r`'s one cell's column, fill and text colour, when it has one cell with text set apart by a fill or a colour. */
function lookOf(sheet: SheetView, r: number): { c: number; fill: string | null; font: string | null } | null {
  let found = -1;
  for (let c = 0; c < sheet.width; c++) {
    if (sheet.text(r, c).trim() === '') continue;
    if (found >= 0) return null;
    found = c;
  }
  if (found < 0) return null;
  const fill = sheet.fill(r, found);
  const font = sheet.font(r, found);
  return fill || font ? { c: found, fill, font } : null;
}

function hasText(sheet: SheetView, r: number): boolean {
  for (let c = 0; c < sheet.width; c++) if (sheet.text(r, c).trim() !== '') return true;
  return false;
}

/** The header row's texts by column, to know the same header printed again. */
function rowKey(sheet: SheetView, r: number): string {
  const out: string[] = [];
  for (let c = 0; c < sheet.width; c++) {
    const t = collapse(sheet.text(r, c)).toLowerCase();
    if (t) out.push(`${c}:${t}`);
  }
  return out.join('|');
}
