import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const keptBecause = (report: ReturnType<typeof read>, column: string) =>
  report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message ?? '';

/**
 * A column whose header names another plan or strategy ('Inclusivity Plan priority area', 'People Plan link', 'EDI
 * Strategy priority') places each action in that plan: a cross-reference, not the group this plan's actions sit in, so
 * not their theme, however it is written (on every row, or merged over a few). Every gold of the corpus with such a
 * column (westbury's 'LINK TO PEOPLE PLAN', ashgill's 'People Plan link', fenland's 'EDI Improvement Plan HIA', ashlow's
 * 'Improvement Plan requirement', calderbrook's 'EDS2 goal', cowlinge's 'Inclusivity Plan priority area') reads no
 * theme from it; a 'Priority' or 'Priority area' column of the plan's own merged over its blocks stays the theme.
 */
describe("a column placing each action in another plan ('Inclusivity Plan priority area')", () => {
  it('keeps a priority-area column of another plan, merged over some rows, as context and reads no theme', () => {
    const report = read({
      values: [
        ['WRES 2024-2025 action plan', null, null, null, null, null],
        ['Indicator', 'Objective', 'Action', 'Delivery Date', 'Leads', 'Inclusivity Plan priority area'],
        ['2', 'Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants.', 'Make recruitment panels diverse, using trained Inclusion Advocates.', '31/03/2025', 'Head of Resourcing', 'Attract and retain an inclusive workforce'],
        [null, null, 'Deliver inclusive recruitment training to panel members.', '31/03/2025', 'Head of Talent', null],
        [null, null, 'Carry out an equality review of recruitment policies.', '31/12/2024', 'Head of Culture and Inclusion', 'Fair and consistent policies, processes and practices'],
        ['6', 'Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months.', 'Roll out civility and respect training to every team leader.', '31/03/2025', 'Head of OD', 'Inclusive leadership and culture'],
        ['7', 'Percentage of staff believing that the trust provides equal opportunities for career progression or promotion.', 'Launch a talent programme for BME staff at Bands 4 to 6.', '31/03/2025', 'Head of Talent', 'Attract and retain an inclusive workforce'],
      ],
      merges: [{ top: 2, left: 0, bottom: 4, right: 0 }, { top: 2, left: 1, bottom: 4, right: 1 }, { top: 2, left: 5, bottom: 3, right: 5 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.columns.theme).toBeUndefined();
    expect(keptBecause(report, 'F')).toContain(
      "it places each action in another plan (the Inclusivity Plan), a cross-reference to that plan, not a group of this plan's actions: kept as context, not their theme",
    );
    expect(report.actions.map((a) => a.indicator)).toEqual(['2', '2', '2', '6', '7']);
  });

  it("keeps an 'EDI Strategy priority' column merged down over each block as context, in a WDES plan laid out otherwise", () => {
    const report = read({
      values: [
        ['Penmoor NHS Trust', null, null, null, null],
        ['WDES action plan 2022/23', null, null, null, null],
        ['EDI Strategy priority', 'Ref', 'Action', 'Owner', 'Timescale'],
        ['Looking after our people', '1', 'Set up a central reasonable adjustments fund.', 'Director of Finance', 'Q2 2022/23'],
        [null, '2', 'Add a wellbeing conversation to every sickness review.', 'Head of HR', 'Q3 2022/23'],
        ['Belonging in the NHS', '3', 'Support the Disability Network to set up a steering group.', 'Network Sponsor', 'Q4 2022/23'],
        [null, '4', 'Publish the WDES data to every directorate.', 'Head of Workforce Information', 'Q4 2022/23'],
      ],
      merges: [{ top: 3, left: 0, bottom: 4, right: 0 }, { top: 5, left: 0, bottom: 6, right: 0 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(keptBecause(report, 'A')).toContain('it places each action in another plan (the EDI Strategy)');
  });

  it("reads the plan's own 'Priority area' merged down over each block as the theme, as before", () => {
    const report = read({
      values: [
        ['Corbridge Hospitals NHS Foundation Trust – WRES action plan 2023/24', null, null, null],
        ['Priority area', 'Action', 'Lead', 'By when'],
        ['Fair recruitment', 'Put a trained BME panel member on Band 7+ interviews.', 'Head of Resourcing', 'Q2 2023/24'],
        [null, 'Audit shortlisting outcomes each quarter.', 'Head of Resourcing', 'Q4 2023/24'],
        ['Zero tolerance', 'Publish a zero-tolerance statement on racist abuse.', 'Director of Nursing', 'Q3 2023/24'],
        [null, 'Give staff a quick route to report abuse.', 'Head of Security', 'Q4 2023/24'],
      ],
      merges: [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }],
    });
    expect(report.columns.theme).toBe('A');
    expect(report.actions.map((a) => a.theme)).toEqual(['Fair recruitment', 'Fair recruitment', 'Zero tolerance', 'Zero tolerance']);
  });
});
