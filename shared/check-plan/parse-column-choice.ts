import { FIELD_LABEL } from '../grid';
import type { ColumnChoice, PlanField } from '../types';
import { PLAN_FIELDS } from '../types';

/** Words a user may type for each field, besides its own name ("timescale" for due). */
const ALIASES: Record<string, PlanField> = Object.assign(Object.create(null) as Record<string, PlanField>, {
  timescale: 'due', date: 'due', deadline: 'due', owner: 'lead', responsible: 'lead', rag: 'status', indicator: 'indicator', metric: 'indicator',
  update: 'progress', reference: 'ref', number: 'ref',
});

/**
 * Reads the user's column choices as typed on the command line: "lead=F,due=D" (a letter per field), or
 * "lead=" / "lead=none" for "this plan has no lead column". Throws an error naming the part it cannot read.
 *
 * @example
 * parseColumnChoice('lead=F, timescale=d'); // { lead: 'F', due: 'D' }
 */
export function parseColumnChoice(text: string): ColumnChoice {
  const choice: ColumnChoice = {};
  for (const part of String(text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*([a-z]{0,3}|none)$/i.exec(part);
    if (!m) throw new Error(`cannot read "${part}": write field=column, e.g. lead=F`);
    const name = m[1].toLowerCase();
    const field = (PLAN_FIELDS as readonly string[]).includes(name) ? (name as PlanField) : ALIASES[name];
    if (!field) throw new Error(`"${m[1]}" is not a field: use one of ${PLAN_FIELDS.map((f) => `${f} (${FIELD_LABEL[f].toLowerCase()})`).join(', ')}`);
    const column = m[2].toLowerCase() === 'none' ? '' : m[2].toUpperCase();
    choice[field] = column;
  }
  return choice;
}
