import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A 'Measures and timescales' column of sentences, with no timescale column of its own (holdout57 stannick: 'All
 * twenty-four participants complete the programme by March 2022, and at least a third …'): the cell is the measure and
 * the deadline inside it the action's due. A bare year ('in the 2022 staff survey') names the data, not a deadline.
 */
const AS_AT = new Date(Date.UTC(2021, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.due.text]);

describe("the deadline inside a 'measures and timescales' sentence", () => {
  it('reads the deadline each measure sentence states as the due', () => {
    const plan: CellValue[][] = [
      ['WRES action plan 2021/22'],
      ['Ref', 'Actions', 'Measures and timescales', 'Lead'],
      ['1a', 'Run a development programme for BME nurses at Bands 5 and 6.', 'Every participant completes the programme by March 2022, and a third move up a band.', 'Deputy Chief Nurse'],
      ['1b', 'Agree a representation goal with each division.', 'Each division has a goal by December 2021 and reports against it every quarter.', 'Director of Operations'],
      ['3b', 'Open a racism reporting route through Freedom to Speak Up.', 'Route open all year; fewer BME staff report discrimination in the 2022 staff survey.', 'FTSU Guardian'],
    ];
    expect(seen(plan)).toEqual([[3, 'March 2022'], [4, 'December 2021'], [5, '']]);
    expect(read(plan).actions[0].sources.due?.why).toBe("Timescale: 'March 2022', the deadline the measure in C3 states (its header names measures and timescales)");
  });

  it('reads it from the last column of a plan with the lead before the action; a start (\'from April 2022 onwards\') is no deadline', () => {
    expect(seen([
      ['WDES plan 2021/22'],
      ['Metric', 'Lead', 'Actions', 'Measures and timescales'],
      ['4a', 'Head of Patient Safety', 'Publish abuse-from-patients figures for each ward.', 'Figures published for every ward by the end of January 2022.'],
      ['7', 'Staff Wellbeing Manager', 'Run wellbeing check-ins for disabled staff.', 'All disabled staff are offered a check-in by June 2022, with at least half taking it up.'],
      ['9a', 'Chief People Officer', 'Invite the disability network to the People Committee.', 'The network chair attends every meeting from April 2022 onwards, by invitation of the Chair.'],
    ])).toEqual([[3, 'end of January 2022'], [4, 'June 2022'], [5, '']]);
  });

  it('keeps a plan with its own timescale column reading it there', () => {
    expect(seen([
      ['WRES plan 2021/22'],
      ['Action', 'Measures and timescales', 'Timescale', 'Lead'],
      ['Run a development programme for BME nurses.', 'Every participant completes the programme by March 2022, and a third move up.', 'Q4 2021/22', 'Deputy Chief Nurse'],
      ['Agree a representation goal with each division.', 'Each division has a goal by December 2021 and reports on it.', 'Q3 2021/22', 'Director of Operations'],
    ])).toEqual([[3, 'Q4 2021/22'], [4, 'Q3 2021/22']]);
  });
});
