import { FIELD_NAMES } from '../../shared/rules/describe';
import type { CellValue, ColumnChoice, ColumnPick, PlanField, PlanReport } from '../../shared/types';

/** Fields a plan cannot do without: when the reader is unsure of one, or found none, the pane asks. */
export const ASK_FOR: readonly PlanField[] = ['action', 'lead', 'due', 'status'];
/** The select's value for "let the checker choose": no choice kept. */
export const AUTO = '*';
/** A label's select value is this prefix and the label, so it can never be read as a column letter. */
const LABEL = 'label:';

/** One question the pane asks, in the plan's own terms: columns on a grid, labels on a stacked form. */
export interface PaneColumnQuestion {
  field: PlanField;
  /** "Which column holds the lead?" or, on a form, "Which label holds the lead?". */
  question: string;
  /** Why it asks, in words. */
  reason: string;
  /** The select's options: value and text. */
  options: [string, string][];
  /** The option kept in the workbook's settings, or AUTO. */
  value: string;
}

/** What the sheet shows of its columns: their letters and the header row's texts. */
export interface SheetColumns {
  letters: string[];
  header: readonly CellValue[];
}

/**
 * The pane's column questions for a checked plan: each needed field the reader asked about or could not find, and each
 * the user has chosen. On an ordinary grid they speak of columns ("Which column holds the lead?", options 'C — Info'); on
 * a stacked form, whose values all sit in one column, of its labels ("Which label holds the lead?", options 'Owner'), as
 * the user sees the form. A choice kept from before (a letter on a form) stays offered, so it is never silently lost.
 *
 * @example
 * paneColumnQuestions(formReport, {}, columns)[0]; // { field: 'lead', question: 'Which label holds the lead?', options: [['*', 'Let the checker choose'], …, ['label:Owner', "'Owner'"]], … }
 */
export function paneColumnQuestions(report: PlanReport, saved: ColumnChoice, sheet: SheetColumns): PaneColumnQuestion[] {
  const form = report.form ?? null;
  const place = form ? 'label' : 'column';
  const asked = new Map(report.columnQuestions.map((q) => [q.field, q.reason]));
  // A field read with no column of its own (each action's lead from the section row it sits under) says where it was read.
  for (const f of ASK_FOR) if (!report.columns[f] && !asked.has(f)) asked.set(f, report.columnEvidence.find((e) => e.field === f)?.reason ?? `No ${place} of this plan looks like the ${FIELD_NAMES[f].toLowerCase()}.`);
  for (const f of Object.keys(saved) as PlanField[]) if (!asked.has(f)) asked.set(f, `You chose this ${place}.`);
  return [...asked].map(([field, reason]) => {
    const name = FIELD_NAMES[field].toLowerCase();
    const now = readNow(report, field);
    const places: [string, string][] = form
      ? form.labels.map((l) => [LABEL + l, `'${l}'`])
      : sheet.letters.map((l, i) => [l, `${l}${sheet.header[i] ? ` — ${String(sheet.header[i]).replace(/\s+/g, ' ').slice(0, 40)}` : ''}`]);
    const options: [string, string][] = [[AUTO, `Let the checker choose${now ? ` (now ${now})` : ''}`], ['', form ? `No label of this form holds the ${name}` : `This plan has no ${name} column`], ...places];
    const value = Object.hasOwn(saved, field) ? optionOf(saved[field]!) : AUTO;
    // A choice kept from before that this plan no longer offers (a letter kept for a plan now read as a form) stays shown.
    if (!options.some(([v]) => v === value)) options.push([value, `${typeof saved[field] === 'string' ? `column ${value}` : `'${value.slice(LABEL.length)}'`} (your earlier choice, not found)`]);
    return { field, question: `Which ${place} holds the ${name}?`, reason, options, value };
  });
}

/** Where the check read the field, as the question names it: the label on a form ('Owner'), else the column letter. */
function readNow(report: PlanReport, field: PlanField): string | undefined {
  const e = report.columnEvidence.find((x) => x.field === field);
  if (report.form) return e?.label !== undefined ? `'${e.label}'` : undefined;
  if (!report.columns[field] && (field === 'lead' || field === 'status') && report.actions.some((a) => a.sources[field]?.kind === 'section')) return 'the section rows';
  if (!report.columns[field] && (field === 'lead' || field === 'due' || field === 'status') && report.actions.some((a) => a.sources[field]?.kind === 'note')) return "the cells' notes";
  return report.columns[field];
}

/** A kept choice as the select's value. */
function optionOf(pick: ColumnPick): string {
  return typeof pick === 'string' ? pick : LABEL + pick.label;
}

/**
 * The choice a select's value stands for, to keep in the workbook's settings: undefined for "let the checker choose",
 * '' for none, a letter, or a label.
 *
 * @example
 * pickOfOption("label:By when"); // { label: 'By when' }
 */
export function pickOfOption(value: string): ColumnPick | undefined {
  if (value === AUTO) return undefined;
  return value.startsWith(LABEL) ? { label: value.slice(LABEL.length) } : value;
}
