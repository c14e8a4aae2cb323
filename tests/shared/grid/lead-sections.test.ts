import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readLeadSection } from '../../../shared/grid/read-lead-section';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Lead from section rows: a plan with no lead column groups its actions under section rows that each name who is
 * accountable for them ('Chief People Officer', 'Chief Nurse', 'Director of Corporate Affairs'), as plans presented for
 * executive accountability do. Each such row gives the actions under it their lead and is not their theme; the lead
 * says where it came from. Rows naming a subject ('Recruitment', 'Metric 4a – Harassment', 'Priority 2: …', an HIA's
 * title) stay themes, and a plan with a lead column of its own keeps every section row as a theme.
 */
const AS_AT = new Date(Date.UTC(2023, 3, 30));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const across = (r: number, right: number) => ({ top: r, left: 0, bottom: r, right });
const leadIssues = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'lead-missing');

describe('the lead given by the section row the actions sit under', () => {
  it('reads merged section rows naming directors as each action\'s lead, not its theme, and says where it came from', () => {
    const values: CellValue[][] = [
      ['Ashby NHS Foundation Trust'],
      ['WDES action plan 2022/23 – actions by accountable director'],
      ['Each director named below is accountable to the Board for the actions in their section.'],
      [],
      ['Ref', 'Action', 'WDES metric', 'Delivery date', 'Status', 'Progress'],
      ['Chief People Officer'],
      ['P1', 'Run a declaration campaign with the Disability Network.', 'Metric 1', 'Dec 2022', 'Complete', 'Declaration up to 6%.'],
      ['P2', 'Audit the guaranteed interview scheme quarterly.', 'Metric 2', 'Mar 2023', 'On track', ''],
      ['Chief Nurse'],
      ['N1', 'Add a disability prompt to the violence and aggression review.', 'Metric 4a', 'Nov 2022', 'Complete', ''],
      ['Director of Corporate Affairs'],
      ['G1', 'Report Board disability data in the annual report.', 'Metric 10', 'Mar 2023', 'On track', ''],
      [],
      ['Key: Complete – blue; On track – green'],
    ];
    const report = read(values, { merges: [across(0, 5), across(1, 5), across(2, 5), across(5, 5), across(8, 5), across(10, 5)] });
    expect(report.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [7, 'Chief People Officer', null],
      [8, 'Chief People Officer', null],
      [10, 'Chief Nurse', null],
      [12, 'Director of Corporate Affairs', null],
    ]);
    expect(report.actions[2].sources.lead).toEqual({ kind: 'section', cell: 'A9', why: "Lead: from section row 9 'Chief Nurse' (the plan has no lead column)" });
    const evidence = report.columnEvidence.find((e) => e.field === 'lead');
    expect(evidence?.reason).toContain("'Chief People Officer' on row 6");
    expect(evidence?.reason).toContain('the plan has no lead column');
    // The pane does not ask which column holds the lead, and no action is said to have none.
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('lead');
    expect(leadIssues(report)).toEqual([]);
  });

  it("reads 'Head of …', a post with its holder, a person by title and a labelled lead, in a section alone in the action column", () => {
    const report = read([
      ['WRES action plan 2021/22'],
      ['Action', 'Indicator', 'By when', 'RAG'],
      ['Head of Organisational Development'],
      ['Open the reciprocal mentoring scheme to Band 5 and 6 staff.', '7', 'Q3 2021/22', 'Green'],
      ['Chief Nurse – Grace Okafor'],
      ['Publish ward-level harassment figures every quarter.', '5', 'Q4 2021/22', 'Amber'],
      ['Review the disciplinary decision checklist with staff side.', '3', 'Q2 2021/22', 'Green'],
      ['Dr Amara Osei'],
      ['Sponsor the race equality network\'s listening events.', '8', 'Q1 2022/23', 'Red'],
      ['Executive lead: Director of Workforce'],
      ['Set representation targets for bands 8a and above.', '1', 'Q4 2021/22', 'Amber'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [4, 'Head of Organisational Development', null],
      [6, 'Chief Nurse – Grace Okafor', null],
      [7, 'Chief Nurse – Grace Okafor', null],
      [9, 'Dr Amara Osei', null],
      [11, 'Director of Workforce', null],
    ]);
    expect(report.actions[4].sources.lead?.why).toBe("Lead: from section row 10 'Executive lead: Director of Workforce' (the plan has no lead column)");
    expect(leadIssues(report)).toEqual([]);
  });

  it('reads a director named over each copy of the header as the lead of the actions under that copy', () => {
    const report = read([
      ['WRES action plan 2024/25 by executive owner'],
      [],
      ['Chief Operating Officer'],
      ['Action', 'Indicator', 'Target date', 'RAG'],
      ['Publish divisional representation dashboards.', '1', 'Sep 2024', 'Green'],
      ['Review acting-up opportunities by ethnicity.', '7', 'Dec 2024', 'Amber'],
      [],
      ['Director of Workforce and OD'],
      ['Action', 'Indicator', 'Target date', 'RAG'],
      ['Put an inclusion panel member on every Band 8a+ interview.', '2', 'Mar 2025', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [5, 'Chief Operating Officer', null],
      [6, 'Chief Operating Officer', null],
      [10, 'Director of Workforce and OD', null],
    ]);
    expect(leadIssues(report)).toEqual([]);
  });

  it('keeps a lead the action writes itself, and a subject heading under a director is the theme of the actions beneath it', () => {
    const report = read([
      ['WDES action plan 2023/24'],
      ['No.', 'Action', 'Metric', 'Deadline'],
      ['Director of People'],
      ['Recruitment'],
      ['1', 'Guarantee interviews for Disabled applicants who meet the criteria.', '2', 'Mar 2024'],
      ['2', 'Train recruiting managers in reasonable adjustments. Lead: Head of Resourcing', '2', 'Jun 2024'],
      ['Reasonable adjustments'],
      ['3', 'Introduce a central adjustments budget.', '8', 'Dec 2023'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [5, 'Director of People', 'Recruitment'],
      [6, 'Head of Resourcing', 'Recruitment'],
      [8, 'Director of People', 'Reasonable adjustments'],
    ]);
    expect(report.actions[1].sources.lead?.kind).toBe('label');
  });
});

describe('section rows that name no one stay themes', () => {
  it('reads subject sections in a plan with no lead column as themes, and says the plan names no lead', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Action', 'Indicator', 'Timescale', 'Status'],
      ['Recruitment'],
      ['Put a trained inclusion panel member on every Band 8a+ interview.', '2', 'Q3 2022/23', 'On track'],
      ['Metric 4a – Harassment'],
      ['Report harassment from patients by ethnicity to the People Committee.', '5', 'Q4 2022/23', 'On track'],
      ['Priority 2: Line managers'],
      ['Give every line manager a half-day on fair disciplinary process.', '3', 'Q2 2022/23', 'Complete'],
      ['HIA 2 – Embed fair and equitable recruitment processes'],
      ['Anonymise shortlisting for Bands 2 to 7.', '2', 'Q1 2023/24', 'Not started'],
      ['Board representation'],
      ['Set a target for Board ethnicity by 2025.', '9', 'Q4 2022/23', 'On track'],
      ['Staff networks'],
      ['Give network chairs protected time.', '8', 'Q2 2022/23', 'Complete'],
    ]);
    expect(report.actions.map((a) => [a.lead, a.theme])).toEqual([
      ['', 'Recruitment'],
      ['', 'Metric 4a – Harassment'],
      ['', 'Priority 2: Line managers'],
      ['', 'HIA 2 – Embed fair and equitable recruitment processes'],
      ['', 'Board representation'],
      ['', 'Staff networks'],
    ]);
    expect(leadIssues(report).map((i) => i.message)).toEqual(['The plan has no Lead column, so no action names who is accountable for it — add a "Lead" column']);
  });

  it('keeps sections naming directors as themes in a plan with a lead column of its own', () => {
    const report = read([
      ['WDES action plan 2022/23'],
      ['Action', 'Metric', 'Lead', 'Due'],
      ['Chief People Officer'],
      ['Run a declaration campaign.', '1', 'Workforce Information Manager', 'Dec 2022'],
      ['Chief Nurse'],
      ['Review violence and aggression incidents for disability.', '4a', 'Head of Patient Safety', 'Mar 2023'],
    ]);
    expect(report.actions.map((a) => [a.lead, a.theme])).toEqual([
      ['Workforce Information Manager', 'Chief People Officer'],
      ['Head of Patient Safety', 'Chief Nurse'],
    ]);
    expect(report.actions.every((a) => a.sources.lead?.kind === 'column')).toBe(true);
  });
});

