import { ROW_ID_HEADER, type CellValue, type MergeArea } from '../types';
import type { FormBlock, StackedForm } from './find-stacked-form';
import type { SheetView } from './view-sheet';

/** The header of the action's number column, when the form numbers its actions ('Action 1.1', 'Action 3'). */
const REF_HEADER = 'Ref';

/**
 * A form (field names down a label column, one block per action: see `findStackedForm`) seen as the ordinary grid
 * it stands for, so every later stage reads it unchanged: a header row of the form's labels ('Ref' first when the
 * actions are numbered) is inserted above the first block, each block is one row at its action's row (the label
 * row of the action's text) holding the values beside its labels, the block's other label rows are blank, and
 * every other row (titles, headings between blocks, notes) is as the sheet has it. Rows keep their sheet numbers;
 * each value's `address` is the cell the form holds it in ('B8' for the 'Owner' of the action on row 7).
 * The add-in's id column (`idColumn`, the sheet's grid column headed `ROW_ID_HEADER`; -1 when none) is a column of the
 * view as on a grid — headed `ROW_ID_HEADER` on the header row, each block's id on its row, blank elsewhere — so a check
 * reads back the ids the last one wrote. It keeps its place unless that is one of the label columns (a form of six labels
 * written in A:B, its ids in C): then it is the view's last column, still lettered as the sheet's.
 *
 * @example
 * const view = viewStackedForm(sheet, findStackedForm(sheet)!);
 * view.text(1, 2); // 'Director of Workforce' (the 'Owner' beside the first action, now under an 'Owner' header)
 */
export function viewStackedForm(sheet: SheetView, form: StackedForm, idColumn = -1): SheetView {
  const headerAt = form.top;
  const toSheet = (r: number) => (r < headerAt ? r : r === headerAt ? -1 : r - 1);
  const toView = (r: number) => (r < headerAt ? r : r + 1);
  const blockAt = new Map<number, FormBlock>(form.blocks.map((b) => [b.actionRow, b]));
  const inForm = new Set<number>(form.otherLines);
  for (const b of form.blocks) for (let r = b.first; r <= b.last; r++) inForm.add(r);
  const numbered = form.blocks.some((b) => b.ref !== '');
  const fieldAt = (c: number) => form.labels[c - 1];
  const formWidth = Math.max(sheet.width, form.labels.length + 1);
  // The view's columns 1…n are the labels': an id column among them moves right of everything (the sheet's letter kept).
  const idAt = idColumn < 0 ? -1 : idColumn > form.labels.length ? idColumn : formWidth;
  const width = idAt === formWidth ? formWidth + 1 : formWidth;
  /** The sheet column a row outside the form shows in view column c (-1: none; the id column's cells are read on the blocks only). */
  const plainColumn = (c: number) => (c === idAt || c === idColumn || c >= sheet.width ? -1 : c);
  /** The cell of the form holding column c of the block's row (and the last row its label covers), or null. */
  const cellOf = (b: FormBlock, c: number): { r: number; c: number; through: number } | null => {
    const label = fieldAt(c);
    const line = label && b.lines.find((l) => l.key === label.key);
    return line && line.valueColumn >= 0 ? { r: line.row, c: line.valueColumn, through: line.through } : null;
  };
  /** A value written on the rows a label merged down covers is one value, its lines joined. */
  const joined = (b: FormBlock, c: number): string | null => {
    const found = cellOf(b, c);
    if (!found || found.through === found.r) return null;
    const lines: string[] = [];
    for (let r = found.r; r <= found.through; r++) {
      const m = sheet.merge(r, found.c);
      const t = m && m.top !== r ? '' : sheet.text(r, found.c).trim();
      if (t) lines.push(t);
    }
    return lines.join('\n');
  };
  type Read = { header: string } | { block: FormBlock } | { row: number } | null;
  const at = (r: number): Read => {
    const s = toSheet(r);
    if (s < 0) return { header: '' };
    const b = blockAt.get(s);
    if (b) return { block: b };
    return inForm.has(s) ? null : { row: s };
  };
  const read = <T>(r: number, c: number, cell: (r: number, c: number) => T, empty: T, header: (c: number) => T, ref: (b: FormBlock) => T): T => {
    const where = at(r);
    if (!where) return empty;
    if ('header' in where) return header(c);
    if ('row' in where) return plainColumn(c) >= 0 ? cell(where.row, c) : empty;
    if (c === 0) return ref(where.block);
    if (c === idAt) return cell(where.block.actionRow, idColumn);
    const lines = joined(where.block, c);
    if (lines !== null && (cell === sheet.text || cell === sheet.value)) return lines as T;
    const found = cellOf(where.block, c);
    return found ? cell(found.r, found.c) : empty;
  };
  const headerText = (c: number) => (c === 0 ? (numbered ? REF_HEADER : '') : c === idAt ? ROW_ID_HEADER : (fieldAt(c)?.text ?? ''));
  return {
    sheetName: sheet.sheetName,
    height: sheet.height + 1,
    width,
    value: (r, c): CellValue => read<CellValue>(r, c, sheet.value, null, (h) => headerText(h) || null, (b) => b.ref || null),
    text: (r, c) => read(r, c, sheet.text, '', headerText, (b) => b.ref),
    shown: (r, c) => read<boolean>(r, c, sheet.shown, false, () => false, () => false),
    fill: (r, c) => read<string | null>(r, c, sheet.fill, null, () => null, () => null),
    // A value's colours (its fill, its font, the colours of its words) are its cell's in the form.
    font: (r, c) => read<string | null>(r, c, sheet.font, null, () => null, () => null),
    runs: (r, c) => read<ReturnType<SheetView['runs']>>(r, c, sheet.runs, null, () => null, () => null),
    merge(r, c): MergeArea | undefined {
      const where = at(r);
      if (!where || !('row' in where) || plainColumn(c) < 0) return undefined;
      const m = sheet.merge(where.row, c);
      if (!m) return undefined;
      // A merge reaching into the form's rows covers this row only: the view's rows there are the form's.
      for (let s = m.top; s <= m.bottom; s++) if (inForm.has(s)) return { top: r, bottom: r, left: m.left, right: m.right };
      return { top: toView(m.top), bottom: toView(m.bottom), left: m.left, right: m.right };
    },
    // The header's row is the sheet row above the form (a blank row, its title or its own header), never an action's.
    sheetRow: (r) => sheet.sheetRow(r === headerAt ? Math.max(0, headerAt - 1) : toSheet(r)),
    letter: (c) => sheet.letter(c === idAt ? idColumn : c === 0 ? form.labelColumn : c <= form.labels.length ? form.valueColumn : c),
    columnOf: (letter) => {
      const c = sheet.columnOf(letter);
      return c >= 0 && c === idColumn ? idAt : c > form.labels.length ? c : -1;
    },
    address(r, c) {
      const where = at(r);
      const found = where && 'block' in where && c > 0 ? cellOf(where.block, c) : null;
      return found ? sheet.address(found.r, found.c) : `${this.letter(c)}${this.sheetRow(r)}`;
    },
  };
}
