import type { ColumnEvidence } from '../types';
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
  const out: ColumnEvidence[] = [];
  for (const field of NOTED) {
    const noted = actions.filter((a) => a.sources[field]?.kind === 'note');
    if (noted.length === 0) continue;
    const first = noted[0].sources[field]!;
    // The reason of one note ("Lead: from the note on C6 ('Lead: …')") names the first note's cell and line.
    const example = (first.why ?? '').replace(/^[^:]+: from the note on /, '');
    const label = FIELD_LABEL[field];
    out.push({
      field,
      column: first.cell.replace(/\d+$/, ''),
      header: '',
      confidence: 0.8,
      reason: `${label}: from the notes on the actions' cells (the plan has no ${label.toLowerCase()} column) — ${noted.length} of ${actions.length} actions; ${example}`,
      source: 'contents',
    });
  }
  return out;
}
