import { memoiseText } from '../memoise-text';
import type { CellValue } from '../types';

/**
 * A cell's text as a person reads it: numbers as written, dates as ISO days, errors and empties as ''.
 * Never throws, whatever the cell holds.
 *
 * @example
 * cellText(' In Progress '); // ' In Progress ' (kept verbatim; compare with collapse())
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}

/**
 * Whitespace collapsed and trimmed: how cells are compared (line breaks and double spaces are layout, not meaning).
 *
 * @example
 * collapse('  In\n progress ') // 'In progress'
 */
export const collapse = memoiseText((s: string) => s.replace(/\s{2,}|[^\S ]/g, ' ').trim());

/**
 * Lower-case letters and digits only: how header words are compared ("Lead/s" ~ "leads"). Words a list's export runs
 * together are apart: a SharePoint list, Planner or Smartsheet names its columns as a system does ('AssignedTo',
 * 'DueDate', 'RAGStatus', 'Due_x0020_Date'), and those are the same words a person writes with spaces. A capital
 * after a small letter starts a word, as does the last capital of a run before small letters ('RAGStatus'); a run
 * of capitals with one small letter after it stays one word ('KPIs', 'HIAs').
 *
 * @example
 * headerKey('Lead/s') // 'lead s'
 * headerKey('AssignedTo') // 'assigned to'
 * headerKey('Due_x0020_Date') // 'due date'
 */
export const headerKey = memoiseText((s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/_x([0-9a-f]{4})_/gi, ' ')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/([A-Z])(?=[A-Z][a-z]{2,})/g, '$1 ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);
