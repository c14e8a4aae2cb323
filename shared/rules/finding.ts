import type { PlanIssue, Rule } from '../types';

/**
 * One finding as the report keeps it: the rule's id and severity, the row and column, and the message (and a fix) as
 * one string. Every rule builds its findings with this, so each finding is one record, built once — a plan of 10,000
 * actions can have 30,000 findings, and a record built by the rule and then copied with the id and severity added was
 * two records for the garbage collector for every finding.
 *
 * A message built from pieces (a template, `+`) is held by the engine as a tree of its pieces until something reads
 * its characters, and every piece is one more object the garbage collector copies while the report lives. Reading a
 * character joins the pieces once, here.
 *
 * @example
 * finding(overdue, 5, 'D', 'Row 5: due by 31 January 2020 ("Jan-20") but not marked complete as at 15 March 2021')
 * // { rule: 'overdue', severity: 'error', row: 5, column: 'D', message: 'Row 5: due by 31 January 2020 …' }
 */
export function finding(rule: Pick<Rule, 'id' | 'severity'>, row: number | null, column: string | null, message: string, fix?: string): PlanIssue {
  const issue: PlanIssue = { rule: rule.id, severity: rule.severity, row, column, message: flat(message) };
  if (fix !== undefined) issue.fix = flat(fix);
  return issue;
}

/** The text as one string (see `finding`). */
function flat<T>(text: T): T {
  if (typeof text === 'string' && text.length > 0) text.charCodeAt(0);
  return text;
}
