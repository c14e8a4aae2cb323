/**
 * An action cell saying no action is planned, then only that the figures will still be watched: 'No specific action
 * planned. Continue to monitor quarterly through the Employee Relations report.' (holdout42 ashlingford, an indicator
 * whose gap is within range). Watching what is already reported commits to nothing new: with no lead, timescale or
 * status the row is no action, and says so. A second sentence that does something ('Continue to run the reverse
 * mentoring scheme …') keeps the row an action (negative). Saying the figure will still be reported ('No new action this
 * year. We will keep reporting the figure to the committee each year.', holdout57 oxleybridge) is watching it too; a
 * sentence that only reports, with no 'no action' before it, stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2017, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('no action planned, then only that the figures will be watched', () => {
  it("sets aside 'No specific action planned. Continue to monitor …' in a plan with no lead or timescale column", () => {
    const report = read([
      ['Indicator', 'Our data', 'What we found', 'Action taken and planned'],
      ['2', 'White 1.00 : BME 0.61', 'BME applicants are less likely to be appointed.', 'Planned: unconscious bias training for every interviewing manager.'],
      ['3', 'BME 1.04 times as likely', 'Numbers are small and the gap is within range.', 'No specific action planned. Continue to monitor quarterly through the Employee Relations report.'],
      ['4', 'White 0.91 : BME 1.00', 'Training records are incomplete.', 'Planned: bring CPD funding approvals onto the Learning Hub.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*'No specific action planned\. Continue to monitor quarterly.*' says nothing is to be done, and the row names no lead, timescale or status/);
  });

  it("sets aside 'No further action required. Keep under review at the People Committee.' with dashes for lead and date", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'By'],
      ['W1', 'Run a declaration campaign through ESR self-service.', 'Workforce Information Manager', 'June 2020'],
      ['W2', 'No further action required. Keep it under review at the People Committee each year.', '—', '—'],
      ['W3', 'Add a disability question to the exit questionnaire.', 'HR Business Partners', 'September 2020'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*says nothing is to be done/);
  });

  it('keeps as an action a row whose second sentence does something, or that names a lead and a date (negatives)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'By'],
      ['W1', 'No specific action planned. Continue to run the reverse mentoring scheme for a second year.', '—', '—'],
      ['W2', 'No new action planned. Continue to monitor the figures and report them to the Board.', 'Head of EDI', 'March 2021'],
      ['W3', 'Add a disability question to the exit questionnaire.', 'HR Business Partners', 'September 2020'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });

  it("sets aside 'No new action this year. We will keep reporting the figure …' in a plan of areas and what we will do", () => {
    const report = read([
      ['Area', 'Where we are now', 'What we will do this year'],
      ['Recruitment (indicator 2)', 'White applicants were 1.9 times as likely to be appointed.', '1) Use one set of questions and a scoring sheet for every interview. 2) Put a BME panel member on every Band 7+ panel.'],
      ['Disciplinary (indicator 3)', 'No formal disciplinary cases in the last three years.', 'No new action this year. We will keep reporting the figure to the committee each year.'],
      ['Training (indicator 4)', 'BME staff were as likely as white staff to access training.', 'Record who is given study leave and funding, and publish it twice a year.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*'No new action this year\. We will keep reporting the figure.*' says nothing is to be done/);
  });

  it("sets aside 'No further actions planned for 2021/22. The trust will continue to report …' with a dash for its lead", () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'Timescale'],
      ['Metric 4', 'Launch a disability network-led listening exercise on harassment from managers.', 'Head of Inclusion', 'Q2 2021/22'],
      ['Metric 6', 'No further actions planned for 2021/22. The trust will continue to report the figures to the Workforce Committee quarterly.', '-', ''],
      ['Metric 7', 'Add the Access to Work process to the managers\' toolkit.', 'HR Advisory Lead', 'Q3 2021/22'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*says nothing is to be done/);
  });

  it('keeps as an action a row that only reports, with no word that nothing is planned (negative)', () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'Timescale'],
      ['Metric 3', 'Keep reporting the capability figures by disability to the People Committee each quarter.', '', ''],
      ['Metric 7', 'Add the Access to Work process to the managers\' toolkit.', 'HR Advisory Lead', 'Q3 2021/22'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
