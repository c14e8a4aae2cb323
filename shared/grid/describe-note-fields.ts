import type { ColumnEvidence, FieldSource } from '../types';
import { FIELD_LABEL } from './describe-evidence';
import type { RawAction } from './walk-rows';

const NOTED: readonly ('lead' | 'due' | 'status')[] = ['lead', 'due', 'status'];

/**
 * With no column for a field, the notes on the actions' cells that gave it, as the field's evidence ("Lead: from the
 * notes on the actions' cells (the plan has no lead column) — 9 of 11 actions; C6 'Lead: Head of Workforce
 * Information'"), so the user sees where those values came from and the pane does not ask which column holds them.
 * Nothing for a field no note gave.
 *
 * @example
 * describeNoteFields(actions); // [{ field: 'lead', column: 'C', header: '', confidence: 0.8, reason: "Lead: from the notes on …", source: 'contents' }]
 */
export function describeNoteFields(actions: readonly RawAction[]): ColumnEvidence[] {
  // One pass over the actions counts each field's notes and keeps the first (a plan has thousands of rows, three fields).
  const count = { lead: 0, due: 0, status: 0 };
  const firstOf: Partial<Record<(typeof NOTED)[number], FieldSource>> = {};
  for (const a of actions) {
    const { lead, due, status } = a.sources;
    if (lead?.kind === 'note' && count.lead++ === 0) firstOf.lead = lead;
    if (due?.kind === 'note' && count.due++ === 0) firstOf.due = due;
    if (status?.kind === 'note' && count.status++ === 0) firstOf.status = status;
  }
  const out: ColumnEvidence[] = [];
  for (const field of NOTED) {
    const first = firstOf[field];
    if (!first) continue;
    // The reason of one note ("Lead: from the note on C6 ('Lead: …')") names the first note's cell and line.
    const example = (first.why ?? '').replace(/^[^:]+: from the note on /, '');
    const label = FIELD_LABEL[field];
    out.push({
      field,
      column: first.cell.replace(/\d+$/, ''),
      header: '',
      confidence: 0.8,
      reason: `${label}: from the notes on the actions' cells (the plan has no ${label.toLowerCase()} column) — ${count[field]} of ${actions.length} actions; ${example}`,
      source: 'contents',
    });
  }
  return out;
}
