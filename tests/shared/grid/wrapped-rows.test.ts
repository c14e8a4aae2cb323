import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.row);

// A PDF converted to Excel lays a table out line by line: every cell's wrapped text is broken over several rows, so the
// action's sentence, its lead and the indicator's label each carry on onto rows that hold nothing else of their own.
describe('a table wrapped line by line, as a PDF converted to Excel leaves it', () => {
  it("joins an action's sentence, its lead and its progress from the rows below, and reads the indicator the label opened", () => {
    const report = read({
      values: [
        ['Riverbank Hospitals NHS Trust'],
        ['WRES Indicator', null, 'Action', 'Lead', null, 'Timescale', 'Progress to date'],
        ['Indicator 2 – Relative likelihood', null, 'Introduce diverse interview panels, with a trained BME', 'Head of', null, 'Jan 2021', 'Training paused during'],
        ['of White staff being appointed', null, 'panel member, for all posts at Band 7 and above.', 'Resourcing', null, null, 'the second wave.'],
        ['from shortlisting compared to BME', null, 'Remove names from application forms at shortlisting.', 'Workforce Information', null, 'Q4', 'Being scoped.'],
        ['staff', null, null, 'Manager'],
        ['Indicator 3 – Relative likelihood', null, 'Apply the decision tool before any formal', 'Deputy Director of', null, 'Sept 2020', 'In place.'],
        ['of BME staff entering the formal', null, 'investigation is commissioned.', 'People'],
        ['disciplinary process'],
        ['Indicator 5 – Harassment from patients', null, 'Launch a zero tolerance campaign on racist abuse from', 'Head of Security /', null, 'Nov 2020', 'Posters live.'],
        [null, null, 'patients and visitors.', 'Communications'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.indicator, a.lead, a.theme])).toEqual([
      [3, '2', 'Head of Resourcing', null], [5, '2', 'Workforce Information Manager', null],
      [7, '3', 'Deputy Director of People', null], [10, '5', 'Head of Security / Communications', null],
    ]);
    expect(report.actions[0].action).toBe('Introduce diverse interview panels, with a trained BME\npanel member, for all posts at Band 7 and above.');
    expect(report.actions[0].progress).toBe('Training paused during\nthe second wave.');
    expect(report.actions[2].action).toBe('Apply the decision tool before any formal\ninvestigation is commissioned.');
    // Each joined row is named to the user with why.
    expect(setAside(report)).toEqual([4, 6, 8, 9, 11]);
    expect(report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 6)?.message).toMatch(/finishes row 5's indicator's label and lead broken off on the line above/);
  });

  it('reads the same with the lead first and a page footer, the trust name and the header printed again part-way down', () => {
    const report = read({
      values: [
        ['Fellside Community NHS Trust'],
        ['Lead', 'Metric', 'What we will do', 'By when'],
        ['Head of Equality &', 'Metric 4a – Harassment, bullying or', 'Record disability-related abuse from patients on Datix and', 'Dec 2022'],
        ['Inclusion', 'abuse from patients, relatives or the', 'answer every report within five working days.'],
        [null, 'public'],
        ['FTSU Guardian', 'Metric 5 – Equal opportunities for', 'Train Speak Up champions in disability awareness.', 'Mar 2023'],
        [null, 'career progression or promotion'],
        [],
        ['WDES action plan 2022/23 – v2', null, null, 'Page 1 of 2'],
        ['Fellside Community NHS Trust'],
        ['Lead', 'Metric', 'What we will do', 'By when'],
        ['Chief People Officer', 'Metric 9b – Disabled staff voices', 'Give the network chair two days a month of protected', 'Jun 2022'],
        [null, null, 'time to lead the network.'],
        ['Head of Wellbeing', null, 'Publish a reasonable adjustments passport.', 'Oct 2022'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.indicator, a.lead, a.theme])).toEqual([
      [3, '4a', 'Head of Equality & Inclusion', null], [6, '5', 'FTSU Guardian', null],
      [12, '9b', 'Chief People Officer', null], [14, '9b', 'Head of Wellbeing', null],
    ]);
    expect(report.actions[0].action).toBe('Record disability-related abuse from patients on Datix and\nanswer every report within five working days.');
    expect(report.actions[2].action).toBe('Give the network chair two days a month of protected\ntime to lead the network.');
  });

  it('keeps short actions without leads or full stops, and a row with a lead of its own, as actions of their own', () => {
    const report = read({
      values: [
        ['Indicator', 'Action', 'Lead', 'Timescale'],
        ['Indicator 1 – Percentage of BME staff', 'Publish the WRES data on the website', 'Head of Equality', 'Aug 2020'],
        ['in each band', 'Report representation by band to the Board', null, null],
        [null, 'Run listening events with the BME network', 'Head of OD', null],
        ['Indicator 2 – Shortlisting', 'Train shortlisting panels', 'Head of Resourcing', 'Q3'],
        [null, 'Audit shortlisting by ethnicity', 'Head of Workforce Information', null],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.indicator])).toEqual([[2, '1'], [3, '1'], [4, '1'], [5, '2'], [6, '2']]);
    expect(setAside(report)).toEqual([]);
  });
});
