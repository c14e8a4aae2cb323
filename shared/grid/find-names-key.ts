import { indicatorsOfCell } from '../indicators';
import type { Standard } from '../types';
import type { ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import type { SheetView } from './view-sheet';

/** A key line naming the plan's own areas by the metrics they follow, and the plan's column that names an area per row. */
export interface NamesKey {
  /** Each area's name, lower case with spaces collapsed, and the indicator its bracket gives ('presenteeism' → '6'). */
  ids: ReadonlyMap<string, string>;
  /** The plan's column whose cells name the areas ('Area'), and its header. */
  column: number;
  header: string;
  /** The key line's cell ('A3') and its text. */
  cell: string;
  text: string;
}

/** An entry of the key: a name (a few words, no colon or comma), then its metric's number in brackets ('Shortlisting (2)'). */
const ENTRY = /([A-Za-z][A-Za-z'’&\- ]{2,50}?)\s*\((\d{1,2}[a-d]?)\)/g;
/** A key names at least this many areas: fewer brackets are a sentence's asides. */
const MIN_ENTRIES = 3;
/** Parts of a cell naming two areas ('Harassment and bullying / Staff voice'). */
const PARTS = /\s*[/;]\s*/;
/** The share of the column's filled cells under the header whose every part the key names. */
const NAMED_SHARE = 2 / 3;

const nameKey = (t: string) => collapse(t).toLowerCase();

/**
 * A plan naming each action's area in its own short words ('Declaration and pay bands', 'Shortlisting', 'Presenteeism')
 * with a key line above the header giving each name its metric ('Areas follow the ten WDES metrics: Declaration and pay
 * bands (1), Shortlisting (2), Capability (3), …'): each row's area is the metric the key gives it, as the plan says, not
 * guessed from the words (holdout42 rothwenny). The key is a line of three entries or more, each a name and a number in
 * brackets that is one of the standard's indicators; the column is one no field but the theme is read from whose filled cells below
 * the header mostly name the key's areas (a cell naming two, 'Harassment and bullying / Staff voice', gives both).
 * Asked once per table, of the rows above its first header. Null when there is no such key or column.
 *
 * @example
 * findNamesKey({ sheet, table, texts, header: 4, headerSet, columns, standard: 'WDES' })?.ids.get('presenteeism'); // '6'
 */
export function findNamesKey(x: { sheet: SheetView; table: Table; texts: RowTexts; header: number; headerSet: ReadonlySet<number>; columns: ColumnMap; standard: Standard | null }): NamesKey | null {
  const { sheet, table, texts, header, headerSet, columns, standard } = x;
  for (let r = table.top; r < header; r++) {
    for (const t of texts[r]) {
      // Cheap exact tests first: a key line holds brackets and digits.
      if (t.text.length < 20 || !t.text.includes('(')) continue;
      const ids = entriesOf(t.text, standard);
      if (!ids) continue;
      const column = namedColumn(sheet, table, header, headerSet, columns, ids);
      if (column !== null) return { ids, column, header: collapse(sheet.text(header, column)), cell: sheet.address(r, t.c), text: collapse(t.text) };
    }
  }
  return null;
}

/**
 * The indicators a row's area cell names by the key, in the order written ('Harassment and bullying / Staff voice' →
 * ['4', '9']); empty when the cell is blank or names an area the key does not.
 */
export function indicatorsOfArea(text: string, key: NamesKey): string[] {
  const whole = key.ids.get(nameKey(text));
  if (whole) return [whole];
  const out: string[] = [];
  for (const part of text.split(PARTS)) {
    const id = key.ids.get(nameKey(part));
    if (!id) return [];
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** The key's entries as a map of names to indicators, or null when the text holds fewer than three or names no indicator. */
function entriesOf(text: string, standard: Standard | null): Map<string, string> | null {
  const ids = new Map<string, string>();
  for (const m of text.matchAll(ENTRY)) {
    const id = indicatorsOfCell(m[2], standard)[0];
    if (!id) return null;
    ids.set(nameKey(m[1]), id);
  }
  return ids.size >= MIN_ENTRIES ? ids : null;
}

/**
 * The first column no field but the theme is read from whose filled cells on the action rows below the header (rows
 * with text in the action column, headers printed again left out) mostly name the key's areas, or null.
 */
function namedColumn(sheet: SheetView, table: Table, header: number, headerSet: ReadonlySet<number>, columns: ColumnMap, ids: ReadonlyMap<string, string>): number | null {
  // A theme column may name the areas too: its names stay the themes, and the key gives their metrics. So may an indicator
  // column of names in words: the key's numbers are the plan's own reading of them.
  const used = new Set(Object.entries(columns).filter(([f]) => f !== 'theme' && f !== 'indicator').map(([, c]) => c));
  const key: NamesKey = { ids, column: -1, header: '', cell: '', text: '' };
  for (let c = table.left; c <= table.right; c++) {
    if (used.has(c)) continue;
    let filled = 0;
    let named = 0;
    for (let r = header + 1; r <= table.bottom; r++) {
      if (headerSet.has(r) || (columns.action !== undefined && !sheet.text(r, columns.action).trim())) continue;
      const text = sheet.text(r, c).trim();
      if (!text) continue;
      filled++;
      if (indicatorsOfArea(text, key).length) named++;
    }
    if (named >= 2 && named >= NAMED_SHARE * filled) return c;
  }
  return null;
}
