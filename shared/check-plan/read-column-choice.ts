import type { ColumnChoice, PlanField } from '../types';
import { PLAN_FIELDS } from '../types';
import { ColumnPickSchema } from './column-choice-schema';

/**
 * The column choices a workbook keeps (the pane's document settings), checked with zod as they are read: letters
 * saved before labels existed load as they were, a label ({ label: 'Owner' }) loads as a label, and an entry that is
 * neither (an unknown field, a number, a label of nothing) is dropped on its own, so one bad entry never loses the rest.
 *
 * @example
 * readColumnChoice({ lead: 'C', due: { label: 'By when' }, colour: 'red' }); // { lead: 'C', due: { label: 'By when' } }
 */
export function readColumnChoice(saved: unknown): ColumnChoice {
  const choice: ColumnChoice = {};
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return choice;
  for (const field of PLAN_FIELDS as readonly PlanField[]) {
    if (!Object.hasOwn(saved, field)) continue;
    const pick = ColumnPickSchema.safeParse((saved as Record<string, unknown>)[field]);
    if (pick.success) choice[field] = pick.data;
  }
  return choice;
}
