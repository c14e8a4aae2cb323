import type { PlanIssue, Severity } from '../types';

/** Findings of one rule and severity: shown one by one when few, as one line ("20 actions overdue — show") when many. */
export interface IssueGroup {
  rule: string;
  severity: Severity;
  issues: PlanIssue[];
  /** One line for the whole group, e.g. "20 actions overdue". */
  title: string;
}

/** How each rule's findings are counted in a group title: "20 actions overdue". Rules not listed say "N findings: …". */
const GROUP_WORDS: Record<string, [string, string]> = {
  overdue: ['action overdue', 'actions overdue'],
  'markup-remnant': ['cell with web-page code', 'cells with web-page code'],
  'lead-missing': ['action with no lead', 'actions with no lead'],
  'due-missing': ['action with no timescale', 'actions with no timescale'],
  'due-unparsed': ['timescale that is not a date', 'timescales that are not dates'],
  'formula-no-result': ['formula with no saved value', 'formulas with no saved value'],
  'status-not-in-key': ['status not in the RAG key', 'statuses not in the RAG key'],
  'ongoing-no-review': ['ongoing action with no review date', 'ongoing actions with no review date'],
  'completed-no-evidence': ['completed action with no evidence', 'completed actions with no evidence'],
  'numbering-contradicts-block': ['action numbered for another indicator', 'actions numbered for another indicator'],
  'indicator-read-as-part': ['metric code read as a part of a metric', 'metric codes read as parts of metrics'],
  'indicator-not-covered': ['indicator with no action', 'indicators with no action'],
  'header-unmapped': ['column the checker could not name', 'columns the checker could not name'],
  'duplicate-ref': ['repeated reference', 'repeated references'],
  'action-empty': ['row with no action text', 'rows with no action text'],
  'other-plan-skipped': ['other plan set aside', 'other plans set aside'],
  'notes-unread': ["sheet whose cells' notes this Excel cannot read", "sheets whose cells' notes this Excel cannot read"],
  'row-set-aside': ['row read as something other than an action', 'rows read as something other than actions'],
};

/**
 * Groups findings by severity and rule, keeping the report's order. A rule with at least `threshold` findings
 * becomes one group the pane shows folded, with a count in words.
 *
 * @example
 * groupIssues(report.issues)[0].title // '20 actions overdue'
 */
export function groupIssues(issues: readonly PlanIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.rule}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rule: issue.rule, severity: issue.severity, issues: [], title: '' }));
    group.issues.push(issue);
  }
  for (const group of groups.values()) {
    const n = group.issues.length;
    const words = Object.hasOwn(GROUP_WORDS, group.rule) ? GROUP_WORDS[group.rule] : null;
    group.title = words ? `${n} ${n === 1 ? words[0] : words[1]}` : `${n} finding${n === 1 ? '' : 's'}: ${group.rule.replace(/-/g, ' ')}`;
  }
  const order: Severity[] = ['error', 'warning', 'info'];
  return [...groups.values()].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
}
