import { groupIssues, SEVERITY_LABEL } from '../../shared/report';
import type { PlanIssue, PlanReport, Severity } from '../../shared/types';
import { issueAddress } from '../colour/plan-fills';
import { button } from './controls';
import { el } from './dom';

/** At this many findings of one rule, they are shown as one line to open ("20 actions overdue — show"). */
export const GROUP_AT = 5;

export interface IssueActions {
  select(address: string): void;
  /** Offers the fix of markup findings: one finding, or all of a group. */
  fix(issues: PlanIssue[]): void;
}

const isFixable = (i: PlanIssue) => i.rule === 'markup-remnant' && typeof i.fix === 'string' && i.row !== null;

/** One finding: a button that selects its cell, or for the whole plan a plain line (it is not a control). */
function issueItem(issue: PlanIssue, actions: IssueActions): HTMLElement {
  const address = issueAddress(issue);
  const where = el('span', { class: 'where' }, address ?? 'Whole plan');
  const message = el('span', { class: 'message' }, issue.message);
  const main = address
    ? el('button', { type: 'button', class: `issue sev-${issue.severity}`, 'data-rule': issue.rule, 'data-address': address, title: `Go to ${address}` }, where, message)
    : el('div', { class: `issue plan-wide sev-${issue.severity}`, 'data-rule': issue.rule }, where, message);
  if (address) main.addEventListener('click', () => actions.select(address));
  const fix = isFixable(issue) ? button(undefined, 'Fix…', { class: 'fix', appearance: 'subtle', label: `Fix ${address}: remove the web-page code` }) : null;
  fix?.addEventListener('click', () => actions.fix([issue]));
  return el('li', { class: 'issue-row' }, main, fix);
}

/**
 * The findings, must-fix first, in the words of the CLI and the sheets. Many findings of one rule fold into one
 * line ("20 actions overdue — show") that opens in place; markup findings offer Fix, one by one or all at once.
 *
 * @example
 * host.replaceChildren(renderIssues(report, { select, fix }));
 */
export function renderIssues(report: PlanReport, actions: IssueActions): HTMLElement {
  const root = el('div', {}, el('h2', { id: 'issues-title' }, `Issues (${report.issues.length})`));
  const bySeverity = new Map<Severity, HTMLElement>();
  for (const group of groupIssues(report.issues)) {
    let list = bySeverity.get(group.severity);
    if (!list) {
      const count = report.issues.filter((i) => i.severity === group.severity).length;
      list = el('ul', { class: 'issue-list', 'aria-label': SEVERITY_LABEL[group.severity] });
      bySeverity.set(group.severity, list);
      root.append(el('h3', { class: `sev-${group.severity}` }, `${SEVERITY_LABEL[group.severity]} (${count})`), list);
    }
    if (group.issues.length < GROUP_AT) {
      for (const issue of group.issues) list.append(issueItem(issue, actions));
      continue;
    }
    const inner = el('ul', { class: 'issue-list grouped', hidden: true }, ...group.issues.map((i) => issueItem(i, actions)));
    const toggle = el('button', { type: 'button', class: `issue group sev-${group.severity}`, 'aria-expanded': 'false', 'data-group': group.rule },
      el('span', { class: 'message' }, `${group.title} — `), el('span', { class: 'show' }, 'show'));
    toggle.addEventListener('click', () => {
      const open = inner.hidden;
      inner.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.querySelector('.show')!.textContent = open ? 'hide' : 'show';
    });
    const fixAll = group.issues.some(isFixable) ? button(undefined, `Fix all ${group.issues.filter(isFixable).length}…`, { class: 'fix-all', appearance: 'subtle' }) : null;
    fixAll?.addEventListener('click', () => actions.fix(group.issues.filter(isFixable)));
    list.append(el('li', { class: 'issue-row group-row' }, toggle, fixAll), el('li', { class: 'group-items' }, inner));
  }
  if (!report.issues.length) root.append(el('p', {}, 'Nothing to fix or check.'));
  return root;
}
