import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readStatusCaption } from '../../../shared/grid/read-status-caption';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Status from section rows: a plan with no status column (a year-end review) groups its actions under headings naming
 * how far they have got — 'Completed (5 actions)' filled blue, 'In progress – carried forward (4 actions)' amber, 'Not
 * started' red. Each heading gives the actions beneath it their status, and its RAG through the plan's key or the
 * heading's fill; the heading is neither a theme nor a key row of its own, and each status says where it came from. A
 * plan with a status column of its own reads its statuses from that column, whatever its headings say.
 */
const AS_AT = new Date(Date.UTC(2023, 3, 30));
const BLUE = '#0070C0';
const AMBER = '#FFC000';
const RED = '#FF0000';
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const fillsAt = (height: number, at: Record<string, string>) =>
  Array.from({ length: height }, (_, r) => Array.from({ length: 8 }, (_, c) => at[`${r},${c}`] ?? null));
const across = (r: number, right: number) => ({ top: r, left: 0, bottom: r, right });

describe('status given by the section heading the actions sit under', () => {
  it('reads filled, merged headings under a key line as each action\'s status and RAG, not as themes or key rows', () => {
    const values: CellValue[][] = [
      ['Ashcombe NHS Trust – WDES action plan 2022/23: year-end review'],
      ['Blue – completed; amber – in progress and carried forward to 2023/24; red – not started.'],
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Original timescale', 'Year-end comment'],
      ['Completed (3 actions)'],
      ['D1', 'Metric 1', 'Run a self-declaration campaign with the Disability Network.', 'Workforce Information Manager', 'Sept 2022', 'Declaration at 6.4%.'],
      ['D4', 'Metric 3', 'Separate ill-health capability from performance capability.', 'Employee Relations Lead', 'Q2 2022/23', 'Done in July.'],
      ['D6', 'Metric 8', 'Launch a Reasonable Adjustments Passport.', 'Head of Wellbeing', 'Oct 2022', 'Launched 3 October.'],
      ['In progress – carried forward to 2023/24 (2 actions)'],
      ['D2', 'Metric 2', 'Reach Disability Confident Leader (Level 3) status.', 'Head of Recruitment', 'Dec 2022', 'Validation booked for May.'],
      ['D5', 'Metric 5', 'Offer mentoring to disabled staff applying for promotion.', 'Head of Leadership', 'Mar 2023', 'Seven pairs matched.'],
      ['Not started (1 action)'],
      ['D3', 'Metric 6', 'Review the sickness absence policy for disability-related absence.', 'Head of HR Policy', 'Nov 2022', 'Held back for the national review.'],
    ];
    const report = read(values, {
      fills: fillsAt(values.length, { '3,0': BLUE, '7,0': AMBER, '10,0': RED }),
      merges: [across(0, 5), across(1, 5), across(3, 5), across(7, 5), across(10, 5)],
    });
    expect(report.actions.map((a) => [a.row, a.status, a.statusRag, a.theme])).toEqual([
      [5, 'Completed', 'blue', null],
      [6, 'Completed', 'blue', null],
      [7, 'Completed', 'blue', null],
      [9, 'In progress', 'amber', null],
      [10, 'In progress', 'amber', null],
      [12, 'Not started', 'red', null],
    ]);
    // Where each status came from, in words, and the cell of the heading.
    expect(report.actions[3].sources.status).toEqual({ kind: 'section', cell: 'A8', why: "Status: from the section heading 'In progress – carried forward to 2023/24 (2 actions)' on row 8" });
    const evidence = report.columnEvidence.find((e) => e.field === 'status');
    expect(evidence?.reason).toContain("'Completed (3 actions)' on row 4");
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('status');
    // The headings are no key rows: the key holds statuses, not 'Completed (3 actions)', and no status is out of it.
    expect(report.ragKey.entries.map((e) => e.label).join(' | ')).not.toMatch(/actions?\)/);
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
    // Completed actions are not overdue, whatever their timescale.
    expect(report.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([9, 10, 12]);
  });

  it('reads unfilled headings alone in the action column by their words, and a subject heading ends the status above it', () => {
    const report = read([
      ['WRES action plan 2022/23 – position at year end'],
      ['Action', 'Indicator', 'Owner', 'By when', 'Update'],
      ['Complete'],
      ['Publish the WRES data with the board report.', '1', 'EDI Lead', 'Sep 2022', 'Published.'],
      ['Ongoing'],
      ['Run reverse mentoring for the executive team.', '9', 'Chief People Officer', 'Mar 2024', 'Second cohort started.'],
      ['Not yet started'],
      ['Audit shortlisting for Band 7 and above.', '2', 'Head of Resourcing', 'Jun 2023', 'Planned for Q1.'],
      ['Recruitment'],
      ['Add a diverse panel member to every Band 8a+ interview.', '2', 'Head of Resourcing', 'Dec 2023', 'Scoping.'],
    ]);
    expect(report.actions.map((a) => [a.row, a.status, a.statusRag, a.theme])).toEqual([
      [4, 'Complete', 'green', null],
      [6, 'Ongoing', 'amber', null],
      [8, 'Not yet started', 'red', null],
      [10, '', null, 'Recruitment'],
    ]);
    expect(report.actions[0].sources.status?.why).toBe("Status: from the section heading 'Complete' on row 3");
  });

  it('leaves a plan with a status column of its own as it reads it: an empty status cell stays empty', () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Status'],
      ['Completed (2 actions)'],
      ['Publish the WRES data with the board report.', 'EDI Lead', 'Sep 2022', 'Complete'],
      ['Run reverse mentoring for the executive team.', 'Chief People Officer', 'Mar 2024', ''],
      ['Not started (1 action)'],
      ['Audit shortlisting for Band 7 and above.', 'Head of Resourcing', 'Jun 2023', 'On track'],
    ];
    const report = read(values, { fills: fillsAt(values.length, { '1,0': BLUE, '4,0': RED }) });
    expect(report.actions.map((a) => [a.row, a.status, a.sources.status?.kind])).toEqual([
      [3, 'Complete', 'column'],
      [4, '', 'column'],
      [6, 'On track', 'column'],
    ]);
  });
});

describe('readStatusCaption', () => {
  it.each([
    ['Completed (5 actions)', 'Completed'],
    ['In progress – carried forward to 2023/24 (4 actions)', 'In progress'],
    ['Not started (2 actions)', 'Not started'],
    ['Part A – Closed actions', 'Closed'],
    ['Actions carried forward from 2021/22', null],
    ['Part B – Continuing actions carried forward from 2024/25', null],
  ])('%s → status %s', (heading, status) => {
    expect(readStatusCaption(heading)).toEqual({ status });
  });

  it.each(['Recruitment', 'Completed staff survey actions', 'Year 1', '12'])('%s names a subject, no status', (heading) => {
    expect(readStatusCaption(heading)).toBeNull();
  });
});
