import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A checklist's column of the day each box was ticked ('Date ticked', 'Date done', 'Signed off on': holdout27
 * kestrelvale) is when the action was finished, not its due: the plan's 'When' column stays the timescale, written as
 * people say it ('by end of Oct', 'Q4', 'before the move (Feb?)').
 */
const AS_AT = new Date(Date.UTC(2022, 11, 1));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });

describe('a checklist with a date ticked beside its timescale', () => {
  it("'When' | 'Date ticked'", () => {
    const report = read([
      ['NHS Kestwick ICB – our WDES checklist 2022/23'],
      ['Done?', 'What we will do', 'WDES metric', 'Who', 'When', 'Date ticked', 'Notes'],
      ['☑', 'Write our own reasonable adjustments guidance.', '7', 'People team', 'by end of Oct', '27/10/22', 'Signed off.'],
      ['☐', 'Add Disability Confident leader status to the workforce plan.', '2', 'People team', 'Q4', null, null],
      ['☐', 'Check the new office against the access audit.', '7', 'Estates', 'before the move (Feb?)', null, 'Audit booked.'],
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['by end of Oct', 'Q4', 'before the move (Feb?)']);
    expect(report.actions.map((a) => a.completed)).toEqual(['27/10/22', '', '']);
  });

  it("'Deadline' | 'Date done'", () => {
    const report = read([
      ['Ashby Hospice – WRES to-do list 2022/23'],
      ['Task', 'Owner', 'Deadline', 'Date done'],
      ['Publish the WRES figures on the website.', 'HR Manager', 'Sept 2022', '14/09/22'],
      ['Agree a diverse panel rota for band 7 posts.', 'Recruitment Lead', 'Jan 2023', null],
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Sept 2022', 'Jan 2023']);
  });
});

describe('negative', () => {
  it("a plan whose only date column is 'Date' keeps it as the timescale", () => {
    const report = read([
      ['Ashby Hospice – WRES to-do list 2022/23'],
      ['Task', 'Owner', 'Date'],
      ['Publish the WRES figures on the website.', 'HR Manager', '30/09/22'],
      ['Agree a diverse panel rota for band 7 posts.', 'Recruitment Lead', '31/01/23'],
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['30/09/22', '31/01/23']);
  });
});
