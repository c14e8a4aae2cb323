import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column headed for who and when ('Lead and date', 'Owner & deadline') whose cells put a post before each date ('Head
 * of Resourcing – December 2020'). Its cells read as dates, so it was taken as the timescale alone: every action lost
 * its lead and kept the whole cell as its due (holdout83 tiddesley). Now the column is the lead column headed for both,
 * and each cell is split into who and when.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead, a.due.text]);

describe("a who-and-when column whose cells read as dates", () => {
  const narrow: CellValue[][] = [
    ['Tiddesley and Marsh Mental Health NHS Foundation Trust'],
    ['WRES 2020 – what we will do in 2020/21'],
    [],
    ['Indicator', 'Action', 'Lead and date'],
    ['Indicator 1 (bands)', 'Break down the band profile by directorate and show it to each senior team.', 'Workforce Information Lead – September 2020'],
    ['Indicator 2 (shortlisting)', 'Make trained recruiters available for every Band 7 community panel.', 'Head of Resourcing – December 2020'],
    ['Indicator 3 (disciplinary)', 'Keep the decision-maker panel for all formal cases.', 'Head of Employee Relations – Ongoing'],
    ['Indicator 9 (board)', 'Include a question on diverse shortlists in the brief for the search firm.', 'Trust Secretary – October 2020'],
  ];

  it('reads the post as the lead and the date as the due (a three-column grid)', () => {
    expect(seen(narrow)).toEqual([
      [5, 'Workforce Information Lead', 'September 2020'],
      [6, 'Head of Resourcing', 'December 2020'],
      [7, 'Head of Employee Relations', 'Ongoing'],
      [8, 'Trust Secretary', 'October 2020'],
    ]);
    const lead = read(narrow).columnEvidence.find((e) => e.field === 'lead');
    expect(lead?.column).toBe('C');
    expect(lead?.reason).toContain("its header names who and when, and 4 of 4 cells name someone beside the timing");
  });

  it("reads an 'Owner & deadline' column of posts and dates, the status beside it", () => {
    expect(
      seen([
        ['WDES action plan 2020/21'],
        ['Metric', 'What we will do', 'Owner & deadline', 'RAG'],
        ['Metric 1', 'Run a declaration campaign on the staff app', 'Head of Workforce Information – October 2020', 'Green'],
        ['Metric 2', 'Guarantee an interview to disabled applicants', 'Head of Resourcing – November 2020', 'Amber'],
        ['Metric 8', 'Launch a reasonable adjustments passport', 'Head of Occupational Health – March 2021', 'Red'],
      ]),
    ).toEqual([
      [3, 'Head of Workforce Information', 'October 2020'],
      [4, 'Head of Resourcing', 'November 2020'],
      [5, 'Head of Occupational Health', 'March 2021'],
    ]);
  });

  it("reads a 'Lead / timescale' column of posts and quarters", () => {
    expect(
      seen([
        ['Ref', 'Action', 'Lead / timescale'],
        ['R1', 'Publish the ethnicity profile by band each quarter', 'Director of Workforce – Q2 2020/21'],
        ['R2', 'Audit shortlisting outcomes by ethnicity', 'Recruitment Manager – Q3 2020/21'],
        ['R3', 'Report case outcomes by ethnicity to the People Committee', 'Head of HR – Q4 2020/21'],
      ]),
    ).toEqual([
      [2, 'Director of Workforce', 'Q2 2020/21'],
      [3, 'Recruitment Manager', 'Q3 2020/21'],
      [4, 'Head of HR', 'Q4 2020/21'],
    ]);
  });

  it('keeps a column headed for when alone, or of dates alone, as the timescale', () => {
    expect(
      seen([
        ['Indicator', 'Action', 'Target date'],
        ['1', 'Publish the band profile', 'Head of Workforce – Sept 2020'],
        ['2', 'Audit shortlisting', 'Head of Resourcing – Dec 2020'],
      ]).map((r) => r[1]),
    ).toEqual(['', '']);
    expect(
      seen([
        ['Indicator', 'Action', 'Lead and date'],
        ['1', 'Publish the band profile', 'Sept 2020'],
        ['2', 'Audit shortlisting', 'Dec 2020'],
        ['3', 'Review disciplinary cases', 'Mar 2021'],
      ]),
    ).toEqual([
      [2, '', 'Sept 2020'],
      [3, '', 'Dec 2020'],
      [4, '', 'Mar 2021'],
    ]);
  });
});
