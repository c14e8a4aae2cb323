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
 * Lower-case letters and digits only: how header words are compared ("Lead/s" ~ "leads").
 *
 * @example
 * headerKey('Lead/s') // 'lead s'
 */
export const headerKey = memoiseText((s: string) => s.toLowerCase().replace(/<[^>]*>/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim());
