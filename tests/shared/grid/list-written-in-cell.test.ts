import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });

/**
 * A bulleted cell under an action whose own cell already holds its list, item under item (typed in Excel with line
 * breaks), is an action of its own — the plan writes its lists inside cells, so no Word paste split that row off the
 * action above (holdout31 elmstead: an objective's actions run on to a second row under the merged objective cells).
 * A Word paste's list, its items one a row under 'Raise declaration rates by:', stays one action.
 */
describe('a bulleted cell under an action that holds its own list is an action', () => {
  it('reads the run-on row under merged objective cells as its own action (elmstead layout)', () => {
    const report = read({
      values: [
        ['Objective', 'Indicator', 'Action'],
        ['Make the Board more visible to staff', '1&9', 'A phased set of approaches. These will include:\n• open "ask the Board" sessions on each site every quarter\n• Board development on equality, using staff stories'],
        [null, null, '• Pilot reverse mentoring between two Board members and two BME colleagues.\n• Senior leaders take part in Black History Month events.'],
        ['Help managers deal with bullying', '6&8', "Launch a one-day 'Respect at Work' course for line managers."],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions[1].action).toMatch(/^• Pilot reverse mentoring/);
  });

  it('reads a second bulleted cell under a listed action, its metric and lead merged over both, as its own action', () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Timescale'],
        ['Metric 2', 'Fairer shortlisting, through:\n- anonymised applications for Band 7 and above\n- a BME panel member at every interview', 'Head of Recruitment', 'Dec 2020'],
        [null, '- Audit shortlisting outcomes by ethnicity every quarter\n- Report the audit to the People Committee', null, null],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 2, bottom: 2, right: 2 }],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(report.actions[1].lead).toBe('Head of Recruitment');
  });

  it('still joins a Word paste\'s items, one a row, to the action introducing them', () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Timescale'],
        ['Metric 1', 'Raise declaration rates by:', 'Head of Workforce Information', 'Dec 2020'],
        [null, '•\ta campaign with the staff network', null, null],
        [null, '•\tprompts at induction', null, null],
      ],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }, { top: 1, left: 2, bottom: 3, right: 2 }, { top: 1, left: 3, bottom: 3, right: 3 }],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2]);
  });
});
