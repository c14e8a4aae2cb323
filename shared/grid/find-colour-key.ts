import { COLOUR_NAMES, SHADE } from '../rag/colour-words';
import { isWholeStatus } from '../rag/is-whole-status';
import { readHue } from '../rag/read-hue';
import type { Standard } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import { readIndicatorCell } from './read-indicator-cell';
import type { SheetView } from './view-sheet';

/** One entry of a colour key: a colour, the group it stands for, and what the key says it covers. */
export interface ColourKeyEntry {
  /** The swatch's fill, '#RRGGBB' (upper case). */
  fill: string;
  /** The group's name ('Representation and progression'): the theme of every action coded in this colour. */
  label: string;
  /** A short code written in the swatch ('RP'), '' when the swatch is only a colour. */
  code: string;
  /** The indicators the key says the group covers (['1', '7', '9']; all of them for 'All'), empty when it names none. */
  indicators: readonly string[];
  /** The cell naming them, as written ('WRES indicators 1, 7 and 9'), '' when none. */
  indicatorsText: string;
  /** The label's cell ('B5'). */
  cell: string;
  /** The entry's row in the grid (0-based), for finding it again without reading its cell's address. */
  r: number;
}

/** A colour key that is no RAG key: its entries, where it sits, and the plan's column whose fills it decodes. */
export interface ColourKey {
  entries: readonly ColourKeyEntry[];
  /** Grid rows of the key (its title too) that lie within the plan's columns: rows of the key, never actions. */
  rows: ReadonlySet<number>;
  /** Its title ('Colour key – priority areas'), or null. */
  title: string | null;
  /** It sits in a block beside the plan (beyond the header's columns), not within the plan's columns. */
  beside: boolean;
  /** Sheet rows it spans, first and last entry. */
  from: number;
  to: number;
  /** The plan's column whose cells' fills each name an entry (the 'Area' column, or the action column itself). */
  column: number;
  /** That column's header ('Area'), '' when it has none. */
  header: string;
}

/** A colour's own name ('Green', 'pale blue'): what a RAG key or a chart's legend labels a swatch, never a group's name. */
const COLOUR_LABEL = new RegExp(`^${SHADE}(?:${COLOUR_NAMES}|grey|gray|purple|black|white)$`, 'i');

/** A colour key's label is a group's name or a short phrase ('Fair recruitment and employment processes'), not a sentence. */
const MAX_LABEL = 80;
/** A code written in a swatch is short ('RP', 'A', 'P1'); longer, the cell is a label. */
const MAX_CODE = 4;
/** Columns between a swatch and its label, at most (blank columns inserted between them keep the entry). */
const MAX_GAP = 3;
/** A key lists a handful of groups; more rows are a table. */
const MAX_ENTRIES = 12;
/** How far beside the plan (beyond its empty edge column) a key kept in a side block is looked for. */
const SIDE_WIDTH = 12;
/** Below this chroma (0–255) a fill is white or grey: a band, a header's shade or a border, never a colour code. */
const MIN_CHROMA = 8;

type Cell = { c: number; text: string };
interface Candidate {
  swatch: number;
  label: Cell;
  fill: string;
  code: string;
  indicatorsText: string;
  indicators: readonly string[];
}
interface Area {
  left: number;
  right: number;
  /** Within the plan's own columns (its rows are the key's, not actions), or in a block beside it. */
  own: boolean;
}

/**
 * A colour key that is no RAG key, and the plan's column it decodes. Some plans code each action's group — its priority
 * area, workstream or theme — by colour alone: a column ('Area') of cells with no text but a fill, or the action's own
 * cell filled, decoded by a key above the header, under the plan or in a block beside it. The key is a run of two rows
 * or more (at most twelve), each a swatch — a cell filled in a colour, empty or holding a short code — beside the
 * group's name (the name's own cell filled, with no swatch, counts too), perhaps with the indicators the group covers
 * ('WRES indicators 1, 7 and 9', 'All'), each colour once, in the same columns row after row, nothing else on the rows.
 * It is a key of groups, not of statuses: no name is a status by the usual words ('On track'), and a key of statuses
 * stays the RAG key it is. It decodes the plan only where the plan uses it: the column (never the status column) where
 * two actions or more, in two of its colours or more, have cells filled in its colours, and most of that column's
 * coloured cells are. White and grey fills (zebra bands, a header's shade) are no colour code. Null when the sheet has
 * no such key, or the plan does not use it.
 *
 * @example
 * findColourKey({ sheet, table, texts, headerSet, columns, standard: 'WRES' });
 * // { entries: [{ fill: '#D9D2E9', label: 'Representation and progression', indicators: ['1', '7', '9'], … }, …], column: 0, header: 'Area', … }
 */
