import { memoiseText } from '../memoise-text';
import { isBlankText } from './cell-text';
import { parseTimescale } from '../timescale/parse-timescale';
import { readDatedOpening } from './read-dated-opening';
import type { SheetView } from './view-sheet';

/** What `readLastMilestone` reads from a timescale cell listing an action's milestones. */
export interface LastMilestone {
  /** The last milestone's date as written, its separator taken off: 'Q3', 'June 2021'. */
  due: string;
  /** How many dated steps the cell lists. */
  steps: number;
}

/** A bullet or dash a list line opens with ('- ', '• ', '* '), and a caveat's asterisks closing it ('… **'). */
const BULLET = /^[\s•·▪◦*–—-]+/;
/** A line holding only a pointer to a caveat ('**') or punctuation says nothing. */
const NOTHING = /^[\s*†‡.,;]*$/;

/**
 * The timescale of an action whose timescale cell lists its milestones, one dated step a line ('- Q2: We will train 30
 * panel members' / '- Q3: Diverse panels in place'; '• June 2021: pilot' / '• March 2022: roll out'): the action is
 * delivered at its last step, so its timescale is that step's date, as written ('Q3'). Each line must open with a date or
 * quarter before a colon or a spaced dash (`readDatedOpening`, as a progress log's updates do — but this is the
 * timescale's own cell, where dated lines are steps still to come, not updates). Read only where the cell as a whole is
 * no timescale, and where it lists two steps or more, or one under a header naming milestones (`headed`). The latest step
 * in time wins (the last written when two share a period). Null otherwise: the cell is read as it is.
 *
 * @example
 * readLastMilestone('- Q2: We will train 30 panel members\n- Q3: Diverse panels will be in place'); // { due: 'Q3', steps: 2 }
 * readLastMilestone('- Q3: We will launch a reporting guide **', true); // { due: 'Q3', steps: 1 }
 * readLastMilestone('March 2024'); // null (a timescale already)
 */
export function readLastMilestone(text: string, headed = false): LastMilestone | null {
  const found = readSteps(String(text ?? ''));
  return found && (found.steps >= 2 || headed) ? found : null;
}

const readSteps = memoiseText((text: string): LastMilestone | null => {
  if (!/\d/.test(text) || !/[:–—-]/.test(text) || parseTimescale(text).parsed) return null;
  const lines = text.split(/\r?\n/).map((l) => l.replace(BULLET, '').trim()).filter((l) => !NOTHING.test(l));
  let last: { label: string; order: string } | null = null;
  for (const line of lines) {
    const opening = readDatedOpening(line);
    if (!opening) return null;
    if (!last || opening.period.order >= last.order) last = { label: opening.label, order: opening.period.order };
  }
  return last ? { due: last.label.replace(/\s*[:–—-]$/, '').trim(), steps: lines.length } : null;
});

/** A header about milestones ('Milestones 2020/21', 'Key milestones'). */
const MILESTONES = /\bmilestones?\b/i;

/**
 * Whether the timescale column lists each action's milestones rather than one timescale: two of its cells or more, and
 * most of those filled, are dated steps (`readLastMilestone`; one step a cell counts under a header naming milestones).
 * Returns the first such cell's row and text, for the column's evidence, or null.
 *
 * @example
 * listsMilestones(sheet, 1, [7, 8, 9], 'Milestones 2020/21'); // { r: 7, text: '- Q2: We will train 30 panel members …' }
 */
export function listsMilestones(sheet: SheetView, c: number, rows: readonly number[], header: string): { r: number; text: string } | null {
  const headed = MILESTONES.test(header);
  let filled = 0;
  let first: { r: number; text: string } | null = null;
  let read = 0;
  for (const r of rows) {
    const text = sheet.text(r, c);
    if (isBlankText(text)) continue;
    filled++;
    if (!readLastMilestone(text, headed)) continue;
    read++;
    first ??= { r, text };
  }
  return read >= 2 && read >= 0.5 * filled ? first : null;
}
