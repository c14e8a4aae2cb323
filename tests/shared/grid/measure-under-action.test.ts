import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Under each action, a row of its own gives the action's success measure or update: its label in the first cell
 * ('Success measure:', 'Update:') and the value in the next (merged across the rest of the row). The row is that
 * action's field, never an action (holdout37 harrowmere: nine 'Success measure:' rows read as actions on arrival).
 */
const AS_AT = new Date(Date.UTC(2023, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe("a labelled row under each action, the label in a cell of its own", () => {
  it("reads 'Success measure:' | … under each action as its outcome", () => {
    const report = read([
      ['Ref', 'Action', 'WRES indicator', 'Lead', 'Timescale', 'Progress'],
      ['Priority 1 – Fair recruitment'],
      ['1a', 'Use structured interview questions and scoring for every post at Band 6 and above.', '2', 'Head of Recruitment', 'Sep 2023', 'Question bank agreed.'],
      ['Success measure:', 'Relative likelihood of appointment from shortlisting below 1.25 by March 2024'],
      ['1b', 'Offer ethnic minority staff at Bands 3 to 5 a place on the career programme.', '7', 'Head of Learning', 'Dec 2023', '32 places taken.'],
      ['Success measure:', '30 participants, half of whom apply for a higher band within a year'],
    ]);
    expect(report.actions.map((a) => [a.row, a.outcome])).toEqual([
      [3, 'Relative likelihood of appointment from shortlisting below 1.25 by March 2024'],
      [5, '30 participants, half of whom apply for a higher band within a year'],
    ]);
  });

  it("reads 'Update –' | … further right as the action's progress, in a plan with no progress column", () => {
    const report = read([
      ['No.', 'What we will do', 'Owner', 'By when'],
      ['1', 'Publish the disability pay gap with the annual WDES report.', 'Head of Reward', 'Oct 2023'],
      [null, 'Update –', 'Draft figures shared with the Disability Network in November.'],
      ['2', 'Give every disabled starter a reasonable adjustments passport.', 'Occupational Health Lead', 'Dec 2023'],
      [null, 'Update –', 'Passport live on the intranet; 14 agreed so far.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions.map((a) => a.progress)).toEqual(['Draft figures shared with the Disability Network in November.', 'Passport live on the intranet; 14 agreed so far.']);
  });

  it('keeps a row naming a lead and a date beside a short text an action of its own', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['1', 'Run listening events with the Race Equality Network.', 'Head of EDI', 'Sep 2023'],
      ['2', 'Impact', 'Head of OD', 'Dec 2023'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
