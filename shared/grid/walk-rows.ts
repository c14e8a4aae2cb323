import { indicatorOfCell, indicatorsOfCell, indicatorsOfWording } from '../indicators';
import type { CellValue, FieldSource, PlanField, RagKeyEntry, RuleContext, Standard } from '../types';
import type { ColumnAssignment, ColumnMap } from './assign-columns';
import { collapse } from './cell-text';
import { classifyRow, type RowKind } from './classify-row';
import type { Table } from './find-tables';
import type { RowTexts } from './profile-rows';
import { readActionFields } from './read-action-fields';
import { readRef } from './read-ref';
import type { SheetView } from './view-sheet';

/** The raw values of one action: text per field, where lead and timescale were found, the status cell's fill. */
export interface RawAction {
  row: number;
  id: string | null;
  fields: Record<PlanField, string>;
  dueValue: CellValue;
  statusFill: string | null;
  /** Text of the column that carries the plan's key when it is not the status column ("Date achieved/progress"). */
  keyedText: string;
  blockIndicator: string | null;
  /** Every indicator the block's indicator cell names ("1&9"). */
  blockIndicators: string[];
  refIndicator: string | null;
  cells: Partial<Record<PlanField | 'id', string>>;
  /** Where the lead and the timescale were read: their column, a label in a cell, or the action's text. */
  sources: Partial<Record<'lead' | 'due' | 'status', FieldSource>>;
}

export interface WalkInput {
  sheet: SheetView;
  table: Table;
  texts: RowTexts;
  headerSet: Set<number>;
  assignments: Map<number, ColumnAssignment>;
  /** Section headings above header rows, by grid row. */
  headings: Map<number, string>;
  standard: Standard | null;
}

/**
 * Walks the rows top to bottom: each header row sets the columns below it; each other row is
 * classified; sections and indicator headings carry down to the actions under them; each action's
 * fields are read (with labelled values and dates in its text where the plan has no column for them).
 *
 * @example
 * walkRows(input).actions.length; // 30
 */
export function walkRows(input: WalkInput) {
  const { sheet, texts, headerSet, assignments, headings, standard } = input;
  const rowKinds = new Map<number, RowKind>();
  const legend: RagKeyEntry[] = [];
  const actions: RawAction[] = [];
  const unmappedHeaders: RuleContext['unmappedHeaders'] = [];
  const crossReferences: RuleContext['crossReferences'] = [];
  let columns: ColumnMap | null = null;
  let cells: RawAction['cells'] = {};
  let block: { indicator: string | null; indicators: string[] } = { indicator: null, indicators: [] };
  let theme: string | null = null;
  const denseIndicators = new Set([...assignments.values()].filter((a) => a.indicatorOnEveryRow).map((a) => a.map));
  for (let r = 0; r < sheet.height; r++) {
    const sheetRow = sheet.sheetRow(r);
    if (headerSet.has(r)) {
      rowKinds.set(sheetRow, 'header');
      const assignment = assignments.get(r);
      if (!assignment) continue; // a group label row above the header proper
      columns = assignment.map;
      cells = Object.freeze(Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, sheet.letter(c!)])));
      for (const u of assignment.unmapped) unmappedHeaders.push({ row: sheetRow, column: sheet.letter(u.c), text: u.text });
      continue;
    }
    const heading = headings.get(r);
    if (heading !== undefined) {
      theme = heading;
      block = blockOf(indicatorOfCell(heading.replace(/^\s*(?:wres\s+|wdes\s+)?(indicator|metric)s?\s*/i, ''), standard), block);
      rowKinds.set(sheetRow, 'section');
      continue;
    }
    const reading = classifyRow({ sheet, r, texts: texts[r], columns, standard });
    rowKinds.set(sheetRow, reading.kind);
    if (reading.kind === 'legend') legend.push(...reading.entries);
    else if (reading.kind === 'indicator-heading') block = blockOf(reading.indicator, block);
    else if (reading.kind === 'section' && reading.heading) {
      theme = reading.heading;
      if (reading.indicator) block = blockOf(reading.indicator, block);
    } else if (reading.kind === 'cross-reference') crossReferences.push({ row: sheetRow, text: reading.text, target: reading.target });
    if (reading.kind !== 'action' || !columns) continue;
    const read = readActionFields(sheet, r, columns, cells);
    // The block's indicator: the indicator cell (merged down, or — in a column that names it once per
    // block — carried from the rows above when blank). In a column that names it on every row, a blank is none.
    if (columns.indicator !== undefined) {
      const cell = read.fields.indicator.trim();
      const all = cell ? indicatorsOfCell(collapse(cell), standard) : [];
      const named = all.length ? all : cell ? indicatorsOfWording(cell, standard) : [];
      if (named.length) block = { indicator: named[0], indicators: named };
      else if (!cell && denseIndicators.has(columns)) block = { indicator: null, indicators: [] };
    }
    read.fields.theme ||= theme || '';
    const ref = readRef(read.fields.action) ?? (columns.ref !== undefined ? readRef(`${collapse(read.fields.ref)} `) : null);
    actions.push({
      row: sheetRow,
      id: columns.id !== undefined ? collapse(sheet.text(r, columns.id)) || null : null,
      fields: read.fields,
      dueValue: read.dueValue,
      statusFill: columns.status === undefined ? null : sheet.fill(r, columns.status),
      keyedText: read.keyedText,
      blockIndicator: block.indicator,
      blockIndicators: block.indicators,
      refIndicator: ref?.indicator ?? null,
      cells: read.cells,
      sources: read.sources,
    });
  }
  return { rowKinds, legend, actions, unmappedHeaders, crossReferences };
}

function blockOf(indicator: string | null, previous: { indicator: string | null; indicators: string[] }) {
  return indicator ? { indicator, indicators: [indicator] } : previous;
}
