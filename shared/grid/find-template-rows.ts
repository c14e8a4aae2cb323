import type { Standard } from '../types';
import type { ColumnMap } from './assign-columns';
import type { RowContext } from './classify-row';
import { findRowInstructions } from './find-row-instructions';
import type { RowTexts } from './profile-rows';
import { readGuidanceRow } from './read-guidance-row';
import { readTemplateRow } from './read-template-row';
import { readWorkedExample } from './read-worked-example';
import type { SheetView } from './view-sheet';

/** A template leaves a guidance row and an example or two at the top of its table, no more. */
const MAX_LEADING = 3;
/** The rows under them looked at for how the actions are written. */
const MAX_BELOW = 30;

/** A row the template left at the top of the table, with why, as the user is told. */
export interface TemplateRow {
  kind: 'guidance' | 'example';
  why: string;
}

/**
 * The template's own rows a trust left at the top of the table when it filled the template in (holdout21 netherfold):
 * its GUIDANCE row, a prompt under each column ('(What will you do? Make it SMART)', `readGuidanceRow`), and its WORKED
 * EXAMPLE ('EXAMPLE: Metric 2' | … | 'Jo Bloggs, Head of Recruitment', `readWorkedExample`), in either order, by grid
 * row. Only the rows of two texts or more from `from` (the first row under the header) are looked at, up to the first
 * that is neither: below the trust's first action the template's rows are read row by row (`readTemplateRow`).
 *
 * @example
 * findTemplateRows(sheet, texts, 11, 40, columns, 'WDES');
 * // Map { 11 => { kind: 'guidance', why: '7 of its 7 cells prompt …' }, 12 => { kind: 'example', why: "its first cell 'EXAMPLE: Metric 2' labels it an example; …" } }
 */
export function findTemplateRows(sheet: SheetView, texts: RowTexts, from: number, to: number, columns: ColumnMap, standard: Standard | null): Map<number, TemplateRow> {
  const found = new Map<number, TemplateRow>();
  const rows = leadingRows(texts, from, to);
  if (!rows.length) return found;
  const guidance = rows.map((r) => readGuidanceRow(texts[r], columns.action));
  let named: ReturnType<typeof findRowInstructions> | undefined;
  const instruction = (r: number) => (named ??= findRowInstructions(sheet, texts)).get(sheet.sheetRow(r)) ?? null;
  // The guidance may be the header's own last row, its prompts naming fields enough to head the columns with the row
  // above ('[Describe the action: what, where and for whom]'): the example right under it still sits beside it.
  const inHeader = rows[0] === from && from > 0 && readGuidanceRow(texts[from - 1], columns.action) ? from - 1 : null;
  const besideGuidance = (i: number): number | null => {
    const k = [i - 1, i + 1].find((j) => guidance[j] && Math.abs(rows[j] - rows[i]) === 1);
    const row = k !== undefined ? rows[k] : i === 0 ? inHeader : null;
    return row === null ? null : sheet.sheetRow(row);
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const x: RowContext = { sheet, r, texts: texts[r], columns, standard };
    const asked = guidance[i];
    // A row of prompts is the guidance; a row the template's placeholders already tell (two of them, or a cell asking for
    // the row's deletion) says so as ever; else the evidence of a worked example is weighed.
    const marked = readTemplateRow(x);
    const example = asked ? null : marked ?? readWorkedExample(x, { besideGuidance: besideGuidance(i), instruction: () => instruction(r), below: rowsBelow(texts, r + 1, to) });
    if (asked) found.set(r, { kind: 'guidance', why: guidanceWhy(asked, instruction(r)) });
    else if (example) found.set(r, { kind: 'example', why: example.why });
    else break;
  }
  return found;
}

/** The first rows of two texts or more from `from`, over blank rows, up to one holding a single text (a heading) or the third. */
function leadingRows(texts: RowTexts, from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = from; r <= to && rows.length < MAX_LEADING; r++) {
    if (texts[r].length === 1) break;
    if (texts[r].length > 1) rows.push(r);
  }
  return rows;
}

/** The rows of two texts or more from `from` (the actions under a template's row), each with its first text's column. */
function rowsBelow(texts: RowTexts, from: number, to: number): { r: number; c: number }[] {
  const below: { r: number; c: number }[] = [];
  for (let r = from; r <= to && below.length < MAX_BELOW; r++) if (texts[r].length > 1) below.push({ r, c: texts[r][0].c });
  return below;
}

/** Why a row is the template's guidance: how many of its cells prompt, the first of them, and an instruction naming it. */
function guidanceWhy(asked: { prompts: string[]; of: number }, named: { cell: string; text: string } | null): string {
  const quoted = asked.prompts.slice(0, 3).map((p) => `'${p.length > 40 ? `${p.slice(0, 40)}…` : p}'`).join(', ');
  const more = asked.prompts.length > 3 ? ', …' : '';
  const instruction = named ? `; ${named.cell} names its row ('${named.text.length > 60 ? `${named.text.slice(0, 60)}…` : named.text}')` : '';
  return `${asked.prompts.length} of its ${asked.of} cells prompt what to write under their column (${quoted}${more})${instruction}`;
}
