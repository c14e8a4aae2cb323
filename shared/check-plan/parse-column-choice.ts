import { FIELD_LABEL } from '../grid';
import type { ColumnChoice, ColumnPick, PlanField } from '../types';
import { PLAN_FIELDS } from '../types';
import { ColumnPickSchema } from './column-choice-schema';

/** Words a user may type for each field, besides its own name ("timescale" for due). */
const ALIASES: Record<string, PlanField> = Object.assign(Object.create(null) as Record<string, PlanField>, {
  timescale: 'due', date: 'due', deadline: 'due', owner: 'lead', responsible: 'lead', rag: 'status', indicator: 'indicator', metric: 'indicator',
  update: 'progress', reference: 'ref', number: 'ref',
});

/** One "field=pick" part: the pick quoted (commas and spaces allowed inside) or bare up to the next comma. */
const PART = /\s*([^=,\s]*)\s*(=?)\s*("[^"]*"|'[^']*'|[^,]*?)\s*(?:,|$)/y;

/**
 * Reads the user's column choices as typed on the command line: "lead=F,due=D" (a letter per field), "lead=" /
 * "lead=none" for "this plan has no lead column", or a label — "lead='Owner'", "due=\"By when\"", or any bare text
 * that is not one to three letters ("lead=Owner") — for a stacked form's label rows (or the column a grid heads so).
 * A label of one to three letters is quoted to tell it from a column: "status='RAG'". Checked with zod; throws an
 * error naming the part it cannot read.
 *
 * @example
 * parseColumnChoice('lead=F, timescale=d'); // { lead: 'F', due: 'D' }
 * parseColumnChoice("lead=Owner, due='By when', status='RAG'"); // { lead: { label: 'Owner' }, due: { label: 'By when' }, status: { label: 'RAG' } }
 */
export function parseColumnChoice(text: string): ColumnChoice {
  const choice: ColumnChoice = {};
  const input = String(text ?? '');
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const at = PART.lastIndex;
    const m = PART.exec(input);
    if (!m || m[0] === '') throw new Error(`cannot read "${input.slice(at).trim()}": write field=column or field='label', e.g. lead=F or lead='Owner'`);
    const [part, name, equals, written] = m;
    if (!name && !equals && !written) continue;
    if (!/^[a-z]+$/i.test(name) || !equals) throw new Error(`cannot read "${part.replace(/,$/, '').trim()}": write field=column or field='label', e.g. lead=F or lead='Owner'`);
    const field = (PLAN_FIELDS as readonly string[]).includes(name.toLowerCase()) ? (name.toLowerCase() as PlanField) : ALIASES[name.toLowerCase()];
    if (!field) throw new Error(`"${name}" is not a field: use one of ${PLAN_FIELDS.map((f) => `${f} (${FIELD_LABEL[f].toLowerCase()})`).join(', ')}`);
    // A bare pick holding another "=" is two choices without their comma ("lead=F due=D"), not a label.
    if (!/^["']/.test(written) && written.includes('=')) throw new Error(`cannot read "${part.replace(/,$/, '').trim()}": separate choices with commas, e.g. lead=F,due=D`);
    const pick = ColumnPickSchema.safeParse(readPick(written));
    if (!pick.success) throw new Error(`cannot read "${part.replace(/,$/, '').trim()}": ${pick.error.issues[0]?.message ?? 'not a column or a label'}`);
    choice[field] = pick.data;
  }
  return choice;
}

/** A quoted pick is a label; a bare one is a column when it is one to three letters (or "none"), else a label. */
function readPick(written: string): ColumnPick {
  const quoted = /^(["'])(.*)\1$/s.exec(written);
  if (quoted) return { label: quoted[2].trim() };
  if (/^none$/i.test(written)) return '';
  if (/^[a-z]{0,3}$/i.test(written)) return written.toUpperCase();
  return { label: written };
}