describe('readLeadSection', () => {
  it('reads posts, posts with their holders, people by title and labelled leads', () => {
    expect(['Chief People Officer', 'Chief Nurse', 'Director of Corporate Affairs', 'Head of OD', 'Deputy Director of Workforce', 'Trust Secretary', 'Freedom to Speak Up Guardian', 'Chief Nurse and Director of Quality', 'Grace Okafor (Director of Workforce)', 'Dr Amara Osei', 'Lead: Head of Inclusion'].map(readLeadSection))
      .toEqual(['Chief People Officer', 'Chief Nurse', 'Director of Corporate Affairs', 'Head of OD', 'Deputy Director of Workforce', 'Trust Secretary', 'Freedom to Speak Up Guardian', 'Chief Nurse and Director of Quality', 'Grace Okafor (Director of Workforce)', 'Dr Amara Osei', 'Head of Inclusion']);
  });

  it('reads no one in subjects, bodies, people in the plural, indicators or bare names', () => {
    for (const heading of ['Recruitment', 'Board representation', 'Metric 4a – Harassment', 'Priority 2: Line managers', 'Staff networks', 'People Committee', 'EDI training for managers', 'Indicator 9 – Board', 'HIA 1 – Chief executives and board members to have EDI objectives', 'Staff Survey', 'Grace Okafor', 'Support for network chairs', 'Leadership development', 'Completed (3 actions)', 'Review the role of the Chief Nurse']) {
      expect(readLeadSection(heading), heading).toBeNull();
    }
  });
});
