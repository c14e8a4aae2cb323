import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A caption over a table that names what the table lists (holdout37 rillvalley: '2. What we will do' over 'HIA | What we
 * will do | Who | When', after '1. Our measurable outcomes' over a table of outcomes): its words are what a header calls
 * the column of actions, so it heads every row of the table and is no subject its actions share — no theme, and the user
 * is told why. A numbered section naming a subject ('6. Developing our workforce') is still its actions' theme.
 */
const AS_AT = new Date(Date.UTC(2025, 5, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const aside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside');

describe("a caption naming the table's actions", () => {
  it("gives no theme under a document's numbered section '2. What we will do', and says why", () => {
    const report = read([
      ['Fellside Primary Care Collaborative'],
      ['Race equality action plan 2025/26'],
      ['1. Our measurable outcomes for 2025/26'],
      ['Outcome', 'How measured', 'Baseline', 'Target'],
      ['More diverse shortlists', 'Share of shortlisted candidates from ethnic minority backgrounds', '18%', '25%'],
      ['Staff feel safe to report', 'Pulse survey', '64%', '80%'],
      [],
      ['2. What we will do'],
      ['HIA', 'What we will do', 'Who', 'When'],
      ['HIA 1 – Board objectives', 'Add an EDI objective to the appraisal of every partner.', 'Clinical Director', 'By Sept 2025'],
      ['HIA 2 – Recruitment', 'Use anonymised shortlisting in every member practice.', 'Practice Managers Group', 'Apr–Jun 2025'],
      ['HIA 6 – Bullying and harassment', 'Agree one policy on racist abuse from patients.', 'Clinical Director', 'By Dec 2025'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[10, null], [11, null], [12, null]]);
    const caption = aside(report).find((i) => i.row === 8);
    expect(caption?.message).toContain("it names what the table lists ('What we will do', as a header names its column of actions), not what its actions are about");
  });

  it("gives no theme under 'Section 4 – Our actions' over the table, worded and numbered otherwise", () => {
    const report = read([
      ['Brindle Vale NHS Trust – WDES annual report and action plan 2024/25'],
      ['Section 3 – Our metrics this year'],
      ['Our declaration rate rose to 6.1%; disabled staff remain more likely to enter capability.'],
      ['Section 4 – Our actions'],
      ['Ref', 'Action', 'Metric', 'Lead', 'Due'],
      ['1', 'Run a declaration campaign on ESR.', 'M1', 'Workforce Information Lead', 'Dec 2024'],
      ['2', 'Give the disability network chair protected time.', 'M9b', 'Chief People Officer', 'Sep 2024'],
    ]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null]);
  });

  it('keeps as the theme a numbered section naming a subject, and a heading over each of several tables', () => {
    const section = read([
      ['Delivery plan 2020-2023'],
      ['1. Introduction'],
      ['6. Developing our workforce – a fair and diverse place to work'],
      ['Goal', 'Lead', 'By when'],
      ['Every Band 7+ panel has a trained, diverse member.', 'Head of Workforce', 'Q3 2020/21'],
      ['A reverse mentoring scheme pairs BAME colleagues with every executive.', 'Director of People', 'Q4 2020/21'],
    ]);
    expect(section.actions.map((a) => a.theme)).toEqual(['6. Developing our workforce – a fair and diverse place to work', '6. Developing our workforce – a fair and diverse place to work']);
    const tables = read([
      ['Kestrel NHS Trust – WRES action plan 2023/24'],
      ['Recruitment'],
      ['Action', 'Lead', 'Due'],
      ['Use diverse interview panels for Band 7+.', 'Head of Recruitment', 'Dec 2023'],
      [],
      ['Culture'],
      ['Action', 'Lead', 'Due'],
      ['Train managers to respond to racist abuse.', 'Head of OD', 'Mar 2024'],
    ]);
    expect(tables.actions.map((a) => a.theme)).toEqual(['Recruitment', 'Culture']);
  });
});
