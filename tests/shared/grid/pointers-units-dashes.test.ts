import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;

describe('a row sending the reader to actions elsewhere ("See actions under Metric 8 …")', () => {
  it('is no heading over the next block, nor the theme of the actions below, in a plan that repeats its header per metric', () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Date'],
        ['Metric 5'],
        [null, 'Promote the leadership programme to disabled staff', 'Head of Learning', 'Mar 2020'],
        ['Metric', 'Action', 'Lead', 'Date'],
        ['Metric 6'],
        [null, 'See actions under Metric 8 (reasonable adjustments) and the revised attendance policy'],
        ['Metric', 'Action', 'Lead', 'Date'],
        ['Metric 8'],
        [null, 'Introduce a reasonable adjustments passport', 'Health and Wellbeing Lead', 'Dec 2019'],
        [null, 'Set up a central adjustments budget', 'Director of Finance', 'Apr 2020'],
      ],
    });
    expect(report.actions.map((a) => [a.row, a.indicator, a.theme])).toEqual([[3, '5', null], [9, '8', null], [10, '8', null]]);
  });

  it('is no action in an ordinary plan, and points at the indicator it names', () => {
    const report = read({
      values: [
        ['Indicator', 'Action', 'Lead', 'Timescale'],
        ['1', 'Set representation targets for Band 8a and above', 'Director of People', 'Mar 2022'],
        ['4', 'Refer to the actions for indicator 1 on access to development', null, null],
        ['5', 'Relaunch the dignity at work policy', 'Head of OD', 'Dec 2021'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.issues.filter((i) => i.rule === 'cross-reference-unknown')).toEqual([]);
  });
});

describe('a column naming the part of the trust an action sits in (a service area, directorate or care group)', () => {
  it("gives no theme, and says why the 'Service area' column is not read", () => {
    const report = read({
      values: [
        ['Action ID', 'Service area', 'WRES indicator', 'Action', 'Lead', 'Completion date'],
        ['WR-01', 'Trust-wide', 'WRES 1', 'Publish representation targets for each band', 'Director of People', '31/12/2025'],
        ['WR-02', 'Emergency Operations Centre', 'WRES 1', 'Run open days for call handler roles', 'Head of EOC', '30/11/2025'],
        ['WR-03', 'Patient Transport Service', 'WRES 6', 'Hold listening sessions with crews at each hub', 'Head of PTS', 'Quarterly'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null]);
    expect(unmapped(report, 'B')).toMatch(/part of the trust each action sits in/);
  });

  it("reads a 'Directorate' or 'Care group' column the same way, while a 'Theme' column stays the theme", () => {
    const report = read({
      values: [
        ['Theme', 'Care group', 'Action', 'Lead', 'By when', 'Directorate'],
        ['Fair recruitment', 'Surgery', 'Train shortlisting panels', 'Head of Resourcing', 'Q3 2021/22', 'People'],
        ['Fair recruitment', 'Medicine', 'Audit appointments by ethnicity', 'Head of Workforce Information', 'Q4 2021/22', 'People'],
        ['Speaking up', 'Trust-wide', 'Train Speak Up champions', 'FTSU Guardian', 'Mar 2022', 'Corporate'],
      ],
    });
    expect(report.actions.map((a) => [a.theme, a.lead])).toEqual([
      ['Fair recruitment', 'Head of Resourcing'], ['Fair recruitment', 'Head of Workforce Information'], ['Speaking up', 'FTSU Guardian'],
    ]);
    expect(unmapped(report, 'B')).toMatch(/part of the trust/);
    expect(unmapped(report, 'F')).toMatch(/part of the trust/);
  });
});

describe("a dash alone in the indicator cell: the action serves no indicator of this standard", () => {
  it("reads '–' under a joint plan's WDES column as no metric, not the metric carried down from the rows above", () => {
    const report = read({
      values: [
        ['Pendle NHS Trust – WDES action plan 2022/23 (actions shared with the WRES plan included)'],
        ['No.', 'Action', 'WDES metric(s)', 'Lead', 'Timescale'],
        ['Theme 1 – Governance'],
        ['1', 'Report board membership by ethnicity and disability', '10', 'Company Secretary', 'June 2022'],
        ['Theme 2 – Recruitment'],
        ['2', 'Require a trained diverse panel member for Band 8a interviews', '–', 'Head of Recruitment', 'Dec 2022'],
        ['3', 'Guarantee an interview to disabled applicants', '2', 'Head of Recruitment', 'Monthly'],
        ['4', 'Use the just culture checklist before any investigation', '–', 'Head of Employee Relations', 'July 2022'],
      ],
    });
    expect(report.actions.map((a) => a.indicators)).toEqual([['10'], [], ['2'], []]);
  });

  it("reads '-' in a single indicator column the same way", () => {
    const report = read({
      values: [
        ['WDES action plan 2022/23'],
        ['Metric', 'Action', 'Lead', 'Due'],
        ['Metric 3', 'Separate ill-health capability from performance cases', 'Head of HR Policy', 'Sep 2022'],
        ['-', 'Refresh the trust values with the staff networks', 'Director of People', 'Dec 2022'],
        ['Metric 9b', 'Give the network chair protected time', 'Chief People Officer', 'Apr 2022'],
      ],
    });
    expect(report.actions.map((a) => a.indicators)).toEqual([['3'], [], ['9b']]);
  });
});

describe("a key's labels sharing one colour ('Not started or Delayed (red)')", () => {
  it('colours each label, whichever is written in the status cell', () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'Due', 'Status'],
        ['Publish the data', 'Head of EDI', 'Oct 2021', 'Complete'],
        ['Run open days', 'Head of EOC', 'Nov 2021', 'Delayed'],
        ['Train panels', 'Head of Recruitment', 'Mar 2022', 'Not started'],
        ['Launch mentoring', 'Head of OD', 'Jan 2022', 'In progress'],
        [],
        ['Status key: Complete (green); In progress (amber); Not started or Delayed (red)'],
      ],
    });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'red', 'red', 'amber']);
  });

  it('reads labels joined by a slash the same way', () => {
    const report = read({
      values: [
        ['Key: Complete / Closed (blue) · On track (green) · Off track / Stopped (red)'],
        ['Action', 'Lead', 'Due', 'Status'],
        ['Publish the data', 'Head of EDI', 'Oct 2021', 'Closed'],
        ['Run open days', 'Head of EOC', 'Nov 2021', 'Stopped'],
        ['Train panels', 'Head of Recruitment', 'Mar 2022', 'On track'],
      ],
    });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'red', 'green']);
  });
});
