import { parseCellRef } from '../grid/parse-cell-ref';
import type { ConditionalFill, Grid, RagKeyEntry } from '../types';
import { DEFAULT_RAG_KEY } from './default-rag-key';
import { ruleFillToRag } from './rule-fill-to-rag';
import { findKeyEntry } from './find-key-entry';

/**
 * The plan's key as its status column's conditional formatting gives it: each rule that tests a status cell's text
 * ('cell value equal to "Complete"', 'text that contains "Behind"', '=$F2="R"') and fills in a RAG colour makes its
 * text mean that colour ('Complete' on '#0070C0' is blue); one filling in no RAG colour ('Superseded' on grey) names a
 * status with no colour (its entry's colour null), unless the usual status words colour it ('Not started'). A rule counts when it tests the text of a cell an action's
 * status was read from — its own cell, or the row's status cell for a rule colouring whole rows. 'Contains' and
 * 'ends with' rules match the text anywhere in a status. The first rule of a text wins, as Excel shows the
 * higher-priority rule's fill. Fewer than two coloured texts is no key (a lone 'Overdue → red' rule highlights, it does not
 * define the statuses): then it returns [].
 *
 * @example
 * readConditionalKey(grid, ['F12', 'F13']); // [{ rag: 'blue', label: 'Complete' }, { rag: 'red', label: 'Behind', anywhere: true }]
 */
export function readConditionalKey(grid: Grid, statusCells: readonly string[]): RagKeyEntry[] {
  const rules = Array.isArray(grid.conditionalFills) ? grid.conditionalFills : [];
  if (rules.length === 0 || statusCells.length === 0) return [];
  const origin = grid.origin ?? { row: 0, column: 0 };
  const cells = statusCells.map(parseCellRef).flatMap((p) => (p ? [{ row: p.row - origin.row, column: p.column - origin.column }] : []));
  const entries: RagKeyEntry[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const rag = ruleFillToRag(rule?.fill ?? null);
    const label = typeof rule?.text === 'string' ? rule.text.trim() : '';
    // A rule filling its text in no RAG colour (grey 'Superseded') names a status of the key with no colour, unless
    // the usual status words colour it ('Not started' grey stays red, as an unfilled label of a key row does).
    const named = rag !== null || (typeof rule?.fill === 'string' && !findKeyEntry(label, DEFAULT_RAG_KEY)?.rag);
    if (!named || !label || seen.has(label.toLowerCase()) || !cells.some((cell) => testsCell(rule, cell))) continue;
    seen.add(label.toLowerCase());
    entries.push({ rag, label, ...(rule.test === 'contains' || rule.test === 'ends' ? { anywhere: true } : {}) });
  }
  return entries.filter((e) => e.rag !== null).length >= 2 ? entries : [];
}

/** The rule tests this status cell's text: it covers the cell and reads its own text, or reads its column for the row. */
function testsCell(rule: ConditionalFill, cell: { row: number; column: number }): boolean {
  const ranges = Array.isArray(rule.ranges) ? rule.ranges : [];
  if (rule.column === null || rule.column === undefined) return ranges.some((a) => a.top <= cell.row && cell.row <= a.bottom && a.left <= cell.column && cell.column <= a.right);
  return rule.column === cell.column && ranges.some((a) => a.top <= cell.row && cell.row <= a.bottom);
}
