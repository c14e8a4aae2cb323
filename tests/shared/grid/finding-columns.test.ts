import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { ColumnChoice, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid, columns: ColumnChoice = {}) => checkPlan(grid, { asAt: AS_AT, columns });
const why = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason ?? '';

/**
 * A column written once over each block of actions whose entries state findings — what the data shows, the concern the
 * actions answer ("Only 3% of staff have declared a disability…", "The Board has no disabled members") — is context, not
 * the actions' theme, whatever its header: each action keeps its block's finding as its objective, as an objective column's.
 */
describe('a column of findings written once over each block of actions is context, not the theme', () => {
  it("reads 'Areas of concern' merged down over its blocks as each action's objective and no theme", () => {
    const report = read({
      values: [
        ['Marbury Community NHS Trust – WDES action plan 2020/21'],
        ['Metric', 'Areas of concern', 'What we will do', 'Owner', 'Target date', 'BRAG'],
        ['1', 'Only 3% of staff have declared a disability on ESR, against 19% in the staff survey', 'Run a declaration campaign with the Disability Network.', 'Head of Workforce Information', 'Sep 2020', 'Green'],
        ['1', null, 'Add disability to the starter form.', 'HR Systems Manager', 'Dec 2020', 'Amber'],
        ['3', 'Disabled staff are 1.9 times more likely to enter the formal capability process', 'Check adjustments before any capability meeting.', 'Head of Employee Relations', 'Jan 2021', 'Red'],
        ['10', 'The Board has no members who have declared a disability', 'Name a Board champion for disability equality.', 'Trust Chair', 'Mar 2021', 'Amber'],
        ['10', null, 'Offer Board members disability awareness training.', 'Company Secretary', 'Mar 2021', 'Green'],
      ],
      merges: [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 5, left: 1, bottom: 6, right: 1 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.actions.map((a) => a.objective.slice(0, 25))).toEqual(['Only 3% of staff have dec', 'Only 3% of staff have dec', 'Disabled staff are 1.9 ti', 'The Board has no members ', 'The Board has no members ']);
    expect(report.columns.objective).toBe('B');
    expect(report.columnEvidence.some((e) => e.field === 'theme')).toBe(false);
    expect(why(report, 'objective')).toContain("3 of 3 entries state findings (row 3: 'Only 3% of staff have declared a disability on ES…'): the concern its actions answer, kept as context, not their theme (header 'Areas of concern')");
  });

  it("carries a 'Gap identified' entry, written on its block's first row and blank below, to each action of the block", () => {
    const report = read({
      values: [
        ['Ref', 'Gap identified', 'Action', 'Lead', 'By', 'Status'],
        ['R1', 'BME staff make up 22% of the workforce but 9% of Band 8a and above.', 'Set a representation goal for each division.', 'Director of Workforce', 'Q2 2022/23', 'On track'],
        ['R2', null, 'Launch a reciprocal mentoring scheme.', 'Head of OD', 'Q3 2022/23', 'On track'],
        ['R3', 'White applicants were 1.5 times as likely as BME applicants to be appointed.', 'Put an inclusion ambassador on every Band 7+ panel.', 'Head of Resourcing', 'Q4 2022/23', 'Delayed'],
        ['R4', null, 'Audit shortlisting by ethnicity each quarter.', 'Head of Resourcing', 'Quarterly', 'On track'],
        ['R5', 'Fewer BME staff believe the Trust offers equal chances of promotion.', 'Publish every Band 7+ vacancy internally first.', 'Head of Resourcing', 'Q1 2022/23', 'Complete'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.actions.map((a) => a.objective.slice(0, 20))).toEqual(['BME staff make up 22', 'BME staff make up 22', 'White applicants wer', 'White applicants wer', 'Fewer BME staff beli']);
    expect(why(report, 'objective')).toContain('written once over each block of actions, the concern they answer: not their theme, as 3 of 3 entries state findings');
  });

  it("keeps findings under a theme's header beside an objective column aside, saying why, and reads no theme", () => {
    const report = read({
      values: [
        ['Objective', 'Priority area', 'Action', 'Lead', 'Due'],
        ['A Board that reflects the people we serve', 'The Board has no BME voting members.', 'Use a diverse panel for every NED appointment.', 'Trust Chair', 'Mar 2022'],
        [null, null, "Publish the Board's ethnicity each year.", 'Company Secretary', 'Jun 2021'],
        ['Fair treatment for every colleague', 'BME staff are 2.3 times more likely to enter a disciplinary.', 'Review every case before it goes formal.', 'Head of ER', 'Sep 2021'],
        [null, null, 'Train investigating officers.', 'Head of ER', 'Dec 2021'],
      ],
    });
    expect(report.columns.objective).toBe('A');
    expect(report.columns.theme).toBeUndefined();
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(report.actions.map((a) => a.objective)).toEqual(['A Board that reflects the people we serve', 'A Board that reflects the people we serve', 'Fair treatment for every colleague', 'Fair treatment for every colleague']);
  });

  it("keeps short subjects under 'Area of focus' the theme", () => {
    const report = read({
      values: [
        ['Area of focus', 'Action', 'Lead', 'Due', 'RAG'],
        ['Declaration rates', 'Run a declaration campaign with the network.', 'Head of Workforce Information', 'Sep 2021', 'Green'],
        [null, 'Add disability to the exit questionnaire.', 'HR Business Partner', 'Dec 2021', 'Amber'],
        ['Recruitment', 'Audit the guaranteed interview scheme.', 'Head of Recruitment', 'Jan 2022', 'Green'],
        [null, 'Train shortlisting managers.', 'Head of Learning', 'Mar 2022', 'Red'],
        ['Board representation', 'Name a Board champion for disability equality.', 'Chair', 'Jun 2021', 'Green'],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }],
    });
    expect(report.columns.theme).toBe('A');
    expect(report.actions.map((a) => a.theme)).toEqual(['Declaration rates', 'Declaration rates', 'Recruitment', 'Recruitment', 'Board representation']);
  });

  it("keeps an indicator's definition ('Percentage of BME staff … compared with …') the theme: it names the measure, not its value", () => {
    const report = read({
      values: [
        ['Indicator', 'Theme', 'Action', 'Lead', 'Due'],
        ['1', 'Percentage of staff who are BME at Band 8a and above, compared with the workforce', 'Set a goal for each division.', 'Director of Workforce', 'Sep 2021'],
        ['1', null, 'Add ethnicity to the divisional dashboard.', 'Head of Workforce Information', 'Jul 2021'],
        ['8', 'Percentage of BME staff saying they have experienced discrimination at work, compared with White staff', 'Review every case before it goes formal.', 'Head of ER', 'Dec 2021'],
        ['8', null, 'Train investigating officers.', 'Head of ER', 'Mar 2022'],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }],
    });
    expect(report.columns.theme).toBe('B');
    expect(report.actions[1].theme).toBe('Percentage of staff who are BME at Band 8a and above, compared with the workforce');
  });

  it('reads findings as the theme when the user says that column is the theme', () => {
    const report = read({
      values: [
        ['Area of concern', 'Action', 'Lead', 'Due'],
        ['Only 4% of staff in Bands 8a and above are BME, against 17% of the workforce.', 'Report the profile of each band twice a year.', 'Head of Workforce Information', 'Sep 2021'],
        [null, 'Ask staff to check their details on ESR.', 'Head of HR', 'Mar 2022'],
        ['White applicants are 1.8 times more likely to be appointed from shortlisting.', 'Include a trained BME panel member on every panel.', 'Recruitment Manager', 'Jan 2022'],
        [null, 'Monitor appointments by ethnicity each quarter.', 'Recruitment Manager', 'Quarterly'],
      ],
      merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }],
    }, { theme: 'A' });
    expect(report.actions[1].theme).toBe('Only 4% of staff in Bands 8a and above are BME, against 17% of the workforce.');
  });
});
