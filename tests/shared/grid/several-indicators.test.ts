import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const indicatorsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => a.indicators.join(','));
const uncovered = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'indicator-not-covered').map((i) => i.message);

/**
 * An action whose indicator cell names several indicators maps to all of them, however the cell names them: its metrics'
 * numbers written as a numbered list's items, each with its stop ('5. and 6. Harassment …', '5. – 7. Staff survey …'),
 * or, with no number, a wording that covers two indicators at once (WRES 5 and 6 ask the same question of two sources of
 * harassment, the public and staff: "… from patients, relatives, the public or staff" is both).
 */
describe('an indicator cell naming several metrics as numbered items', () => {
  it("reads '5. and 6. …' merged down over a block as indicators 5 and 6 for every action of the block", () => {
    const report = read({
      values: [
        ['Ashcombe Community NHS Trust – WRES action plan 2020/21', null, null, null, null],
        ['Metric', 'Objective', 'Action/s', 'Timescales', 'Lead/s'],
        ['3. Relative likelihood of BME staff entering the formal disciplinary process', '• Parity', '1. Check every formal case with an independent reviewer.', 'Ongoing', 'Head of HR'],
        ['5. and 6. Harassment, bullying or abuse from patients and the public, and from staff\n\nSummary: BME staff report more abuse.', '• Zero tolerance', '1. Publish a zero-tolerance statement and a guide for staff.', 'April 2021', 'Director of Nursing'],
        [null, null, '2. Give the BME network a direct route to the Freedom to Speak Up Guardian.', 'May 2021', 'Freedom to Speak Up Guardian'],
      ],
      merges: [{ top: 3, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 4, right: 1 }],
    });
    expect(indicatorsOf(report)).toEqual(['3', '5,6', '5,6']);
    expect(report.actions.map((a) => a.indicator)).toEqual(['3', '5', '5']);
    expect(uncovered(report).some((m) => /indicator 6 has no action/.test(m))).toBe(false);
  });

  it("reads a WDES range of numbered items '5. – 7. …' as metrics 5, 6 and 7, beside refs written into the action", () => {
    const report = read({
      values: [
        ['WDES ACTION PLAN 2020/2021', null, null, null, null],
        ['Ref', 'Action(s)', 'Indicator', 'Owner', 'Date', 'Status'],
        ['1a', 'Run a disclosure campaign for disabled staff.', '1. Percentage of staff in AfC pay bands', 'Senior EDI Lead', 'Sep-20', 'Complete'],
        ['5a', 'Set up a central reasonable adjustments budget.', '5. – 7. Staff survey: progression, presenteeism and feeling valued', 'Director of Finance', 'Mar-21', 'In Progress'],
        ['5b', 'Build a wellbeing conversation into every sickness review.', null, 'Head of HR Operations', 'Feb-21', 'Not Started'],
      ],
      merges: [{ top: 3, left: 2, bottom: 4, right: 2 }],
    });
    expect(report.standard).toBe('WDES');
    expect(indicatorsOf(report)).toEqual(['1', '5,6,7', '5,6,7']);
  });

  it("keeps a cell numbered with one metric then its words ('2. Relative likelihood …') as that one metric", () => {
    const report = read({
      values: [
        ['Brayford NHS Trust – WRES action plan 2021/22', null, null, null],
        ['Indicator', 'Action', 'Lead', 'Due'],
        ['2. Relative likelihood of White applicants being appointed from shortlisting', 'Train diverse panel members.', 'Head of Resourcing', 'June 2021'],
        ['1. 2 in 10 Band 8a+ staff are BME', 'Open a Band 7 to 8a development programme.', 'Head of OD', 'March 2022'],
      ],
    });
    expect(indicatorsOf(report)).toEqual(['2', '1']);
  });
});

describe('a metric worded with no number that covers two indicators', () => {
  it('reads harassment from the public and from staff, merged down, as WRES indicators 5 and 6', () => {
    const report = read({
      values: [
        ['Lydford Hospitals NHS Foundation Trust – Workforce Race Equality Standard action plan 2023', null, null, null, null],
        ['Metric', 'Current Actions', 'Intended Outcome', 'Lead', 'Timescales'],
        ['BME staff believing the Trust offers equal opportunities for career progression.', 'Talent conversations for all BME staff at Band 5 and 6.', 'Gap narrows.', 'Head of Talent', 'March 2024'],
        ['BME staff experiencing harassment, bullying or abuse from patients, relatives, the public or staff.', 'Zero-tolerance campaign on racist abuse.', 'Fewer BME staff report abuse.', 'Director of People', 'January 2024'],
        [null, 'Cultural awareness training for all line managers.', 'Managers confident to tackle discrimination.', 'Head of Learning', 'March 2024'],
      ],
      merges: [{ top: 3, left: 0, bottom: 4, right: 0 }],
    });
    expect(indicatorsOf(report)).toEqual(['7', '5,6', '5,6']);
    expect(report.actions.map((a) => a.indicator)).toEqual(['7', '5', '5']);
  });

  it('reads abuse by service users and by colleagues, in an objective-worded indicator cell, as 5 and 6', () => {
    const report = read({
      values: [
        ['Marston Partnership NHS Trust', null, null, null],
        ['WRES action plan 2019/20', null, null, null],
        ['WRES indicator', 'What we will do', 'Responsible', 'By'],
        ['Reduce harassment and abuse of BME staff by service users and by colleagues', 'Publish a charter on racist abuse with sanctions.', 'Director of Nursing', 'Sep 2019'],
        ['Increase the proportion of BME staff at Band 8a and above', 'Reverse mentoring for the Board.', 'Chief Executive', 'Dec 2019'],
      ],
    });
    expect(indicatorsOf(report)).toEqual(['5,6', '1']);
  });

  it('keeps abuse from patients as indicator 5 when staff are whom it happens to, not its source', () => {
    const report = read({
      values: [
        ['Hartwell NHS Trust – WRES action plan 2022/23', null, null, null],
        ['Indicator', 'Action', 'Lead', 'Due'],
        ['Racist abuse from patients and visitors, with support for the staff who experience it', 'Send a warning letter after each incident.', 'Head of Security', 'March 2023'],
        ['Harassment, bullying or abuse from colleagues and managers', 'Civility training for team leaders.', 'Head of OD', 'March 2023'],
      ],
    });
    expect(indicatorsOf(report)).toEqual(['5', '6']);
  });
});
