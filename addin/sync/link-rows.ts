import { matchActions } from '../../shared/match-actions';
import type { PlanRow } from '../../shared/sync';
import type { SyncRow } from './diff-rows';

/**
 * Pairs the rows of a workbook connecting to a plan for the first time with the rows the service
 * already holds, by their content (`matchActions`: same action and indicator first, then same action alone).
 * Each row is used once, in sheet order. Without this, a trust's existing workbook connected to its
 * already-shared plan would push every action a second time under new ids.
 *
 * @example
 * linkRows([{ id: 'local1', fields: { action: 'Reverse mentoring' } }], [{ id: 'r7', fields: { action: 'Reverse  mentoring' }, … }]);
 * // Map { 'local1' => 'r7' }
 */
export function linkRows(local: SyncRow[], remote: PlanRow[]): Map<string, string> {
  return matchActions(local, remote.filter((r) => !r.deleted));
}
