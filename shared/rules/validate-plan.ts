import type { PlanIssue, RuleContext } from '../types';
import { RULES } from './catalogue';
import { finding } from './finding';
import { sortIssues } from './sort-issues';

/** The list's objects; the list itself when all its items are (the usual case: no copy of every action is made). */
function objectsOf<T>(items: readonly T[]): T[] {
  const isObject = (a: T) => !!a && typeof a === 'object';
  for (let i = 0; i < items.length; i++) if (!isObject(items[i])) return items.filter(isObject);
  return items as T[];
}

/**
 * Runs every rule of the catalogue over a recognised plan and returns their findings (each with its rule's id and severity),
 * sorted by sheet row then column, plan-wide findings (row null) last. A rule that fails on odd data reports
 * that it could not run rather than stopping the whole check.
 *
 * @example
 * validatePlan({ actions, standard: 'WRES', ragKey: DEFAULT_RAG_KEY, asAt: new Date(2024, 2, 31), unmappedHeaders: [], crossReferences: [] })
 * // [{ rule: 'lead-missing', severity: 'error', row: 12, column: 'C', message: 'Row 12: no lead named for this action' }, …]
 */
export function validatePlan(context: RuleContext): PlanIssue[] {
  const safe: RuleContext = {
    actions: Array.isArray(context?.actions) ? objectsOf(context.actions) : [],
    standard: context?.standard ?? null,
    ragKey: context?.ragKey && Array.isArray(context.ragKey.entries) ? context.ragKey : { entries: [], source: 'default' },
    asAt: context?.asAt instanceof Date ? context.asAt : new Date(Number.NaN),
    period: typeof context?.period === 'string' ? context.period : null,
    unmappedHeaders: Array.isArray(context?.unmappedHeaders) ? context.unmappedHeaders : [],
    crossReferences: Array.isArray(context?.crossReferences) ? context.crossReferences : [],
    otherPlans: Array.isArray(context?.otherPlans) ? context.otherPlans : [],
    rowsSetAside: Array.isArray(context?.rowsSetAside) ? context.rowsSetAside : [],
    unsavedFormulas: Array.isArray(context?.unsavedFormulas) ? context.unsavedFormulas : [],
    ...(context?.notesUnread === 'comments' || context?.notesUnread === 'none' ? { notesUnread: context.notesUnread } : {}),
  };
  const found: PlanIssue[] = [];
  for (const rule of RULES) {
    let results: PlanIssue[];
    try {
      results = rule.check(safe);
    } catch {
      results = [finding(rule, null, null, `The "${rule.description}" check could not be run on this sheet`)];
    }
    // Each rule built its findings as the report keeps them (see `finding`): they are gathered, not copied.
    for (let i = 0; i < results.length; i++) found.push(results[i]);
  }
  // Array sort is stable: findings on the same cell stay in catalogue order.
  return sortIssues(found);
}
