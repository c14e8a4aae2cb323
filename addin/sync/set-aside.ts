import type { Change } from '../../shared/sync';
import type { ApiIssue } from '../api';
import type { SyncRow } from './diff-rows';

/** A push the service refused for good: kept out of the outbox, with what to fix, until the cells change. */
export interface SetAside {
  pushId: string;
  changes: Change[];
  /** What was wrong, by row and field where the service said. */
  problems: { id: string | null; field: string | null; message: string }[];
  message: string;
  at: string;
}

/**
 * Turns the service's issues (`body.changes.3.set.progress`) into row ids and fields of the push.
 *
 * @example
 * problemsOf(changes, [{ path: 'body.changes.0.set.progress', message: 'is longer than 32000 characters' }]);
 * // [{ id: 'r0', field: 'progress', message: 'is longer than 32000 characters' }]
 */
export function problemsOf(changes: Change[], issues: ApiIssue[] | undefined, fallback: string): SetAside['problems'] {
  if (!issues?.length) return [{ id: null, field: null, message: fallback }];
  return issues.map((issue) => {
    const m = /^body\.changes\.(\d+)(?:\.(?:set|base)\.(\w+)|\.(id|set|delete))?/.exec(issue.path);
    const change = m ? changes[Number(m[1])] : undefined;
    return { id: change?.id ?? null, field: m?.[2] ?? null, message: issue.message };
  });
}

const key = (id: string, field: string, value: string) => `${id}\u0000${field}\u0000${value}`;
const valuesOf = (pushes: SetAside[]) => new Set(pushes.flatMap((p) => p.changes.flatMap((c) => (c.delete ? [key(c.id, '*', '')] : Object.entries(c.set ?? {}).map(([f, v]) => key(c.id, f, v))))));

/**
 * Drops from new changes what is already set aside with the same value, so a refused cell is not sent again
 * and again: only once the user changes it.
 *
 * @example
 * withoutSetAside(diffRows(rows, base), state.setAside);
 */
export function withoutSetAside(changes: Change[], pushes: SetAside[]): Change[] {
  if (!pushes.length) return changes;
  const aside = valuesOf(pushes);
  return changes.flatMap((c) => {
    if (c.delete) return aside.has(key(c.id, '*', '')) ? [] : [c];
    const set = Object.fromEntries(Object.entries(c.set ?? {}).filter(([f, v]) => !aside.has(key(c.id, f, v))));
    return Object.keys(set).length ? [{ ...c, set }] : [];
  });
}

/**
 * The set-aside pushes still standing: those whose values the sheet still holds. A push whose cells the
 * user changed is done with (the change goes out as a new push).
 *
 * @example
 * stillSetAside(state.setAside, rows);
 */
export function stillSetAside(pushes: SetAside[], rows: SyncRow[]): SetAside[] {
  const sheet = new Map(rows.map((r) => [r.id, r.fields]));
  return pushes.filter((p) => p.changes.some((c) => (c.delete ? !sheet.has(c.id) : Object.entries(c.set ?? {}).some(([f, v]) => sheet.get(c.id)?.[f as keyof SyncRow['fields']] === v))));
}
