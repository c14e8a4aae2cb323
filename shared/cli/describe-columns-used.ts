import type { ColumnChoice, ColumnEvidence, PlanReport } from '../types';

/** A label as typed back to `--columns`: in the quote it does not hold ('By when', "Manager's lead"). */
function quoted(label: string): string {
  return label.includes("'") ? `"${label}"` : `'${label}'`;
}

/** Where a field was read, in the plan's own terms: a form's label ('Owner'), else its column letter. */
function placeOf(e: ColumnEvidence): string {
  return e.label !== undefined ? quoted(e.label) : e.column;
}

/**
 * The CLI's account of the columns it used, in the terms the user would correct them in: on an ordinary grid column
 * letters ("--columns lead=F,due=D"), on a stacked form the labels of its rows ("--columns \"lead='Owner',due='By
 * when'\""), where a letter means nothing (every value sits in one column). Each line gives the place, the reason and
 * how sure the reader is; each question its candidates; a column letter given for a form is named as unused.
 *
 * @example
 * describeColumnsUsed(report, {})[0]; // "Labels used (a form: field names down column A; change them with --columns \"lead='Owner',due='By when'\"):"
 */
export function describeColumnsUsed(report: PlanReport, choice: ColumnChoice): string[] {
  const out: string[] = [];
  const named = report.columnEvidence.filter((e) => !report.form || e.label !== undefined);
  const example = named.slice(0, 2).map((e) => `${e.field}=${placeOf(e)}`).join(',');
  if (report.form) out.push(`Labels used (a form: field names down column ${report.form.labelColumn}; change them with --columns "${example || "lead='Owner'"}"):`);
  else out.push(`Columns used (change them with --columns ${example || 'lead=F,due=D'}):`);
  const width = Math.max(3, ...report.columnEvidence.map((e) => placeOf(e).length));
  for (const e of report.columnEvidence) out.push(`  ${placeOf(e).padEnd(width)} ${e.reason} (${Math.round(e.confidence * 100)}% sure)`);
  for (const q of report.columnQuestions) {
    const offered = report.form ? (q.candidateLabels ?? []).map(quoted) : q.candidates;
    out.push(`  ${'?'.padEnd(width)} ${q.reason}${offered.length ? ` Perhaps ${offered.join(' or ')}.` : ''}`);
  }
  if (report.form) {
    // A letter cannot name a form's field (its values share one column): say so, with the labels that can.
    const letters = Object.entries(choice).filter(([, pick]) => typeof pick === 'string' && pick !== '');
    for (const [field, letter] of letters) {
      out.push(`  ${'!'.padEnd(width)} ${field}=${letter as string} names a column, and this form keeps every field in one: name one of its labels instead (${report.form.labels.map(quoted).join(', ')}), e.g. --columns "${field}=${quoted(report.form.labels[0] ?? 'Owner')}"`);
    }
  }
  return out;
}
