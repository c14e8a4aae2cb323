import type { PlanIssue, RuleContext } from '../types';
import { RULES } from './catalogue';
import { sortIssues } from './sort-issues';

/**
 * Runs every rule of the catalogue over a recognised plan and returns the findings with rule id and severity,
 * sorted by sheet row then column, plan-wide findings (row null) last. A rule that fails on odd data reports
 * that it could not run rather than stopping the whole check.
 *
 * @example
 * validatePlan({ actions, standard: 'WRES', ragKey: DEFAULT_RAG_KEY, asAt: new Date(2024, 2, 31), unmappedHeaders: [], crossReferences: [] })
 * // [{ rule: 'lead-missing', severity: 'error', row: 12, column: 'C', message: 'Row 12: no lead named for this action' }, …]
 */
export function validatePlan(context: RuleContext): PlanIssue[] {
  const safe: RuleContext = {
    actions: Array.isArray(context?.actions) ? context.actions.filter((a) => a && typeof a === 'object') : [],
    standard: context?.standard ?? null,
    ragKey: context?.ragKey && Array.isArray(context.ragKey.entries) ? context.ragKey : { entries: [], source: 'default' },
    asAt: context?.asAt instanceof Date ? context.asAt : new Date(Number.NaN),
    unmappedHeaders: Array.isArray(context?.unmappedHeaders) ? context.unmappedHeaders : [],
    crossReferences: Array.isArray(context?.crossReferences) ? context.crossReferences : [],
    otherPlans: Array.isArray(context?.otherPlans) ? context.otherPlans : [],
    rowsSetAside: Array.isArray(context?.rowsSetAside) ? context.rowsSetAside : [],
    unsavedFormulas: Array.isArray(context?.unsavedFormulas) ? context.unsavedFormulas : [],
    ...(context?.notesUnread === 'comments' || context?.notesUnread === 'none' ? { notesUnread: context.notesUnread } : {}),
  };
  const found: PlanIssue[] = [];
  for (const rule of RULES) {
    let results: Omit<PlanIssue, 'rule' | 'severity'>[];
    try {
      results = rule.check(safe);
    } catch {
      results = [{ row: null, column: null, message: `The "${rule.description}" check could not be run on this sheet` }];
    }
    for (const r of results) {
      const issue: PlanIssue = { rule: rule.id, severity: rule.severity, row: r.row, column: r.column, message: flat(r.message) };
      if (r.fix !== undefined) issue.fix = flat(r.fix);
      found.push(issue);
    }
  }
  // Array sort is stable: findings on the same cell stay in catalogue order.
  return sortIssues(found);
}

/**
 * The text as one string. A message built from pieces (a template, `+`) is held by the engine as a tree of its pieces
 * until something reads its characters, and every piece is one more object the garbage collector copies while the
 * report lives (tens of thousands of findings on a long plan). Reading a character joins the pieces once, here.
 */
function flat<T>(text: T): T {
  if (typeof text === 'string' && text.length > 0) text.charCodeAt(0);
  return text;
}
