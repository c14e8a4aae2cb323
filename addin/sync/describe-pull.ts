import { FIELD_NAMES } from '../../shared/rules/describe';
import type { PlanReport } from '../../shared/types';
import { addressOf } from './address-of';
import { dueByPlacement } from './due-by-placement';
import type { PullResult } from './sync-client';

const shown = (text: string) => `'${text.replace(/\s+/g, ' ').trim()}'`;

/**
 * What a pull changed in the sheet, one line per cell, naming whose edit replaced what the user had:
 * "C6 Lead: your 'Chief People Officer' was replaced by Ann's 'Director of People'".
 *
 * @example
 * describePull(reportBeforePull, result, 'ann'); // ["C6 Lead: your 'Chief People Officer' was replaced by Bob's 'Director of People'"]
 */
export function describePull(before: PlanReport, result: PullResult, me: string): string[] {
  const rows = new Map(before.actions.map((a) => [a.id, a]));
  return result.updates.flatMap((u) => {
    const action = rows.get(u.id);
    if (!action) return [];
    const address = addressOf(before, u.id, u.field);
    const old = u.field === 'due' ? action.due.text : String((action as unknown as Record<string, unknown>)[u.field] ?? '');
    const who = !u.by ? 'someone' : u.by === me ? 'your own earlier' : `${u.by}'s`;
    const where = `${address ?? `Row ${action.row}`} ${FIELD_NAMES[u.field]}`;
    // Not written (planPullWrites refuses it): the user is told why, and what to do before the next push sends theirs back.
    const placed = u.field === 'due' ? dueByPlacement(action) : null;
    if (placed) return [`Row ${action.row} ${FIELD_NAMES.due}: ${who} ${shown(u.value)} was not written — ${placed}. Move the action to that period's column yourself; otherwise your ${shown(old)} goes back at the next push`];
    if (!old.trim()) return [`${where}: ${u.by ?? 'someone'} wrote ${shown(u.value)}`];
    if (!u.value.trim()) return [`${where}: your ${shown(old)} was cleared by ${u.by ?? 'someone'}`];
    return [`${where}: your ${shown(old)} was replaced by ${who} ${shown(u.value)}`];
  });
}