export function findColourKey(x: { sheet: SheetView; table: Table; texts: RowTexts; headerSet: ReadonlySet<number>; columns: ColumnMap; standard: Standard | null }): ColourKey | null {
  const { sheet, table, headerSet } = x;
  if (headerSet.size === 0) return null;
  // Beside the plan is beyond its header's columns: a block kept there, beyond an empty column or not.
  let left = table.right;
  let right = table.left;
  for (const h of headerSet) for (const t of x.texts[h]) [left, right] = [Math.min(left, t.c), Math.max(right, t.c)];
  const areas: Area[] = [{ left: table.left, right: table.right, own: true }];
  if (right + 1 < sheet.width) areas.push({ left: right + 1, right: Math.min(sheet.width - 1, Math.max(right, table.right) + SIDE_WIDTH), own: false });
  if (left > 0) areas.push({ left: Math.max(0, Math.min(left, table.left) - SIDE_WIDTH), right: left - 1, own: false });
  let best: { key: ColourKey; used: number } | null = null;
  for (const area of areas) {
    for (const run of runsIn(x, area)) {
      const found = usedBy(x, run, area);
      if (found && (!best || found.used > best.used)) best = found;
    }
  }
  return best?.key ?? null;
}

/** The runs of key-shaped rows within one area: two rows or more, same columns, each colour once. */
function runsIn(x: { sheet: SheetView; texts: RowTexts; headerSet: ReadonlySet<number>; standard: Standard | null }, area: Area): { top: number; rows: Candidate[] }[] {
  const { sheet, texts, headerSet } = x;
  const runs: { top: number; rows: Candidate[] }[] = [];
  let run: { top: number; rows: Candidate[] } | null = null;
  const close = () => {
    if (run && run.rows.length >= 2 && run.rows.length <= MAX_ENTRIES) runs.push(run);
    run = null;
  };
  for (let r = 0; r < sheet.height; r++) {
    // Within the plan's columns, a row of four texts or more is no key entry: its profile says so without a look at its cells.
    const candidate = headerSet.has(r) || (area.own && (texts[r].length === 0 || texts[r].length > 3)) ? null : candidateOf(sheet, r, area, x.standard);
    const current = run as { top: number; rows: Candidate[] } | null;
    const last = current?.rows[current.rows.length - 1];
    if (candidate && current && last && last.swatch === candidate.swatch && last.label.c === candidate.label.c && !current.rows.some((c) => c.fill === candidate.fill)) {
      current.rows.push(candidate);
      continue;
    }
    close();
    if (candidate) run = { top: r, rows: [candidate] };
  }
  close();
  return runs;
}

/**
 * The row's key entry within the area, or null: at most three texts — a code, the group's name, the indicators it
 * covers — and a swatch: the code's cell or an empty cell beside the name, filled in a colour, else the name's own fill.
 */
function candidateOf(sheet: SheetView, r: number, area: Area, standard: Standard | null): Candidate | null {
  // Most rows have no colour at all: a look at the fills says so before any text is read.
  let filled = false;
  for (let c = area.left; c <= area.right && !filled; c++) filled = colourOf(sheet.fill(r, c)) !== null;
  if (!filled) return null;
  const cells: Cell[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    // A cell merged down from a row above belongs to that row: a key's rows hold their own cells only.
    if ((sheet.merge(r, c)?.top ?? r) < r) return null;
    cells.push({ c, text });
    if (cells.length > 3) return null;
  }
  const at = cells.findIndex((t) => t.text.length > MAX_CODE && /\p{L}/u.test(t.text));
  if (at < 0 || at > 1) return null;
  const label = cells[at];
  const code = at === 1 ? cells[0] : null;
  const rest = cells.slice(at + 1);
  if (rest.length > 1) return null;
  // A name, not a sentence nor a status: a key of statuses is the plan's RAG key. Nor a colour's own name ('Green' on a
  // green fill, a chart's counts of each RAG colour): it names the colour, not a group coded by it.
  if (label.text.length > MAX_LABEL || /[.!?]$/.test(label.text) || isWholeStatus(label.text) || COLOUR_LABEL.test(label.text)) return null;
  const named = rest.length ? readIndicatorCell(rest[0].text, standard) : null;
  if (named && (named.worded || named.ids.length === 0)) return null;
  const swatch = swatchOf(sheet, r, label, code, area, rest[0]?.c);
  if (swatch === null) return null;
  return { swatch, label, fill: colourOf(sheet.fill(r, swatch))!, code: code?.text ?? '', indicatorsText: rest[0]?.text ?? '', indicators: named?.ids ?? [] };
}

