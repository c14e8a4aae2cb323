import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * HOW FAR EACH ACTION HAS GOT, IN PER CENTS UNDER A HEADER WITH NO PER CENT SIGN: 'Completion', 'Progress', 'Complete'
 * over '50%', '100%' (typed, or 0.5 shown as per cent). The header's words alone would make 'Completion' the timescale
 * ('Completion' for 'completion date') or 'Progress' the update, so the per cents were read as due dates or lost. Its
 * cells showing the sign say what it is: a percentage complete, read as one headed '% complete' is (percent-complete.test.ts).
 * Without the sign in its cells (dates, words, bare numbers that could be ratings) the column is read by its header as before.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const seen = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text, a.status]);
const reasonOf = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason;
const unmapped = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);

describe("a 'Completion' or 'Progress' column of per cents", () => {
  it("reads 'Completion' over typed per cents as how far, and the milestone dates beside it as the timescale", () => {
    const report = read([
      ['WRES action plan 2024/25'],
      [],
      ['Activity', 'Accountable', 'Milestone', 'Completion', 'Comments'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'Head of Resourcing', 'Mar 2025', '50%', ''],
      ['Launch reverse mentoring for the executive team', 'Chief People Officer', 'Sep 2024', '0%', ''],
      ['Deliver bullying and harassment training to all line managers', 'OD Lead', 'Dec 2024', '100%', 'All sessions run'],
    ]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C', status: 'D', progress: 'E' });
    expect(seen(report)).toEqual([[4, 'Mar 2025', '50%'], [5, 'Sep 2024', '0%'], [6, 'Dec 2024', '100%']]);
    expect(reasonOf(report, 'status')).toBe("Status: from 'Completion' (100% = complete, 0% = not started, between = in progress) — the plan has no status column, and its percentages (row 4: '50%') say how far each action is");
    expect(unmapped(report)).toEqual([]);
  });

  it("reads 'Progress' over numbers shown as per cents, beside a status column, as context", () => {
    const report = read(
      [
        ['What we will do', 'Who', 'When', 'RAG', 'Progress'],
        ['Publish the WDES data by directorate on the intranet', 'Workforce Information', 'Jun 2024', 'Green', 1],
        ['Guarantee an interview to disabled applicants who meet the criteria', 'Recruitment Lead', 'Sep 2024', 'Amber', 0.4],
        ['Set up a disabled staff network steering group', 'Network Chair', 'Dec 2024', 'Red', 0],
      ],
      { display: [[], [null, null, null, null, '100%'], [null, null, null, null, '40%'], [null, null, null, null, '0%']] },
    );
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C', status: 'D' });
    expect(report.columns.progress).toBeUndefined();
    expect(seen(report)).toEqual([[2, 'Jun 2024', 'Green'], [3, 'Sep 2024', 'Amber'], [4, 'Dec 2024', 'Red']]);
    expect(unmapped(report)).toEqual([
      "Column E header \"Progress\" is kept but not checked: it gives how far each action is as a percentage (row 2: '100%'); the status is read from column D ('RAG'), so the percentage is kept as context",
    ]);
  });
});

describe('columns so headed that show no per cent, read by their header as before', () => {
  it("keeps 'Completion' over dates as the timescale and 'Progress' over words as the update", () => {
    const report = read([
      ['Action', 'Lead', 'Completion', 'Progress'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'Head of Resourcing', 'Mar 2025', 'Panels now include an independent member'],
      ['Launch reverse mentoring for the executive team', 'Chief People Officer', 'Sep 2024', '50% of pairs matched'],
    ]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C', progress: 'D' });
    expect(report.columns.status).toBeUndefined();
    expect(seen(report)).toEqual([[2, 'Mar 2025', ''], [3, 'Sep 2024', '']]);
  });

  it("does not take bare numbers under 'Progress' (a score out of 5) for per cents", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Progress'],
      ['Review shortlisting to ensure diverse panels for band 7 and above', 'Head of Resourcing', 'Mar 2025', 3],
      ['Launch reverse mentoring for the executive team', 'Chief People Officer', 'Sep 2024', 1],
      ['Deliver bullying and harassment training to all line managers', 'OD Lead', 'Dec 2024', 5],
    ]);
    expect(report.columnEvidence.some((e) => /how far each action is/.test(e.reason))).toBe(false);
    expect(unmapped(report).join(' ')).not.toMatch(/percentage/);
  });
});
