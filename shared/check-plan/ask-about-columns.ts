import type { RecognisedGrid } from '../grid';
import { FIELD_LABEL } from '../grid';
import type { ColumnChoice, ColumnQuestion, PlanField } from '../types';

/** The fields a board needs: the reader asks about these when it cannot place them surely. */
const NEEDED: PlanField[] = ['action', 'lead', 'due', 'status'];
/** Below this the reader's choice is a guess worth confirming. */
const SURE = 0.5;

/**
 * The columns the reader wants the user to confirm: each needed field it found no column for, or placed
 * on weak evidence. A field the plan writes inside other cells (a lead behind "LEAD:", dates in the
 * action text) is still asked about, since a column of its own would serve the board better.
 *
 * @example
 * askAboutColumns(plan, {}); // [{ field: 'lead', reason: 'No column is headed as the lead …', chosen: null, candidates: ['F', 'G'] }]
 */
export function askAboutColumns(plan: RecognisedGrid, choice: ColumnChoice = {}): ColumnQuestion[] {
  if (plan.headerRows.length === 0) return [];
  const questions: ColumnQuestion[] = [];
  for (const field of NEEDED) {
    // The user has had their say (a column, or "none"); a status coloured or keyed in another column is a status.
    if (choice[field] !== undefined || (field === 'status' && plan.statusHeader)) continue;
    const evidence = plan.evidence.find((e) => e.field === field);
    const label = FIELD_LABEL[field].toLowerCase();
    const candidates = (plan.candidates[field] ?? []).filter((c) => c !== evidence?.column).slice(0, 4);
    if (!evidence) {
      const inside = field === 'lead' || field === 'due' ? plan.actions.filter((a) => a.sources[field] && a.sources[field]!.kind !== 'column').length : 0;
      const aside = inside > 0 ? ` (${inside} of ${plan.actions.length} actions give one inside another cell, read from there)` : '';
      questions.push({ field, reason: `No column is headed as the ${label}${aside}. Which column holds the ${label}, if any?`, chosen: null, candidates });
    } else if (evidence.confidence < SURE) {
      questions.push({ field, reason: `${evidence.reason}. Is column ${evidence.column} the ${label}?`, chosen: evidence.column, candidates });
    }
  }
  return questions;
}
