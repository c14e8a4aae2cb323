import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * The header printed again part-way down the plan, as a printed or PDF-converted plan leaves it at each page break
 * (often under a 'continued' title): a row whose cells repeat the header's text is the header again, not an action
 * nor a new table, and the plan continues under it with the same columns — when the first header has a group label
 * row above its field names and the copy has not, and when the labels in the first column ('ACTION', 'Ref') and the
 * refs under them look, down that column, like a form's labels.
 */
const AS_AT = new Date(Date.UTC(2019, 2, 31));
const grid = (values: CellValue[][]): Grid => ({ values });
/** What a user sees of each action: its row-independent fields. */
const seen = (r: PlanReport) => r.actions.map((a) => ({ action: a.action, lead: a.lead, due: a.due, theme: a.theme, indicators: a.indicators }));

describe('a header printed again part-way down the plan', () => {
  it('reads the plan under a copy of its field names, without the group labels above them, as before', () => {
    // A short objective written once over its actions is their theme only when the column is read as a whole.
    const group = ['THE PLAN', null, 'DELIVERY', null, null];
    const fields = ['Objective', 'Action', 'Owner', 'Complete by', 'RAG'];
    const first: CellValue[][] = [
      ['Representation (indicators 1 and 9)', 'Launch a shadow board programme for BME staff.', 'Director of HR', 'Dec 18', 'Amber'],
      [null, 'Set a target for BME representation at Band 8a and above.', 'Director of HR', 'Sept 2018', 'Green'],
    ];
    const rest: CellValue[][] = [
      [null, 'Make sure every Board appointment panel includes a BME member.', 'Chairman', '31/03/19', 'Amber'],
      ['Fair recruitment (indicators 2 and 3)', 'Train 30 BME staff as recruitment panel members.', 'Head of Recruitment', 'Oct 18', 'Green'],
      [null, 'Require a second opinion before any BME colleague is suspended.', 'Head of Employee Relations', 'Jul 18', 'Green'],
    ];
    const title = ['WRES action plan 2018/19'];
    const plain = checkPlan(grid([title, group, fields, ...first, ...rest]), { asAt: AS_AT });
    const paged = checkPlan(grid([title, group, fields, ...first, ['WRES action plan 2018/19 – continued'], fields, ...rest]), { asAt: AS_AT });
    expect(plain.actions.map((a) => a.theme)).toEqual(['Representation (indicators 1 and 9)', 'Representation (indicators 1 and 9)', 'Representation (indicators 1 and 9)', 'Fair recruitment (indicators 2 and 3)', 'Fair recruitment (indicators 2 and 3)']);
    expect(seen(paged)).toEqual(seen(plain));
    expect(paged.actions.map((a) => a.row)).toEqual([4, 5, 8, 9, 10]);
  });

  it("reads a header whose group label and refs run down the first column ('ACTION', 'Ref', 'WRES/18/01') as a grid, not a form", () => {
    const group = ['ACTION', null, null, 'DELIVERY', null, null];
    const fields = ['Ref', 'Indicator', 'Action', 'Intended outcome', 'Exec owner', 'Completion date'];
    const rows: CellValue[][] = [
      ['WRES/18/01', '1', 'Set up a BME Staff Network with an executive sponsor.', 'A network that shapes our race equality work.', 'Director of Workforce', '30/06/2018'],
      ['WRES/18/02', '1&9', 'Agree aspirational targets for BME representation at Band 8a and above.', 'Targets agreed and tracked by the Board.', 'Director of Workforce', '30/11/2018'],
      ['WRES/18/03', '2', 'Include a trained BME panel member on every Band 7+ interview panel.', 'Relative likelihood below 1.25.', 'Director of Workforce', '30/09/2018'],
      ['WRES/18/04', '5', "Launch a 'No excuse for abuse' campaign.", 'Fewer BME staff report harassment.', 'Chief Operating Officer', '31/08/2018'],
    ];
    const title = ['Workforce Race Equality Standard – action plan 2018/19'];
    const plain = checkPlan(grid([title, [], group, fields, ...rows]), { asAt: AS_AT });
    const paged = checkPlan(grid([title, [], group, fields, rows[0], ['WRES Action Plan 2018/19 – continued'], group, fields, ...rows.slice(1)]), { asAt: AS_AT });
    expect(plain.actions).toHaveLength(4);
    expect(seen(paged)).toEqual(seen(plain));
    expect(paged.actions.map((a) => a.row)).toEqual([5, 9, 10, 11]);
  });
});
