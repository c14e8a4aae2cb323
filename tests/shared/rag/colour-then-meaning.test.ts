import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { isCompleteStatus, statusToRag, DEFAULT_RAG_KEY } from '../../../shared/rag';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A status written 'Colour – meaning' in one cell ('Blue – complete', 'Green – on track', 'Amber – some delay': holdout21
 * kirkhallam, no key of its own): the colour word gives the RAG, the words after the dash the status. It is no unknown
 * status, and a bare colour word ('Blue') is none either, as 'Amber' never was.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values } as Grid, { asAt: AS_AT });
const ragsOf = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const unknownStatuses = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe("a status written 'Colour – meaning'", () => {
  it('takes the colour from the word and completion from the meaning, under the default key, with no unknown status', () => {
    const report = read([
      ['Ashbury Community NHS Trust – WDES action plan 2023/24'],
      ['Metric', 'What we will do', 'Who will lead', 'By when', 'Progress RAG'],
      ['Metric 2', 'Remove the driving licence requirement from posts that do not need it.', 'Head of Recruitment', 'Sep 2023', 'Blue – complete'],
      ['Metric 4a', 'Publish a zero tolerance statement on abuse from patients.', 'Director of Nursing', 'Mar 2024', 'Green – on track'],
      ['Metric 5', 'Offer coaching to disabled applicants for Band 7 roles.', 'Head of OD', 'Feb 2024', 'Amber – some delay'],
      ['Metric 9b', 'Set up a disabled staff network.', 'EDI Lead', 'Jan 2024', 'Red – off track'],
    ]);
    expect(ragsOf(report)).toEqual([['Blue – complete', 'blue'], ['Green – on track', 'green'], ['Amber – some delay', 'amber'], ['Red – off track', 'red']]);
    expect(report.actions.map((a) => isCompleteStatus(a.status, a.statusRag, report.ragKey))).toEqual([true, false, false, false]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('reads letters and hyphens the same way, in a status column further left', () => {
    const report = read([
      ['RAG', 'Ref', 'Action', 'Lead', 'Deadline'],
      ['G - on schedule', 'W1', 'Report BME shortlisting ratios to the People Committee each quarter.', 'Head of Workforce Information', 'Q4 23/24'],
      ['B - done', 'W2', 'Add a BME panel member to every Band 8a interview.', 'Head of Resourcing', 'Q2 23/24'],
      ['Amber—waiting for funding', 'W3', 'Commission a cultural ambassador programme.', 'Head of OD', 'Q3 23/24'],
    ]);
    expect(ragsOf(report)).toEqual([['G - on schedule', 'green'], ['B - done', 'blue'], ['Amber—waiting for funding', 'amber']]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('does not let a bare green mean complete, and accepts a bare colour word (Blue) as a status', () => {
    expect(statusToRag('Green – complete', null, DEFAULT_RAG_KEY)).toBe('green');
    expect(isCompleteStatus('Green', 'green', DEFAULT_RAG_KEY)).toBe(false);
    const report = read([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
      ['1', 'Publish the WRES data on the website.', 'EDI Lead', 'Sep 2023', 'Blue'],
      ['2', 'Run a reverse mentoring scheme.', 'Head of OD', 'Mar 2024', 'Orange'],
    ]);
    expect(ragsOf(report)).toEqual([['Blue', 'blue'], ['Orange', 'amber']]);
    expect(unknownStatuses(report)).toEqual([]);
  });

  it('negative: a sentence that opens with a colour word and has no dash, or a word before a dash that is no colour, is still unknown', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Deadline', 'Status'],
      ['1', 'Publish the WRES data on the website.', 'EDI Lead', 'Sep 2023', 'Greenwich team to confirm'],
      ['2', 'Run a reverse mentoring scheme.', 'Head of OD', 'Mar 2024', 'Waiting – see note'],
    ]);
    expect(ragsOf(report)).toEqual([['Greenwich team to confirm', null], ['Waiting – see note', null]]);
    expect(unknownStatuses(report)).toHaveLength(2);
  });
});
