import type { PlanRow } from '../../shared/sync';
import type { SyncRow } from './diff-rows';

const norm = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Pairs the rows of a workbook connecting to a plan for the first time with the rows the service
 * already holds, by their content: same action and indicator first, then same action alone. Each row is
 * used once, in sheet order. Without this, a trust's existing workbook connected to its already-shared
 * plan would push every action a second time under new ids.
 *
 * @example
 * linkRows([{ id: 'local1', fields: { action: 'Reverse mentoring' } }], [{ id: 'r7', fields: { action: 'Reverse  mentoring' }, … }]);
 * // Map { 'local1' => 'r7' }
 */
export function linkRows(local: SyncRow[], remote: PlanRow[]): Map<string, string> {
  const links = new Map<string, string>();
  const used = new Set<string>();
  const live = remote.filter((r) => !r.deleted && norm(r.fields.action));
  const passes: ((f: Record<string, string | undefined>) => string)[] = [
    (f) => `${norm(f.action)}\u0000${norm(f.indicator)}`,
    (f) => norm(f.action),
  ];
  for (const key of passes) {
    const queues = new Map<string, string[]>();
    for (const r of live) if (!used.has(r.id)) queues.set(key(r.fields), [...(queues.get(key(r.fields)) ?? []), r.id]);
    for (const row of local) {
      if (links.has(row.id) || !norm(row.fields.action)) continue;
      const match = queues.get(key(row.fields))?.shift();
      if (match === undefined) continue;
      links.set(row.id, match);
      used.add(match);
    }
  }
  return links;
}
