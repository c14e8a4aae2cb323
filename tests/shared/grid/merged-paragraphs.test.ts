/**
 * A Word table pasted into Excel: each paragraph of a cell on a row of its own, the cells of one paragraph merged down over
 * them. An action of two paragraphs sits on two rows, its lead and timescale merged over both (holdout32 ellerby): the
 * second paragraph, a new sentence, is the action's own, not a new action. Evidence that the table is such a paste: an
 * action cell merged down over rows elsewhere in the column. A lead and timescale merged over a block of actions, in a
 * table whose action cells are never merged, stay each action's own (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, MergeArea } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 2, 31));
const read = (values: CellValue[][], merges: MergeArea[]) => checkPlan({ values, sheetName: 'Sheet1', merges }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
/** Column `c` merged from row `top` to row `bottom` (0-based). */
const down = (c: number, top: number, bottom: number): MergeArea => ({ top, left: c, bottom, right: c });

describe("a pasted Word table's further paragraphs under merged cells", () => {
  it("joins 'Share the findings…' to the audit above it, their lead and timescale merged over both", () => {
    const report = read(
      [
        ['Table 1: WDES action plan 2021/22'],
        ['WDES metric', 'What the data tells us', 'Action', 'Lead', 'Timescale', 'How we will measure success'],
        ['Metric 1', 'Declaration is low.', 'Run a declaration campaign with the Network.', 'Head of Workforce Information', 'March 2022', 'ESR declaration up to 4%'],
        ['', '', '', '', '', 'Not-stated records down by a quarter'],
        ['Metric 2', 'Shortlisting gap of 1.41.', 'Audit 60 shortlisting decisions for disabled candidates.', 'Resourcing Manager', 'Q4 2021/22', 'Audit report to Committee'],
        ['', '', 'Share the findings with recruiting managers.', '', '', 'Relative likelihood below 1.2'],
        ['', '', 'Renew Disability Confident Leader status.', 'Resourcing Manager', 'March 2022', 'Status renewed'],
      ],
      [down(0, 2, 3), down(1, 2, 3), down(2, 2, 3), down(3, 2, 3), down(4, 2, 3), down(0, 4, 6), down(1, 4, 6), down(3, 4, 5), down(4, 4, 5)],
    );
    expect(report.actions.map((a) => a.row)).toEqual([3, 5, 7]);
    expect(report.actions[1].action.replace(/\s+/g, ' ')).toBe('Audit 60 shortlisting decisions for disabled candidates. Share the findings with recruiting managers.');
    expect(setAside(report).join('\n')).toMatch(/Row 6: .*further paragraph of row 5's action and outcome: row 5's lead and timescale are merged down over it/);
  });

  it('joins a second paragraph when the ref, lead and status are merged and the action is in the first column', () => {
    const report = read(
      [
        ['Action', 'Ref', 'Owner', 'Status', 'Notes'],
        ['Introduce a reasonable adjustments passport.', 'A1', 'HR Business Partner', 'On track', 'Passports agreed: 12'],
        ['Brief managers through the monthly huddle.', '', '', '', ''],
        ['Set up a central adjustments budget.', 'A2', 'Deputy Director of Finance', 'Not started', 'In the 2022/23 budget'],
        ['', '', '', '', 'Bid made in January'],
      ],
      [down(1, 1, 2), down(2, 1, 2), down(3, 1, 2), down(0, 3, 4), down(1, 3, 4), down(2, 3, 4), down(3, 3, 4)],
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[0]).toMatchObject({ ref: 'A1', lead: 'HR Business Partner' });
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*row 2's ref, lead and status are merged down over it/);
  });

  it('joins an outcome line standing alone in the first column when the action is merged over its row, measures first', () => {
    const report = read(
      [
        ['How we will measure success', 'Action', 'Lead', 'Timescale'],
        ['ESR declaration up to 4%', 'Run a declaration campaign with the Network.', 'Head of Workforce Information', 'March 2022'],
        ['Not-stated records down by a quarter', '', '', ''],
        ['Number of passports agreed', 'Introduce a reasonable adjustments passport.', 'HR Business Partner', 'Dec 2021'],
        ['Network feedback at six months', 'Brief managers through the monthly huddle.', '', ''],
        ['Staff survey metric 7 improves', '', '', ''],
      ],
      [down(1, 1, 2), down(2, 1, 2), down(3, 1, 2), down(2, 3, 5), down(3, 3, 5)],
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[0].outcome?.replace(/\s+/g, ' ')).toBe('ESR declaration up to 4% Not-stated records down by a quarter');
    expect(report.actions[1].outcome?.replace(/\s+/g, ' ')).toBe('Number of passports agreed Network feedback at six months Staff survey metric 7 improves');
  });

  it('keeps actions sharing a lead and timescale merged over their block as actions when no action cell is merged (negative)', () => {
    const report = read(
      [
        ['Action', 'Lead', 'Timescale'],
        ['Run a declaration campaign.', 'Head of Workforce Information', 'March 2022'],
        ['Add disability to the quarterly workforce report.', '', ''],
        ['Publish the figures on the intranet.', '', ''],
      ],
      [down(1, 1, 3), down(2, 1, 3)],
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions[2]).toMatchObject({ lead: 'Head of Workforce Information' });
  });
});
