import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readStatusCaption } from '../../../shared/grid/read-status-caption';
import type { CellValue } from '../../../shared/types';

/**
 * A band saying its actions were added AFTER a meeting named only by its body and when ('ADDED AFTER JAN BOARD:',
 * holdout52 ebbesford, red, under the plan's first actions): when they joined the plan, as 'Added at the Q2 review'
 * says (origin-captions.test.ts) — no theme. After an event of another kind ('Actions added after the December 2022
 * engagement event', holdout29 brantwood's gold) the band names what its actions answer and stays their theme.
 */
const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('actions added after a Board or committee meeting', () => {
  it("'ADDED AFTER JAN BOARD:' under the plan's first actions, a ref and an indicator column", () => {
    const report = read([
      ['Ebbworth Trust – WRES Action Plan 2020/21'],
      ['Ref', 'WRES Indicator', 'Action', 'Lead', 'Due date', 'Status'],
      ['1.1', 'Ind 1', 'Talent review of Band 7 and 8a staff in every division.', 'Head of OD', '31/12/2020', 'Delayed'],
      ['2.1', 'Ind 2', 'Inclusive recruitment champions on all Band 8a panels.', 'Head of Recruitment', 'Q4 20/21', 'On track'],
      ['ADDED AFTER JAN BOARD:'],
      ['1.3', 'Ind 1', 'Set a trajectory for BME representation at Band 8a+.', 'Director of People', 'May 2021', 'Not started'],
      ['6.1', 'Ind 6', 'Commission a review of race-related grievances.', 'Director of People', 'Sep-21', 'Not started'],
    ]);
    expect(themes(report)).toEqual([[3, null], [4, null], [6, null], [7, null]]);
    expect(notes(report)).toContain('Row 5: "ADDED AFTER JAN BOARD:" is read as a note, not an action — it says when or where its actions came into the plan, not what they are about, so it gives them no theme');
  });

  it("'Added after the October People Committee' ends a subject's theme, the action first", () => {
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Recruitment'],
      ['Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2'],
      ['Added after the October committee'],
      ['Review two years of grievances by ethnicity.', 'Head of Employee Relations', 'Q4'],
    ]);
    expect(themes(report)).toEqual([[3, 'Recruitment'], [5, null]]);
  });

  it('NEGATIVE: actions added after an engagement event keep the band as their theme', () => {
    expect(readStatusCaption('Actions added after the December 2022 engagement event')).toBeNull();
    expect(readStatusCaption('Added after Board')).toEqual({ status: null });
    const report = read([
      ['Action', 'Lead', 'Due'],
      ['Recruitment'],
      ['Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2'],
      ['Actions added after the December 2022 engagement event'],
      ['Hold listening events on every site.', 'EDI Lead', 'Q4'],
    ]);
    expect(themes(report)).toEqual([[3, 'Recruitment'], [5, 'Actions added after the December 2022 engagement event']]);
  });
});
