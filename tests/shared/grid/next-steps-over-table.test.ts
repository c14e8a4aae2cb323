import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A report's section introducing its actions over the plan's table ('4. Next steps for 2022/23' over 'No. | Action |
 * WRES indicator | Lead | Target date | Status', below sections holding last year's commitments and a data table, each
 * with its own header: holdout63 tollbury). The heading says what the whole table lists, as 'Next steps' opens a
 * document's list of actions (`introducesActions`): no subject the actions share, so no theme, and the user is told why.
 * A section naming a subject over its table, and subject rows under the header, still give the theme.
 */
const AS_AT = new Date(Date.UTC(2023, 5, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const aside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

describe("a report's section of next steps over its table", () => {
  it("gives no theme under '5) Key next steps' after a 'we said, we did' table, and says why", () => {
    const report = read([
      ['Ashcombe Community NHS Trust – WDES progress report 2023'],
      ['3) Last year'],
      ['What we said', 'What happened'],
      ['Relaunch the disability network', 'Relaunched in May with 40 members'],
      ['Train managers in reasonable adjustments', '212 managers trained'],
      [],
      ['5) Key next steps'],
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['KS1', 'Bring in a reasonable adjustments passport for every new starter.', 'Head of Wellbeing', 'Sep 2023', 'Amber'],
      ['KS2', 'Give the network chair two days a month of protected time.', 'Chief People Officer', 'Jul 2023', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.row, a.ref, a.theme])).toEqual([[9, 'KS1', null], [10, 'KS2', null]]);
    expect(aside(report).find((i) => i.row === 7)?.message).toContain("it introduces the table's actions ('Key next steps'), as a report's section of next steps does, not what they are about, so it gives them no theme");
  });

  it("gives no theme under 'Section 6: Recommendations' in column B, below a data table with its own heading", () => {
    const report = read([
      ['', 'NHS Larchfield ICB – Workforce Race Equality Standard report 2022/23'],
      ['', 'Section 5: Our data'],
      ['', 'Indicator', '2022', '2023'],
      ['', '1 – BME staff at Band 8a and above', '9.8%', '11.0%'],
      ['', '2 – Relative likelihood of appointment', '1.52', '1.40'],
      ['', 'Section 6: Recommendations'],
      ['', 'Recommendation', 'Indicator', 'Owner', 'Deadline'],
      ['', 'Set a target for ethnic minority representation at Band 8a and above.', '1', 'Chief People Officer', 'Dec 2023'],
      ['', 'Add a trained, diverse panel member at every Band 7 interview.', '2', 'Head of Recruitment', 'Mar 2024'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[8, null], [9, null]]);
  });

  it('keeps the theme of subject rows under the header, and of a section naming a subject', () => {
    const subjects = read([
      ['Kestrel NHS Trust – WRES report 2022/23'],
      ['2. Our data'],
      ['Indicator', '2021', '2022'],
      ['1 – BME staff at Band 8a+', '11%', '13%'],
      ['4. Next steps'],
      ['No.', 'Action', 'Lead', 'Due'],
      ['Recruitment'],
      ['1', 'Use diverse panels for every Band 8a interview.', 'Head of HR', 'Dec 2022'],
      ['Culture'],
      ['2', 'Run listening events with the network on every site.', 'Head of OD', 'Mar 2023'],
    ]);
    expect(subjects.actions.map((a) => [a.row, a.theme])).toEqual([[8, 'Recruitment'], [10, 'Culture']]);
    const section = read([
      ['Kestrel NHS Trust – WRES report 2022/23'],
      ['2. Our data'],
      ['Indicator', '2021', '2022'],
      ['1 – BME staff at Band 8a+', '11%', '13%'],
      ['4. Fair recruitment and progression'],
      ['No.', 'Action', 'Lead', 'Due'],
      ['1', 'Use diverse panels for every Band 8a interview.', 'Head of HR', 'Dec 2022'],
      ['2', 'Report shortlisting by ethnicity to the committee.', 'Head of HR', 'Mar 2023'],
    ]);
    expect(section.actions.map((a) => a.theme)).toEqual(['4. Fair recruitment and progression', '4. Fair recruitment and progression']);
  });
});
