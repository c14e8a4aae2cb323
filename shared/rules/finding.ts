import type { PlanIssue, Rule } from '../types';

/**
 * One finding as the report keeps it: the rule's id and severity, the row and column, and the message (and a fix) as
 * one string. Every rule builds its findings with this (or `onRow`), so each finding is one record, built once — a plan of 10,000
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

/**
 * A finding on an action's row whose message is "Row N: " and then words that many findings say alike (`said`): the
 * same status not in the key, the same date overdue, the same ref used again. The rule words `said` once for each
 * value it judges, and every finding on it keeps its own short "Row N: " and points at those shared words.
 *
 * Why not one string per finding, as `finding` keeps: a message is mostly the shared words (40–200 characters, and
 * two bytes each, for its '—'), and a plan of 10,000 actions has 30,000 findings that the garbage collector copies
 * while the report lives. Two pieces, one of them shared, are a fraction of that; the text is the same
 * (`message` reads "Row 12: no lead named for this action" either way).
 *
 * @example
 * onRow(leadMissing, 12, 'C', 'no lead named for this action')
 * // { rule: 'lead-missing', severity: 'error', row: 12, column: 'C', message: 'Row 12: no lead named for this action' }
 */
export function onRow(rule: Pick<Rule, 'id' | 'severity'>, row: number, column: string | null, said: string, fix?: string): PlanIssue {
  const issue: PlanIssue = { rule: rule.id, severity: rule.severity, row, column, message: `Row ${row}: ${flat(said)}` };
  if (fix !== undefined) issue.fix = flat(fix);
  return issue;
}

/**
 * Words worked out once for each value a rule judges (a status, a due text), then said by every finding on it.
 *
 * @example
 * const said = saidOnce((status: string) => `status ${quote(status)} is not in the plan's key`);
 * said('On hold') === said('On hold') // true: one string
 */
export function saidOnce<K>(say: (value: K) => string): (value: K) => string {
  const words = new Map<K, string>();
  return (value) => {
    let said = words.get(value);
    if (said === undefined) words.set(value, (said = flat(say(value))));
    return said;
  };
}

/** The text as one string (see `finding`). */
function flat<T>(text: T): T {
  if (typeof text === 'string' && text.length > 0) text.charCodeAt(0);
  return text;
}
