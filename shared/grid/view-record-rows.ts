import type { CellValue, MergeArea } from '../types';
import type { RecordRows } from './find-record-rows';
import type { SheetView } from './view-sheet';

type Cell = { r: number; c: number };

/**
 * A plan that writes every action over several physical rows (see `findRecordRows`) seen as the ordinary grid it
 * stands for, as a stacked form is (`viewStackedForm`): each record is one row at its first row, each field the
 * header's lower rows name ('Target completion') a column of its own right of the header's last column, read from that
 * row of the record; the header is one row at its first row, the lower header's words over those columns; the
 * records' and the header's other rows are blank (a copy of the header printed again is read as the header is), and every
 * other row is as the sheet has it. Rows keep their sheet
 * numbers; each value's `address` is the cell the sheet holds it in ('E8' for the target completion of the action on
 * row 7). A lower row's text under no lower header field (an action's text running on) is read with the cell above.
 *
 * @example
 * const view = viewRecordRows(sheet, findRecordRows(sheet, grid.merges)!);
 * view.text(6, 8); // 'Sep 2020': the target completion of the action on row 7, from E8
 */
export function viewRecordRows(sheet: SheetView, rec: RecordRows): SheetView {
  const m = rec.lower.length;
  // The header, and each copy of it printed again, is one row as each record is: the lower header's words over its columns.
  const headers = new Set<number>([rec.header, ...rec.copies]);
  const firsts = new Set<number>([...headers, ...rec.records.map((b) => b.first)]);
  const inRecord = new Set<number>();
  for (const f of firsts) for (let k = 1; k < rec.size; k++) inRecord.add(f + k);
  const lowerAt = new Map(rec.lower.map((l, i) => [rec.right + 1 + i, l]));
  const lowerColumns = new Set(rec.lower.map((l) => `${l.offset}:${l.c}`));
  const toView = (c: number) => (c > rec.right ? c + m : c);
  /** The sheet cell the view reads at (r, c), or null for a blank. */
  const cellAt = (r: number, c: number): Cell | null => {
    if (inRecord.has(r)) return null;
    const l = lowerAt.get(c);
    if (l) return firsts.has(r) ? { r: r + l.offset, c: l.c } : null;
    return { r, c: c > rec.right ? c - m : c };
  };
  /** A record's lower-row texts in column c under no lower header field: the cell above's text running on. */
  const runOn = (r: number, c: number): string[] => {
    if (!firsts.has(r) || headers.has(r) || c > rec.right) return [];
    const out: string[] = [];
    for (let k = 1; k < rec.size; k++) {
      if (lowerColumns.has(`${k}:${c}`)) continue;
      const mm = sheet.merge(r + k, c);
      if (mm && (mm.top !== r + k || mm.left !== c)) continue;
      const t = sheet.text(r + k, c).trim();
      if (t) out.push(t);
    }
    return out;
  };
  const read = <T>(get: (r: number, c: number) => T, empty: T) => (r: number, c: number): T => {
    const at = cellAt(r, c);
    return at && at.c >= 0 && at.c < sheet.width ? get(at.r, at.c) : empty;
  };
  const value = read<CellValue>(sheet.value, null);
  const text = (r: number, c: number): string => {
    const own = read(sheet.text, '')(r, c);
    const more = runOn(r, c);
    return more.length ? [own, ...more].filter((t) => t !== '').join('\n') : own;
  };
  return {
    sheetName: sheet.sheetName,
    height: sheet.height,
    width: sheet.width + m,
    value: (r, c) => {
      const more = runOn(r, c);
      return more.length ? text(r, c) : value(r, c);
    },
    text,
    shown: read(sheet.shown, false),
    fill: read(sheet.fill, null),
    font: read(sheet.font, null),
    runs: read(sheet.runs, null),
    ...(sheet.light ? { light: read(sheet.light, null) } : {}),
    ...(sheet.outlineLevel ? { outlineLevel: sheet.outlineLevel } : {}),
    ...(sheet.summaryBelow !== undefined ? { summaryBelow: sheet.summaryBelow } : {}),
    ...(sheet.hidden ? { hidden: sheet.hidden } : {}),
    ...(sheet.notes ? { notes: (r: number) => (inRecord.has(r) ? [] : sheet.notes!(r).map((n) => ({ c: toView(n.c), text: n.text }))) } : {}),
    merge(r, c): MergeArea | undefined {
      const at = cellAt(r, c);
      if (!at || lowerAt.has(c)) return undefined;
      const mm = sheet.merge(at.r, at.c);
      if (!mm) return undefined;
      // A merge over a record's rows (its ref, its RAG) is the record's one row in the view.
      const rows = firsts.has(r) || mm.top === mm.bottom ? { top: r, bottom: r } : { top: mm.top, bottom: mm.bottom };
      return { ...rows, left: toView(mm.left), right: toView(mm.right) };
    },
    sheetRow: sheet.sheetRow,
    letter: (c) => {
      const l = lowerAt.get(c);
      return sheet.letter(l ? l.c : c > rec.right ? c - m : c);
    },
    columnOf: (letter) => {
      const c = sheet.columnOf(letter);
      return c < 0 ? c : toView(c);
    },
    sourceRow(r, c) {
      return sheet.sheetRow(cellAt(r, c)?.r ?? r);
    },
    address(r, c) {
      const at = cellAt(r, c) ?? { r, c: lowerAt.get(c)?.c ?? (c > rec.right ? c - m : c) };
      return sheet.address(at.r, at.c);
    },
  };
}
