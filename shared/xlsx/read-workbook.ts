import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergeArea, PrintLines, WorkbookContext } from '../types';
import { parseCellRef } from '../grid/parse-cell-ref';
import { formatDateCell } from './format-date-cell';
import { formatPercentCell } from './format-percent-cell';
import { findUnsavedFormulas, type FormulaWithoutResult } from './find-unsaved-formulas';
import { readConditionalFills } from './read-conditional-fills';
import { readIconLights } from './read-icon-lights';
import { readRowOutline } from './read-row-outline';
import { readRowVisibility } from './read-hidden-rows';
import { readHeaderFooter } from '../identity/read-header-footer';

/** A file we cannot read as a plan, with a message for the person who picked it. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export interface WorkbookGrids {
  sheets: (Grid & { sheetName: string })[];
  /** The document's properties (title, subject, company…), for reading who the plan is. */
  properties: NonNullable<WorkbookContext['properties']>;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0];

function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return liveText(o.richText as RichRun[]);
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return toCellValue(o.result ?? null);
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return toCellValue(o.text);
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}

type Run = { text: string; colour: string | null };
type RichRun = { text?: unknown; font?: { strike?: unknown; italic?: unknown } };

/**
 * A cell's rich text as it now reads. Trusts revise a plan in place: the old value struck through beside the new one
 * ('~~30/09/2018~~ 31/12/2018', '~~Green~~ Amber'), so the struck pieces of a cell that also has text not struck are
 * gone. A cell struck through whole keeps its text: a trust strikes a whole action through to show it done or dropped,
 * and that row is still the plan's.
 *
 * @example
 * liveRuns([{ text: 'Green', font: { strike: true } }, { text: ' Amber' }]); // [{ text: ' Amber' }]
 */
function liveRuns(rich: RichRun[]): RichRun[] {
  const live = rich.filter((t) => !t?.font?.strike);
  return live.some((t) => typeof t.text === 'string' && t.text.trim()) ? live : rich;
}

function liveText(rich: RichRun[]): string {
  const live = liveRuns(rich);
  const text = live.map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
  // A piece taken from the middle of a sentence leaves its spaces either side: one is kept.
  return live.length < rich.length ? text.replace(/ {2,}/g, ' ').trim() : text;
}

/** A font's colour as `#RRGGBB`, or null for the automatic colour, black, or a theme colour the file does not spell out. */
function fontColour(font: unknown): string | null {
  const hex = argbToHex((font as { color?: { argb?: unknown } } | undefined)?.color?.argb);
  return hex === '#000000' ? null : hex;
}

/**
 * The one colour every piece of a rich-text value is written in, when each names it (Excel keeps a cell typed in one
 * colour as a single coloured piece, the cell's own font left black): that is the colour the cell shows. Null otherwise.
 *
 * @example
 * soleRunColour({ richText: [{ text: 'Complete', font: { color: { argb: 'FF0070C0' } } }] }); // '#0070C0'
 */
function soleRunColour(v: unknown): string | null {
  const all = (v as { richText?: unknown } | null)?.richText;
  if (!Array.isArray(all)) return null;
  const colours = new Set(liveRuns(all as RichRun[]).filter((t) => typeof t?.text === 'string' && t.text.trim()).map((t) => fontColour(t?.font)));
  const [only] = colours;
  return colours.size === 1 ? only ?? null : null;
}

/**
 * Whether a cell's text shows in italics: its font's, or — rich text — every piece with text in italics (Excel keeps a
 * cell typed in italics as its font, a cell pasted from Word as italic pieces).
 *
 * @example
 * isItalic({ richText: [{ text: 'EXAMPLE: ', font: { italic: true } }, { text: 'Metric 2', font: { italic: true } }] }, {}); // true
 */
function isItalic(v: unknown, font: unknown): boolean {
  const own = (f: unknown) => (f as { italic?: unknown } | undefined)?.italic;
  const all = (v as { richText?: unknown } | null)?.richText;
  const pieces = Array.isArray(all) ? liveRuns(all as RichRun[]).filter((t) => typeof t?.text === 'string' && t.text.trim()) : [];
  // A piece that says nothing of italics shows in the cell's font.
  if (pieces.length) return pieces.every((t) => (own(t.font) ?? own(font)) === true);
  return own(font) === true;
}

