import { z } from 'zod';
import { PLAN_FIELDS, type ColumnPick, type PlanField } from '../types';

/** A label is a few words ('Evidence / measure of success'); anything much longer is no label a plan writes. */
export const MAX_LABEL_CHARS = 120;

/**
 * One field's choice as kept or typed: a column letter ('F', upper case; Excel's last is XFD), '' for "none", or a
 * label ({ label: 'Owner' }) — a stacked form's label rows, or the column a grid heads so.
 *
 * @example
 * ColumnPickSchema.parse({ label: 'By when' }); // { label: 'By when' }
 */
export const ColumnPickSchema: z.ZodType<ColumnPick> = z.union([
  z.string().regex(/^[A-Z]{0,3}$/, { error: 'a column is one to three letters, e.g. F' }),
  z.object({ label: z.string().trim().min(1, { error: 'a label cannot be empty' }).max(MAX_LABEL_CHARS, { error: `a label is at most ${MAX_LABEL_CHARS} characters` }) }).strict(),
]);

/**
 * The user's column choices (field → pick), as the pane keeps them in the workbook's settings and the CLI reads them
 * from `--columns`: every field optional, no other keys.
 *
 * @example
 * ColumnChoiceSchema.parse({ lead: { label: 'Owner' }, due: 'D' });
 */
export const ColumnChoiceSchema = z
  .object(Object.fromEntries(PLAN_FIELDS.map((f) => [f, ColumnPickSchema.optional()])) as Record<PlanField, z.ZodOptional<typeof ColumnPickSchema>>)
  .strict();