/** The swatch's column: the code's cell, else the nearest empty coloured cell beside the name, else the name's own cell. */
function swatchOf(sheet: SheetView, r: number, label: Cell, code: Cell | null, area: Area, beyond: number | undefined): number | null {
  if (code) return label.c - code.c <= MAX_GAP && colourOf(sheet.fill(r, code.c)) ? code.c : null;
  for (let d = 1; d <= MAX_GAP; d++) {
    for (const c of [label.c - d, label.c + d]) {
      if (c < area.left || c > area.right || (beyond !== undefined && c >= beyond)) continue;
      if (!sheet.text(r, c).trim() && colourOf(sheet.fill(r, c))) return c;
    }
  }
  return colourOf(sheet.fill(r, label.c)) ? label.c : null;
}

/** A fill that can be a colour code, as '#RRGGBB' upper case; null for none, white or grey. */
function colourOf(fill: string | null): string | null {
  const hue = readHue(fill);
  if (!hue || hue.chroma < MIN_CHROMA) return null;
  return `#${fill!.trim().slice(-6).toUpperCase()}`;
}

/**
 * The key as the plan uses it, and how many actions use it: the column of the plan below its first header (never the
 * status column) with the most cells filled in the run's colours — two or more, in two colours or more, and most of the
 * column's coloured cells. Null when no column uses it.
 */
function usedBy(x: { sheet: SheetView; table: Table; texts: RowTexts; headerSet: ReadonlySet<number>; columns: ColumnMap }, run: { top: number; rows: Candidate[] }, area: Area): { key: ColourKey; used: number } | null {
  const { sheet, table, texts, headerSet, columns } = x;
  const fills = new Set(run.rows.map((c) => c.fill));
  const bottom = run.top + run.rows.length - 1;
  const first = Math.min(...headerSet);
  let best: { c: number; used: number } | null = null;
  for (let c = table.left; c <= table.right; c++) {
    if (c === columns.status) continue;
    let used = 0;
    let coloured = 0;
    const colours = new Set<string>();
    for (let r = first + 1; r < sheet.height; r++) {
      if (headerSet.has(r) || texts[r].length === 0 || (area.own && r >= run.top - 1 && r <= bottom)) continue;
      const colour = colourOf(sheet.fill(r, c));
      if (!colour) continue;
      // A row whose one text is the coloured cell's is a heading banded in the colour, not an action coded by it: the
      // run above (two headings in a row, a theme over an objective) is the plan's first headings, no key.
      if (texts[r].length === 1 && bandsText(sheet, r, c, texts[r][0].c)) continue;
      coloured++;
      if (!fills.has(colour)) continue;
      used++;
      colours.add(colour);
    }
    if (used >= 2 && colours.size >= 2 && used * 2 > coloured && (!best || used > best.used)) best = { c, used };
  }
  if (!best) return null;
  const title = area.own || run.top === 0 ? null : titleOver(sheet, run.top - 1, area, headerSet);
  const ownTitle = area.own && run.top > 0 ? titleOver(sheet, run.top - 1, area, headerSet) : null;
  const rows = new Set<number>();
  if (area.own) for (let r = ownTitle === null ? run.top : run.top - 1; r <= bottom; r++) rows.add(r);
  const entries = run.rows.map((c, k) => ({ fill: c.fill, label: c.label.text, code: c.code, indicators: c.indicators, indicatorsText: c.indicatorsText, cell: sheet.address(run.top + k, c.label.c), r: run.top + k }));
  const header = [...headerSet].sort((a, b) => a - b).map((h) => collapse(sheet.text(h, best!.c))).find((t) => t) ?? '';
  return { key: { entries, rows, title: title ?? ownTitle, beside: !area.own, from: sheet.sheetRow(run.top), to: sheet.sheetRow(bottom), column: best.c, header }, used: best.used };
}

/** The key's caption on the row over its first entry: one to three short texts and no colour ('Colour key – priority areas | WRES indicators covered'). */
function titleOver(sheet: SheetView, r: number, area: Area, headerSet: ReadonlySet<number>): string | null {
  if (headerSet.has(r)) return null;
  const texts: string[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const text = collapse(sheet.text(r, c));
    if (!text) continue;
    if (text.length > MAX_LABEL || colourOf(sheet.fill(r, c))) return null;
    texts.push(text);
  }
  return texts.length >= 1 && texts.length <= 3 ? texts[0] : null;
}

/** Whether the cell is the text's own, or part of the merged band it is written across ('Theme 1' merged A:E). */
function bandsText(sheet: SheetView, r: number, c: number, text: number): boolean {
  if (c === text) return true;
  const m = sheet.merge(r, c);
  return m !== null && m !== undefined && m.left <= text && text <= m.right;
}