/** The pieces of a rich-text value with their colours, when they are not all one colour (else null). */
function colouredRuns(v: unknown): Run[] | null {
  const all = (v as { richText?: unknown } | null)?.richText;
  if (!Array.isArray(all)) return null;
  const rich = liveRuns(all as RichRun[]);
  if (rich.length < 2) return null;
  const runs: Run[] = rich.map((t: { text?: unknown; font?: unknown }) => ({ text: typeof t?.text === 'string' ? t.text : '', colour: fontColour(t?.font) }));
  return new Set(runs.filter((r) => r.text.trim()).map((r) => r.colour)).size >= 2 ? runs : null;
}

/**
 * A cell note's text: exceljs gives a note typed in as a string, one read from a file as its pieces of rich text
 * (`{ texts: [{ text }] }`, the author line 'EDI Team:' in bold first). Line breaks as '\n'; '' for none.
 *
 * @example
 * noteText({ texts: [{ text: 'EDI Team:' }, { text: '\nLead: Head of Resourcing' }] }); // 'EDI Team:\nLead: Head of Resourcing'
 */
function noteText(note: unknown): string {
  const texts = (note as { texts?: unknown } | null)?.texts;
  const text = typeof note === 'string' ? note : Array.isArray(texts) ? texts.map((t: { text?: unknown }) => (typeof t?.text === 'string' ? t.text : '')).join('') : '';
  return text.replace(/\r\n?/g, '\n').trim();
}

/** A formula cell (own or shared) that exceljs read with no result. */
function hasNoResult(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return ('formula' in o || 'sharedFormula' in o) && o.result === undefined;
}

