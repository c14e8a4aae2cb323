import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A line right under a block's heading naming who leads the block behind a label ('Workstream lead: Head of Resourcing'
 * under 'Workstream 2 – Recruitment and selection'). It was read as a heading of its own, so it became every action's
 * theme in place of the workstream (holdout83 stavenridge). It is the heading's line: the heading stays the theme, and
 * the lead it names is the block's, for actions naming none, until the next heading.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.theme, a.lead]);

describe("a 'Workstream lead:' line under each heading", () => {
  const plan: CellValue[][] = [
    ['Workforce Race Equality Standard – Trust action plan 2025/26'],
    ['Ref', 'WRES', 'Action', 'Action lead', 'Deadline', 'Status'],
    ['Workstream 1 – Data and representation'],
    [null, null, 'Workstream lead: Head of Workforce Intelligence'],
    ['1.1', '1', 'Publish divisional ethnicity profiles by band every quarter.', 'Workforce Intelligence Manager', 'Jun 2025', 'Complete'],
    ['1.2', '1', 'Set a five-year aspiration for BME representation at 8a and above.', 'Divisional Directors', 'Nov 2025', 'On track'],
    ['Workstream 2 – Recruitment and selection'],
    [null, null, 'Workstream lead: Head of Resourcing'],
    ['2.1', '2', 'Require a trained inclusion panel member for Band 7 and above.', 'Head of Resourcing', 'Sep 2025', 'Complete'],
    ['2.2', '2', 'Anonymise applications at shortlisting for Bands 5 and 6.', 'Recruitment Systems Manager', 'Oct 2025', 'On track'],
  ];

  it('keeps the workstream as the theme, each action keeping its own lead', () => {
    expect(seen(plan)).toEqual([
      [5, 'Workstream 1 – Data and representation', 'Workforce Intelligence Manager'],
      [6, 'Workstream 1 – Data and representation', 'Divisional Directors'],
      [9, 'Workstream 2 – Recruitment and selection', 'Head of Resourcing'],
      [10, 'Workstream 2 – Recruitment and selection', 'Recruitment Systems Manager'],
    ]);
    expect(read(plan).issues.find((i) => i.rule === 'row-set-aside' && i.row === 4)?.message).toContain("it names who leads the block under 'Workstream 1 – Data and representation' (row 3), behind its label 'Workstream lead': the block's lead, not a heading of its own");
  });

  it("gives a 'Theme lead:' line's lead to the actions of a plan with no lead column, until the next heading", () => {
    expect(
      seen([
        ['WDES action plan 2023/24'],
        ['Metric', 'Action', 'By when'],
        ['Theme A: Getting in and getting on'],
        ['Theme lead: Director of People'],
        ['2', 'Guarantee an interview to disabled applicants who meet the criteria', 'Dec 2023'],
        ['3', 'Add an occupational health check before any formal capability stage', 'Mar 2024'],
        ['Theme B: Safe and heard'],
        ['4a', 'Add a disability tick box to the incident form', 'Jan 2024'],
      ]),
    ).toEqual([
      [5, 'Theme A: Getting in and getting on', 'Director of People'],
      [6, 'Theme A: Getting in and getting on', 'Director of People'],
      [8, 'Theme B: Safe and heard', ''],
    ]);
  });

  it("reads a 'Priority owner:' line under each priority the same way", () => {
    expect(
      seen([
        ['No.', 'What we will do', 'Lead', 'Due'],
        ['Priority 1 – Fair recruitment'],
        ['Priority owner: Chief People Officer'],
        ['1', 'Put a trained panel member on every Band 8a interview', 'Head of Resourcing', 'Sep 2022'],
        ['Priority 2 – Leadership'],
        ['Priority owner: Chair'],
        ['2', 'Use diverse search for the next two non-executive vacancies', 'Company Secretary', 'Mar 2023'],
      ]),
    ).toEqual([
      [4, 'Priority 1 – Fair recruitment', 'Head of Resourcing'],
      [7, 'Priority 2 – Leadership', 'Company Secretary'],
    ]);
  });
});
