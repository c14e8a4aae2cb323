import { collapse, isBlankText } from '../grid/cell-text';
import type { PlanField, PlanIssue, RecognisedAction, Rule, Standard } from '../types';
import { finding } from './finding';

/**
 * What an HR lead calls each field, for messages.
 *
 * @example
 * FIELD_NAMES.due // 'Timescale'
 */
export const FIELD_NAMES: Record<PlanField | 'id', string> = {
  ref: 'Ref', indicator: 'Indicator', hia: 'HIA', theme: 'Theme', objective: 'Objective', action: 'Action', lead: 'Lead',
  due: 'Timescale', status: 'Status', progress: 'Progress', outcome: 'Outcome', completed: 'Completed', id: 'Action ID',
};

/**
 * The column letter of a field on an action's row, or null when the plan has no such column.
 *
 * @example
 * columnOf({ cells: { lead: 'C' } } as RecognisedAction, 'lead') // 'C'
 */
export function columnOf(action: RecognisedAction, field: PlanField | 'id'): string | null {
  return action?.cells?.[field] ?? null;
}

/**
 * Quotes cell text for a message, shortened so one message stays one line.
 *
 * @example
 * quote('TBC') // '"TBC"'
 */
export function quote(text: string, max = 60): string {
  const shown = displayText(text);
  // Only the start is shown: tidy a generous head of a long narrative rather than all of it.
  const head = shown.length > max * 4 ? shown.slice(0, max * 4) : shown;
  let flat = collapse(head);
  if (head !== shown && flat.length <= max) flat = collapse(shown);
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/**
 * 'indicator' for WRES, 'metric' for WDES: the word each standard's guidance uses.
 *
 * @example
 * indicatorWord('WDES') // 'metric'
 */
export function indicatorWord(standard: Standard | null): string {
  return standard === 'WDES' ? 'metric' : 'indicator';
}

/**
 * What a cell shows, as text: numbers and valid dates as written, and nothing for values no real cell holds
 * (NaN, Infinity, invalid dates, objects) so internals never reach a message.
 *
 * @example
 * displayText(Number.NaN) // ''
 */
export function displayText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : '';
  return '';
}

/**
 * Whether a cell is blank once whitespace is gone (values no real cell holds count as blank).
 *
 * @example
 * isBlank('  ') // true
 */
export function isBlank(text: unknown): boolean {
  return isBlankText(displayText(text));
}

/**
 * One plan-wide finding when a field has no column of its own and its values were found inside other
 * cells: the board reads columns, so the plan should have one. Nothing when every value has its column.
 *
 * @example
 * noColumnOfItsOwn(dueMissing, actions, 'due', 'Timescale', 'timescales', 'read from the action text')
 * // [{ rule: 'due-missing', severity: 'error', row: null, column: null, message: 'The plan has no Timescale column: 9 of 12 timescales were read from the action text — add a "Timescale" column' }]
 */
export function noColumnOfItsOwn(rule: Pick<Rule, 'id' | 'severity'>, actions: RecognisedAction[], field: 'lead' | 'due', header: string, plural: string, how: string): PlanIssue[] {
  // Period columns (a delivery timetable) are the plan's own place for timescales, as a column is; and section rows
  // naming who is accountable ('Chief Nurse' over her actions) are a plan's own place for leads; so are the columns a
  // timescale is written over ('Qtr' | 'Year', 'Original date' | 'Revised date').
  if (actions.some((a) => ['column', 'columns', 'period', 'section'].includes(a.sources?.[field]?.kind ?? ''))) return [];
  const found = actions.filter((a) => a.sources?.[field]).length;
  if (found === 0) return [];
  // Values kept in cells' notes ('Lead: …' in the yellow note on the action cell) are said to be there: the board sees no note.
  const noted = actions.filter((a) => a.sources?.[field]?.kind === 'note').length;
  // Leads given by the colour of each action's text, as the plan's key says ('red writing = HR team'): no text says who.
  const keyed = actions.filter((a) => a.sources?.[field]?.kind === 'key').length;
  const where = keyed === found ? `given only by the colour of each action's text, as the plan's key says` : noted === found ? `written in the notes on the actions' cells` : noted > 0 ? `${how}, ${noted} of them in cells' notes` : how;
  return [finding(rule, null, null, `The plan has no ${header} column: ${found} of ${actions.length} ${plural} were ${where} — add a "${header}" column`)];
}
