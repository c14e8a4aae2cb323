import type { RecognisedGrid } from '../grid';
import { FIELD_LABEL } from '../grid';
import type { ColumnChoice, ColumnQuestion, PlanField } from '../types';

/** The fields a board needs: the reader asks about these when it cannot place them surely. */
const NEEDED: PlanField[] = ['action', 'lead', 'due', 'status'];
/** Below this the reader's choice is a guess worth confirming. */
const SURE = 0.5;

/**
 * The columns the reader wants the user to confirm: each needed field it found no column for, or placed
 * on weak evidence. On a stacked form it asks in the form's terms, its labels ("Which label holds the lead?"). A field the plan writes inside other cells (a lead behind "LEAD:", dates in the
 * action text) is still asked about, since a column of its own would serve the board better.
 *
 * @example
 * askAboutColumns(plan, {}); // [{ field: 'lead', reason: 'No column is headed as the lead …', chosen: null, candidates: ['F', 'G'] }]
 */
export function askAboutColumns(plan: RecognisedGrid, choice: ColumnChoice = {}): ColumnQuestion[] {
  if (plan.headerRows.length === 0) return [];
  const questions: ColumnQuestion[] = [];
  for (const field of NEEDED) {
    // The user has had their say (a column, a label, or "none"); a status coloured or keyed in another column is a status.
    if (choice[field] !== undefined || (field === 'status' && plan.statusHeader)) continue;
    const evidence = plan.evidence.find((e) => e.field === field);
    const label = FIELD_LABEL[field].toLowerCase();
    // On a form every value sits in one column: its letter names no field there, its labels do (candidateLabels).
    const candidates = plan.form ? [] : (plan.candidates[field] ?? []).filter((c) => c !== evidence?.column).slice(0, 4);
    if (!evidence) {
      const inside = field === 'lead' || field === 'due' ? plan.actions.filter((a) => a.sources[field] && a.sources[field]!.kind !== 'column').length : 0;
      const aside = inside > 0 ? ` (${inside} of ${plan.actions.length} actions give one inside another cell, read from there)` : '';
      const reason = plan.form
        ? `No label of this form names the ${label}${aside}. Which label holds the ${label}, if any?`
        : `No column is headed as the ${label}${aside}. Which column holds the ${label}, if any?`;
      questions.push({ field, reason, chosen: null, candidates, ...formLabels(plan, field, null) });
    } else if (evidence.confidence < SURE) {
      const ask = plan.form && evidence.label ? `Are the rows labelled '${evidence.label}' the ${label}?` : `Is column ${evidence.column} the ${label}?`;
      questions.push({ field, reason: `${evidence.reason}. ${ask}`, chosen: evidence.column, candidates, ...formLabels(plan, field, evidence.label ?? null) });
    }
  }
  return questions;
}

/** On a form, the question's label terms: the label chosen and the others worth offering (a form's columns share one letter). */
function formLabels(plan: RecognisedGrid, field: PlanField, chosen: string | null): Pick<ColumnQuestion, 'chosenLabel' | 'candidateLabels'> {
  if (!plan.form) return {};
  return { chosenLabel: chosen, candidateLabels: (plan.candidateLabels[field] ?? []).filter((l) => l !== chosen).slice(0, 4) };
}
