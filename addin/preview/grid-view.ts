import type { CellValue, MergeArea } from '../../shared/types';
import { columnLetter } from '../excel/a1';
import { el } from '../taskpane/dom';
import { readableTextColour } from './readable-text-colour';
import type { PreviewSheet } from './preview-adapter';

/** What the grid asks of its owner: a cell was selected, one or more cells were typed, pasted or cleared. */
export interface GridEvents {
  select(address: string): void;
  /** Cells to write, as [0-based row, 0-based column, text]. */
  write(cells: [number, number, string][]): void;
}

export const display = (v: CellValue | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** A pasted block of text as rows of cells: tabs between cells, line breaks between rows (what Excel copies). */
export function parsePaste(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return rows.map((r) => r.split('\t'));
}

const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
};

/**
 * Draws a sheet as an editable grid, the way Excel is used: click or arrow keys select, typing replaces,
 * Enter or F2 or a double-click edits, Delete clears, Ctrl+V pastes a block. Cell text goes in through textContent only.
 *
 * @example
 * host.replaceChildren(drawGrid(sheet, 'C5', events));
 */
export function drawGrid(sheet: PreviewSheet, selected: string | null, events: GridEvents): HTMLTableElement {
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const height = Math.max(sheet.values.length + 5, 20);
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  const covered = new Set<string>();
  const spans = new Map<string, MergeArea>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const columns = Array.from({ length: width + 1 }, (_, c) => c).filter((c) => !hiddenColumns.has(c));
  // A sheet the add-in wrote (compare, board summary) gets readable columns, as Excel's autofit would give it.
  const table = el('table', { class: sheet.charts?.length || sheet.layout ? 'grid report' : 'grid', role: 'grid', 'aria-label': `Sheet ${sheet.name}: select a cell and type to edit it`, 'aria-rowcount': String(height) },
    el('thead', {}, el('tr', {}, el('th', { 'aria-label': 'Row' }), ...columns.map((c) => {
      const th = el('th', { scope: 'col' }, columnLetter(c));
      const w = sheet.layout?.columnWidths?.[c];
      if (w) th.style.minWidth = `${w}ch`;
      return th;
    }))));
  const body = el('tbody');
  for (let r = 0; r < height; r++) {
    const row = sheet.values[r] ?? [];
    const tr = el('tr', {}, el('th', { scope: 'row' }, String(r + 1)));
    for (const c of columns) {
      if (covered.has(`${r},${c}`)) continue;
      const address = `${columnLetter(c)}${r + 1}`;
      const td = el('td', { 'data-address': address, role: 'gridcell', tabindex: address === (selected ?? 'A1') ? '0' : '-1' }, display(row[c]));
      const fill = sheet.fills[r]?.[c];
      const font = sheet.fonts[r]?.[c];
      if (fill) td.style.backgroundColor = fill;
      // A cell's own text colour as the plan wrote it (or the add-in set it) where it reads on the fill; else one that does.
      if (font || fill) td.style.color = readableTextColour(font ?? null, fill ?? null);
      // A report's lone title runs across the empty cells to its right, as in Excel.
      if ((sheet.charts?.length || sheet.layout) && c === 0 && display(row[0]) && row.slice(1).every((v) => display(v) === '')) {
        td.colSpan = columns.length;
        td.classList.add('overflow');
        tr.append(td);
        break;
      }
      const span = spans.get(`${r},${c}`);
      if (span) {
        td.rowSpan = span.bottom - span.top + 1;
        td.colSpan = span.right - span.left + 1;
      }
      if (address === selected) td.setAttribute('aria-selected', 'true');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  wireEditing(table, sheet, columns, events);
  return table;
}

/** Keyboard, mouse and paste handling of the grid: one set of listeners on the table. */
function wireEditing(table: HTMLTableElement, sheet: PreviewSheet, columns: number[], events: GridEvents) {
  const cellOf = (e: Event) => (e.target as HTMLElement).closest?.('td[data-address]') as HTMLElement | null;
  const move = (from: string, dRow: number, dCol: number) => {
    const p = at(from);
    const i = Math.max(0, Math.min(columns.length - 1, columns.indexOf(p.col) + dCol));
    events.select(`${columnLetter(columns[i])}${Math.max(1, p.row + 1 + dRow)}`);
  };
  const edit = (td: HTMLElement, initial: string | null) => {
    const address = td.dataset.address!;
    const p = at(address);
    const box = el('textarea', { class: 'cell-editor', 'aria-label': `Edit cell ${address}`, rows: '1' });
    box.value = initial ?? display(sheet.values[p.row]?.[p.col]);
    let done = false;
    const finish = (commit: boolean, dRow = 0, dCol = 0) => {
      if (done) return;
      done = true;
      if (commit) events.write([[p.row, p.col, box.value]]);
      if (dRow || dCol) move(address, dRow, dCol);
      else events.select(address);
    };
    box.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        finish(true, 1, 0);
      } else if (e.key === 'Tab') {
        e.preventDefault();
        finish(true, 0, e.shiftKey ? -1 : 1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      }
    });
    box.addEventListener('blur', () => finish(true));
    td.replaceChildren(box);
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  };
  table.addEventListener('click', (e) => {
    const td = cellOf(e);
    if (td && td.getAttribute('aria-selected') !== 'true') events.select(td.dataset.address!);
  });
  table.addEventListener('dblclick', (e) => {
    const td = cellOf(e);
    if (td) edit(td, null);
  });
  table.addEventListener('keydown', (e) => {
    const td = cellOf(e);
    if (!td || e.target !== td) return;
    const address = td.dataset.address!;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (arrows[e.key]) {
      e.preventDefault();
      move(address, ...arrows[e.key]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      edit(td, null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const p = at(address);
      events.write([[p.row, p.col, '']]);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      edit(td, e.key);
    }
  });
  table.addEventListener('paste', (e) => {
    const td = cellOf(e);
    const text = e.clipboardData?.getData('text/plain');
    if (!td || !text || e.target !== td) return;
    e.preventDefault();
    const p = at(td.dataset.address!);
    const cells: [number, number, string][] = [];
    parsePaste(text).forEach((row, i) => row.forEach((v, j) => {
      const col = columns[columns.indexOf(p.col) + j];
      if (col !== undefined) cells.push([p.row + i, col, v]);
    }));
    events.write(cells);
  });
}