function argbToHex(argb: unknown): string | null {
  if (typeof argb !== 'string' || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

/**
 * The sheet's print header and footer as plain lines: the pages' own (odd) first, then a first page's and even pages'
 * where the sheet sets them apart, each line once. Null when the sheet prints none.
 *
 * @example
 * printLinesOf(ws); // { header: ['Quorndale Community Healthcare NHS Trust', 'WDES action plan 2021-22'], footer: ['OFFICIAL'] }
 */
function printLinesOf(ws: ExcelJS.Worksheet): PrintLines | null {
  const hf = (ws.headerFooter ?? {}) as Partial<Record<'oddHeader' | 'oddFooter' | 'firstHeader' | 'firstFooter' | 'evenHeader' | 'evenFooter', string | null>>;
  return readHeaderFooter([hf.oddHeader, hf.firstHeader, hf.evenHeader], [hf.oddFooter, hf.firstFooter, hf.evenFooter]);
}

function propertiesOf(workbook: ExcelJS.Workbook): WorkbookGrids['properties'] {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const out: WorkbookGrids['properties'] = {};
  const props = { title: text(workbook.title), subject: text(workbook.subject), company: text(workbook.company), keywords: text(workbook.keywords), category: text(workbook.category), comments: text(workbook.description) };
  for (const [k, v] of Object.entries(props)) if (v) out[k as keyof typeof props] = v;
  return out;
}

/**
 * Reads an .xlsx workbook into one grid per sheet: values (rich text flattened, formulas as their cached
 * results, hyperlinks as text), dates with the text their number format shows, solid fills as `#RRGGBB`
 * (empty cells' too), text colours (and the pieces of a cell written in several colours), cells' indent levels and italics, merged areas,
 * conditional-format rules that fill cells by their text, row groups (each row's outline level), cells' notes (as text), the print header and footer (as plain lines), formula cells the file holds no result for (read as empty,
 * and named so the check can say so), and the document's properties. Works in Node and the browser.
 *
 * @example
 * const { sheets } = await readWorkbook(await readFile('plan.xlsx'));
 * sheets[0].sheetName; // 'WDES Action Plan'
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<WorkbookGrids> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookError('The file is empty.');
  if (CFB.every((b, i) => bytes[i] === b)) {
    throw new WorkbookError('This workbook is password-protected or in the old .xls format. Remove the password (or save it as .xlsx) in Excel and try again.');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WorkbookError('This is not an Excel workbook (.xlsx). Save the plan from Excel as .xlsx, or as .csv.');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new WorkbookError('The workbook is damaged and cannot be opened. Open it in Excel, save a fresh copy and try again.');
  }
  const sheets: WorkbookGrids['sheets'] = [];
  // Formula cells with no result, per sheet: confirmed against the file below (an empty text result reads the same).
  const noResult = new Map<string, FormulaWithoutResult[]>();
  for (const ws of workbook.worksheets) {
    const values: CellValue[][] = [];
    const fills: (string | null)[][] = [];
    let fonts: (string | null)[][] | undefined;
    let indents: (number | null)[][] | undefined;
    let italics: (boolean | null)[][] | undefined;
    const textRuns: NonNullable<Grid['textRuns']> = [];
    const notes: NonNullable<Grid['notes']> = [];
    let display: (string | null)[][] | undefined;
    // A layer of one entry per cell, all null, made when its first cell is met (most sheets need few of them).
    const layer = () => values.map((v) => new Array(v.length).fill(null));
    const height = ws.rowCount;
    const width = ws.columnCount;
    for (let r = 0; r < height; r++) {
      values.push(new Array(width).fill(null));
      fills.push(new Array(width).fill(null));
    }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // Empty cells too: a status given only by its colour is an empty cell with a fill.
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (r >= height || c >= width) return;
        // Excel keeps a merged area's value in its top-left cell only; the reader does the same.
        const value = cell.isMerged && cell.master !== cell ? null : toCellValue(cell.value);
        values[r][c] = value;
        if (value === null && hasNoResult(cell.value)) {
          const list = noResult.get(ws.name) ?? noResult.set(ws.name, []).get(ws.name)!;
          list.push({ row: r, column: c, address: cell.address, formula: String(cell.formula ?? '') });
        }
        if (value instanceof Date) {
          display ??= layer();
          display[r][c] = formatDateCell(value, cell.numFmt);
        }
        // A number shown as a percentage ('50%' for 0.5): a '% complete' column's, a data table's figures.
        const percent = typeof value === 'number' ? formatPercentCell(value, cell.numFmt) : null;
        if (percent !== null) (display ??= layer())[r][c] = percent;
        // A status coloured by its text ('On track' in green), and a key written in its colours piece by piece.
        const colour = value === null ? null : soleRunColour(cell.value) ?? fontColour(cell.font);
        if (colour) (fonts ??= layer())[r][c] = colour;
        const runs = value === null ? null : colouredRuns(cell.value);
        if (runs) textRuns.push({ row: r, column: c, runs });
        // A task's name indented by its outline level (a project plan's export): a task over deeper ones is a heading.
        const indent = value === null ? 0 : Number((cell.alignment as { indent?: unknown } | undefined)?.indent ?? 0);
        if (Number.isInteger(indent) && indent > 0) (indents ??= layer())[r][c] = indent;
        // A template's guidance and worked example are written in (grey) italics, unlike the actions typed under them.
        if (value !== null && isItalic(cell.value, cell.font)) (italics ??= layer())[r][c] = true;
        // A plan may keep a field in a cell's note ('Lead: Head of Resourcing' on the action cell).
        const note = cell.note ? noteText(cell.note) : '';
        if (note) notes.push({ row: r, column: c, text: note });
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') fills[r][c] = argbToHex(fill.fgColor?.argb);
      });
    });
    const merges: MergeArea[] = [];
    for (const range of ((ws.model as { merges?: string[] }).merges ?? [])) {
      const [a, b = a] = range.split(':');
      const p = parseCellRef(a);
      const q = parseCellRef(b);
      if (p && q) merges.push({ top: p.row, left: p.column, bottom: q.row, right: q.column });
    }
    const conditionalFills = readConditionalFills(ws);
    const iconLights = readIconLights(ws, values);
    const rowOutline = readRowOutline(ws, height);
    // Hidden rows and the filter's range, same pass: a withdrawn action hidden by hand is no action; a filtered one is.
    const visibility = readRowVisibility(ws, height);
    const printLines = printLinesOf(ws);
    sheets.push({
      sheetName: ws.name, values, fills, merges, origin: { row: 0, column: 0 },
      ...(display ? { display } : {}),
      ...(fonts ? { fonts } : {}),
      ...(indents ? { indents } : {}),
      ...(italics ? { italics } : {}),
      ...(textRuns.length ? { textRuns } : {}),
      ...(conditionalFills.length ? { conditionalFills } : {}),
      ...(iconLights.length ? { iconLights } : {}),
      ...(rowOutline ? { rowOutline } : {}),
      ...visibility,
      ...(notes.length ? { notes } : {}),
      ...(printLines ? { printLines } : {}),
    });
  }
  if (sheets.length === 0) throw new WorkbookError('The workbook has no sheets.');
  for (const [name, cells] of await findUnsavedFormulas(bytes, noResult)) {
    const sheet = sheets.find((s) => s.sheetName === name);
    if (sheet) sheet.unsavedFormulas = cells.map(({ row, column, formula }) => ({ row, column, formula }));
  }
  return { sheets, properties: propertiesOf(workbook) };
}
