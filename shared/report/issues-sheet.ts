import { RULES } from '../rules';
import type { PlanReport, Severity } from '../types';
import { SEVERITY_LABEL } from './severity-label';
import type { SheetLayout } from './sheet-layout';

const LOOK: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FDE7E9', font: '#A4262C' },
  warning: { fill: '#FFF4CE', font: '#5C4400' },
  info: { fill: '#EFF6FC', font: '#004578' },
};

/**
 * The Issues sheet: one finding a row, with the words the pane uses ("Must fix", "Should check"), the cell,
 * the finding in full, and what the rule checks. Wrapped and fitted to an A4 landscape page width.
 *
 * @example
 * issuesSheet(report).rows[0] // ['Severity', 'Cell', 'Finding', 'What is checked']
 */
export function issuesSheet(report: PlanReport): SheetLayout {
  const rules = new Map(RULES.map((r) => [r.id, r.description]));
  const rows: SheetLayout['rows'] = [['Severity', 'Cell', 'Finding', 'What is checked']];
  const bySeverity: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  // Must-fix first, as the pane lists them; the report's order (by row) within each severity.
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = [...report.issues].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  for (const issue of sorted) {
    const at = rows.length + 1;
    rows.push([SEVERITY_LABEL[issue.severity], issue.row === null ? 'Whole plan' : `${issue.column ?? 'A'}${issue.row}`, issue.message, rules.get(issue.rule) ?? issue.rule]);
    bySeverity[issue.severity].push(`A${at}`);
  }
  const fills: SheetLayout['fills'] = [{ address: 'A1:D1', fill: '#005EB8', font: '#FFFFFF', bold: true }];
  for (const severity of ['error', 'warning', 'info'] as const) {
    if (bySeverity[severity].length) fills.push({ address: bySeverity[severity].join(','), ...LOOK[severity], bold: severity === 'error' });
  }
  return { rows, fills, columnWidths: [14, 11, 90, 45], wrap: true, print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1 } };
}
