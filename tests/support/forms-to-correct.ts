import type { CellValue, Grid } from '../../shared/types';

/**
 * Two stacked forms (field names down column A, one block of label rows per action) whose lead the reader cannot get
 * right on its own, so only the user's choice of a LABEL can put it right — a form's values all sit in column B, so no
 * column letter can.
 */

/**
 * WRES, four blocks 'Action N' | 'Info' | 'By when' | 'RAG', a blank row between blocks: the leads are first names under
 * a label no reader knows ('Info'), so it finds no lead and asks which label holds it. `extra` blocks come first, as
 * when the user adds an action at the top of the form.
 */
export function ashcombe(extra: { action: string; lead: string }[] = []): Grid {
  const values: CellValue[][] = [['Ashcombe NHS Trust – WRES action plan 2024/25'], []];
  const blocks = [...extra, { action: 'Reverse mentoring for senior leaders', lead: 'Amara' }, { action: 'Audit shortlisting by ethnicity', lead: 'Ben' },
    { action: 'Review disciplinary referrals by ethnicity', lead: 'Chloe' }, { action: 'Run a cultural ambassadors programme', lead: 'Dev' }];
  blocks.forEach((b, i) => values.push([`Action ${i + 1}`, b.action], ['Info', b.lead], ['By when', 'March 2025'], ['RAG', 'On track'], []));
  return { values };
}

/**
 * WDES, six label rows a block ('Metric', 'Action', 'Executive sponsor', 'Day-to-day contact', 'Target date', 'Status'):
 * two labels name people; the reader takes the executive sponsor as the lead, the trust means the day-to-day contact.
 */
export function brackenmoor(): Grid {
  const values: CellValue[][] = [['Brackenmoor Community NHS Trust'], ['WDES action plan 2024/25']];
  const rows = [
    ['Metric 2', 'Guarantee interviews to disabled applicants who meet the essential criteria', 'Chief People Officer', 'Head of Resourcing'],
    ['Metric 4a', 'Train every line manager in responding to reports of harassment', 'Director of Nursing', 'Head of OD'],
    ['Metric 9b', 'Launch a disabled staff network with protected time', 'Chief Executive', 'EDI Manager'],
    ['Metric 10', 'Publish the board declaration rate each year', 'Company Secretary', 'Board Secretary'],
  ];
  for (const [metric, action, sponsor, contact] of rows) {
    values.push(['Metric', metric], ['Action', action], ['Executive sponsor', sponsor], ['Day-to-day contact', contact], ['Target date', 'Q4 2024/25'], ['Status', 'Not started'], []);
  }
  return { values };
}
