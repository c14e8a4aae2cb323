import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A header cell asking a question ('Done?', 'Funded?', 'On track?') is a label, though its words may be a status's: no
 * row writes its status as a question. Over answers to it ('Yes', 'Started', 'Not yet') it heads a column as a short
 * label over statuses does, so a header the reader knows for fewer than half its cells is still found by what its
 * columns hold (holdout36 wetherstone's 'Done?', its header reworded: '# | Which wards | What we’re doing | Owner | When |
 * Done? | Cost' had been taken for a row holding a status, and nothing was read).
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2025, 5, 30)) });

describe('a header cell asking a question', () => {
  it("finds '# | Which wards | What we’re doing | Owner | When | Done? | Cost'", () => {
    const report = read([
      ['Race equality plan 2024/25'],
      [],
      ['#', 'Which wards', 'What we’re doing', 'Owner', 'When', 'Done?', 'Cost'],
      ['Fair recruitment'],
      ['1', 'Ward 4 and Ward 7', 'Every interview panel for Band 7 and above includes a trained inclusion panel member', 'Head of Resourcing', 'Dec 2024', 'Yes', '£2,000'],
      ['2', 'All wards', 'Publish the WRES figures by division on the intranet', 'Workforce Analyst', 'Oct 2024', 'Started', 'Nil'],
      ['Being heard'],
      ['3', 'Theatres', 'Run reverse mentoring for the board with ethnic minority colleagues', 'Chief People Officer', 'Mar 2025', 'Started', '£8,500'],
      ['4', 'All wards', 'Agree one way for staff to report racist abuse from patients', 'Head of Security', 'Jun 2025', 'Not yet', 'Nil'],
    ]);
    expect(report.headerRows).toEqual([3]);
    expect(report.columns.action).toBe('C');
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [5, 'Head of Resourcing', 'Dec 2024', 'Fair recruitment'],
      [6, 'Workforce Analyst', 'Oct 2024', 'Fair recruitment'],
      [8, 'Chief People Officer', 'Mar 2025', 'Being heard'],
      [9, 'Head of Security', 'Jun 2025', 'Being heard'],
    ]);
  });

  it("finds 'Location | Our plan | Owner | Signed off? | Delivered? | When | Cost', a section under it", () => {
    const report = read([
      ['Disability plan'],
      ['Location', 'Our plan', 'Owner', 'Signed off?', 'Delivered?', 'When', 'Cost'],
      ['Recruitment'],
      ['Main site', 'We will guarantee an interview to disabled applicants who meet the essential criteria', 'Chief People Officer', 'Yes', 'Started', 'Mar 2025', '£1,000'],
      ['Community', 'We will set up a reasonable adjustments passport for every new starter', 'Head of OH', 'No', 'Not yet', 'Jun 2025', 'Nil'],
      ['Support at work'],
      ['All sites', 'We will run disability awareness sessions for every line manager', 'Head of L&D', 'Yes', 'Complete', 'Dec 2024', 'Nil'],
    ]);
    expect(report.headerRows).toEqual([2]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [4, 'Chief People Officer', 'Recruitment'],
      [5, 'Head of OH', 'Recruitment'],
      [7, 'Head of L&D', 'Support at work'],
    ]);
  });

  it('still reads a row whose cells hold a status word and short labels as a row, not a header', () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['Publish the WDES figures with a plain English summary', 'EDI Lead', 'Sep 2024', 'Complete'],
      ['Review every job advert template', 'Head of Resourcing', 'Dec 2024', 'In progress'],
    ]);
    expect(report.headerRows).toEqual([1]);
    expect(report.actions.map((a) => [a.row, a.statusRag])).toEqual([
      [2, 'green'],
      [3, 'amber'],
    ]);
  });
});
