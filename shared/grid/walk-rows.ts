import { indicatorOfCell, indicatorsMentioned, indicatorsOfCell, indicatorsOfWording } from '../indicators';
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
  /** The start of the cell under a non-status header that carries the plan's key ("Date achieved/progress Red = …"). */
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
  let keyColumn: number | undefined;
  let fillColumn: number | undefined;
  let labelled = false;
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
      keyColumn = assignment.keyColumn;
      fillColumn = assignment.fillColumn;
      labelled = assignment.labelled;
      cells = Object.freeze(Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, sheet.letter(c!)])));
      for (const u of assignment.unmapped) unmappedHeaders.push({ row: sheetRow, column: sheet.letter(u.c), text: u.text });
      continue;
    }
    const heading = headings.get(r);
    if (heading !== undefined) {
      theme = heading;
      block = headingBlock(heading, standard, block);
      rowKinds.set(sheetRow, 'section');
      continue;
    }
    const reading = classifyRow({ sheet, r, texts: texts[r], columns, standard });
    rowKinds.set(sheetRow, reading.kind);
    if (reading.kind === 'legend') legend.push(...reading.entries);
    else if (reading.kind === 'indicator-heading') block = headingBlock(collapse(texts[r][0].text), standard, blockOf(reading.indicator, block));
    else if (reading.kind === 'section' && reading.heading) {
      theme = reading.heading;
      block = headingBlock(reading.heading, standard, blockOf(reading.indicator, block));
    } else if (reading.kind === 'cross-reference') crossReferences.push({ row: sheetRow, text: reading.text, target: reading.target });
    if (reading.kind !== 'action' || !columns) continue;
    const read = readActionFields(sheet, r, columns, cells, keyColumn, labelled);
    // The block's indicator: the indicator cell (merged down, or — in a column that names it once per
    // block — carried from the rows above when blank). In a column that names it on every row, a blank is none.
    if (columns.indicator !== undefined) {
      const cell = read.fields.indicator.trim();
      const named = cell ? indicatorsOfCellText(cell, standard) : [];
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
      // A status given only by colour sits in the status column, the column whose header carries the key, or
      // the column the plan colours.
      statusFill: fillColumn === undefined ? null : sheet.fill(r, fillColumn),
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

/** A heading sets the indicators it names ("Metric 1: …", "Priority 2 (WDES metrics 2, 3 and 5)"); one that names none starts a block with none. */
function headingBlock(heading: string, standard: Standard | null, previous: { indicator: string | null; indicators: string[] }) {
  const lead = indicatorOfCell(heading.replace(/^\s*(?:wres\s+|wdes\s+)?(indicator|metric)s?\s*/i, ''), standard);
  const named = indicatorsMentioned(heading, standard);
  const all = lead && !named.includes(lead) ? [lead, ...named] : named.length ? named : lead ? [lead] : [];
  return all.length ? { indicator: all[0], indicators: all } : previous;
}

/** An indicator cell's indicators: numbers it starts with ("1&9"), numbers it mentions ("… (indicators 5 & 6)"), or its wording. */
function indicatorsOfCellText(cell: string, standard: Standard | null): string[] {
  const numbered = indicatorsOfCell(collapse(cell), standard);
  if (numbered.length) return numbered;
  const mentioned = indicatorsMentioned(cell, standard);
  return mentioned.length ? mentioned : indicatorsOfWording(cell, standard);
}
