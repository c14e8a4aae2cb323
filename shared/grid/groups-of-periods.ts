import type { HeaderPeriod } from './period-of-header';

/**
 * Which of a row's header cells name periods that belong together: groups of two or more whose periods have one
 * length (months with months, quarters with quarters) and the same other words ('Q1 RAG' with 'Q2 RAG', 'Q1' with
 * 'Q2'), and never repeat — one timetable's or tracker's columns, whatever stands between them. An 'Update' round
 * is a count, not a period of time, and joins no group. Returns index groups into `periods` (one entry per column,
 * null where the header names no period), each in column order.
 *
 * @example
 * groupsOfPeriods([null, q1, q2, budget, q3]); // [[1, 2, 4]]
 * groupsOfPeriods([sep19, oct19, q1]); // [[0, 1]] — a quarter among months belongs to no group of its own
 */
export function groupsOfPeriods(periods: readonly (HeaderPeriod | null)[]): number[][] {
  const groups = new Map<string, { indices: number[]; orders: Set<string>; repeated: boolean }>();
  periods.forEach((p, i) => {
    if (!p || p.every === 'update') return;
    const key = `${p.every} ${p.rest}`;
    const group = groups.get(key) ?? { indices: [], orders: new Set<string>(), repeated: false };
    groups.set(key, group);
    group.repeated ||= group.orders.has(p.order);
    group.orders.add(p.order);
    group.indices.push(i);
  });
  return [...groups.values()].filter((g) => !g.repeated && g.indices.length >= 2).map((g) => g.indices);
}
