import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A small table typed ABOVE the plan whose rows hold no action's text — a version history or document control
 * ('Version | Date | Reviewed by | Comments' over '0.1 | 10/01/2021 | EDI Lead | First draft'), a sign-off box — names
 * a date, a person and a note as a plan's header does, and may score above the plan's own header where that names
 * what is done in words the reader weighs less ('Next steps for 2023/24 | Lead | By'). Its rows say nothing to be
 * done: it heads no plan. The plan is read from the header under it, with the columns that header gives, and each row
 * of the small table the reader had read as an action is named with why. (Found by the stray-rows property on
 * holdout26 dearnefield and kellingworth: a version row read as an action with no text and a date as its due.)
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const seen = (report: ReturnType<typeof read>) => report.actions.map((a) => ({ row: a.row, action: a.action.slice(0, 24), lead: a.lead, due: a.due.text }));
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => [i.row, i.message]);

describe('a small table above the plan whose rows hold no action', () => {
  it('reads a document-control table over an EDS plan of outcome sections as no plan: the sections under it are', () => {
    const report = read([
      ['Document control'],
      ['Date', 'Reviewed by', 'Comments'],
      ['10/01/2023', 'EDI Lead', 'First draft'],
      ['02/03/2023', 'Head of OD', 'Comments from staff networks added'],
      [],
      ['Equality Delivery System 2022 – Domain 2: Workforce health and well-being, 2023/24'],
      [],
      ['Outcome 2A: Staff are supported to manage obesity, diabetes, asthma, COPD and mental health conditions'],
      ['Next steps for 2023/24', 'Lead', 'By'],
      ['Offer health checks to every member of staff over 40 through the occupational health service.', 'Head of Wellbeing', 'Sep 2023'],
      ['Train fifty mental health first aiders drawn from every directorate.', 'OD Manager', 'Mar 2024'],
      [],
      ['Outcome 2B: Staff are free from abuse, harassment, bullying and physical violence'],
      ['Next steps for 2023/24', 'Lead', 'By'],
      ['Launch a zero-tolerance campaign against abuse of staff by patients and the public.', 'Director of Nursing', 'Dec 2023'],
    ]);
    expect(seen(report)).toEqual([
      { row: 10, action: 'Offer health checks to e', lead: 'Head of Wellbeing', due: 'Sep 2023' },
      { row: 11, action: 'Train fifty mental healt', lead: 'OD Manager', due: 'Mar 2024' },
      { row: 15, action: 'Launch a zero-tolerance ', lead: 'Director of Nursing', due: 'Dec 2023' },
    ]);
    // The plan's columns are its own header's, not the version history's ('Date' as the timescale, 'Comments' as progress).
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C' });
    expect(report.headerRows).toEqual([9, 14]);
    expect(setAside(report)).toEqual([
      [3, expect.stringContaining("it sits in a small table above the plan headed 'Date | Reviewed by | Comments' (row 2), whose rows say nothing to be done")],
      [4, expect.stringContaining('a version history, document control or sign-off, not the plan')],
    ]);
  });

  it('reads a sign-off box in columns B–D over a plan of three columns further down as no plan', () => {
    const report = read([
      [null, 'Race equality plan 2024/25 – Estates and Facilities'],
      [],
      [null, 'Signed off by', 'Date', 'Comments'],
      [null, 'People Committee', '14/03/2024', 'Approved subject to changes'],
      [],
      [],
      [null, 'Next steps', 'Lead', 'By'],
      [null, 'Publish the directorate’s ethnicity pay gap with its WRES figures.', 'Head of Estates', 'Q1'],
      [null, 'Set up reverse mentoring for every band 7 manager in the directorate.', 'Facilities Manager', 'Q3'],
    ]);
    expect(seen(report)).toEqual([
      { row: 8, action: 'Publish the directorate’', lead: 'Head of Estates', due: 'Q1' },
      { row: 9, action: 'Set up reverse mentoring', lead: 'Facilities Manager', due: 'Q3' },
    ]);
    expect(report.columns).toMatchObject({ action: 'B', lead: 'C', due: 'D' });
    // A header naming the plan's sign-off ('Signed off by') is never a header (find-header-rows.ts, as a version
    // history's is: commitments-header.test.ts): the box's row is among the plan's titles, never read as an action, so
    // nothing is set aside.
    expect(report.headerRows).toEqual([7]);
    expect(setAside(report)).toEqual([]);
  });
});

describe('a version history, above the plan or under it', () => {
  it('reads a version history under an EDS plan whose header it outscores as the history: its rows are no actions', () => {
    const report = read([
      ['Outcome 1A: Patients have required levels of access to the service'],
      ['Next steps for 2024/25', 'Lead', 'By'],
      ['Publish waiting times by ethnicity for every outpatient clinic.', 'Head of Performance', 'Jun 2024'],
      ['Offer interpreters at every first appointment booked through the contact centre.', 'Patient Experience Lead', 'Sep 2024'],
      [],
      ['Ratings'],
      ['There are four ratings: Excelling, Achieving, Developing and Undeveloped.'],
      [],
      ['Version', 'Date', 'Reviewed by', 'Comments'],
      [0.1, '04/04/2024', 'EDI Lead', 'First draft'],
      [1, '30/04/2024', 'Head of EDI', 'Agreed at the Board'],
    ]);
    expect(seen(report)).toEqual([
      { row: 3, action: 'Publish waiting times by', lead: 'Head of Performance', due: 'Jun 2024' },
      { row: 4, action: 'Offer interpreters at ev', lead: 'Patient Experience Lead', due: 'Sep 2024' },
    ]);
    expect(report.headerRows).toEqual([2]);
  });

  it('never reads a sheet of numbered pledges under the columns of the version history above them', () => {
    const report = read([
      ['Version', 'Date', 'Author', 'Changes'],
      [0.1, '12/01/2021', 'EDI Manager', 'First draft'],
      [1.5, '02/03/2021', 'EDI Lead', 'Q2 progress added'],
      [],
      ['Board pledges 2020/21'],
      ['1.', 'We will close the gaps in our understanding of the racism Black and Asian staff face at work.'],
      ['2.', 'We will make sure ethnic minority colleagues sit on every committee of the Board.'],
      ['3.', 'We will report our progress against these pledges to the Board in public.'],
    ]);
    // No header (neither the history's nor its last row, 'EDI Lead' | 'Q2 progress added'): the pledges are read as a
    // document or not at all, never under the history's columns.
    expect(report.headerRows).toEqual([]);
    expect(report.columns.lead).toBeUndefined();
    expect(report.actions.every((a) => a.lead === '' && a.due.text === '' && a.progress === '')).toBe(true);
  });

  it("keeps a plan's header typed right under the version history, no blank row between", () => {
    const report = read([
      ['Version', 'Date', 'Author', 'Changes'],
      ['1.5', '10/01/2024', 'EDI Lead', 'Q2 progress added'],
      ['Action', 'Lead', 'Timescale', 'Status'],
      ['Introduce diverse interview panels for every post at band 8a and above.', 'Head of Resourcing', 'Jun 2024', 'On track'],
      ['Audit disciplinary cases by ethnicity each quarter with the staff network.', 'Head of ER', 'Quarterly', 'Not started'],
    ]);
    expect(seen(report).map((a) => [a.row, a.lead, a.due])).toEqual([
      [4, 'Head of Resourcing', 'Jun 2024'],
      [5, 'Head of ER', 'Quarterly'],
    ]);
    expect(report.headerRows).toEqual([3]);
  });
});

describe('a table above the plan that still reads as before', () => {
  it('leaves a plan whose own header outscores the version history above it as it was, the history among its titles', () => {
    const report = read([
      ['Version', 'Date', 'Author', 'Changes'],
      [0.1, '15/02/2024', 'EDI Lead', 'First draft'],
      [],
      ['WRES action plan 2024/25'],
      ['Ref', 'Action', 'Indicator', 'Lead', 'Timescale', 'Status'],
      ['1.1', 'Introduce diverse interview panels for every post at band 8a and above.', '2', 'Head of Resourcing', 'Jun 2024', 'On track'],
      ['1.2', 'Audit disciplinary cases by ethnicity each quarter with the staff network.', '3', 'Head of ER', 'Quarterly', 'Not started'],
    ]);
    expect(seen(report).map((a) => a.row)).toEqual([6, 7]);
    expect(report.headerRows).toEqual([5]);
    expect(setAside(report)).toEqual([]);
  });

  it('keeps a later section of the plan whose actions are not yet written under its header', () => {
    const report = read([
      ['WDES action plan 2024/25'],
      ['Action', 'Lead', 'Deadline', 'Progress'],
      ['Run a reasonable adjustments passport campaign with the disability network.', 'Head of OD', 'Jul 2024', 'Started'],
      [],
      ['Metric 4 – harassment, bullying and abuse'],
      ['Action', 'Lead', 'Deadline', 'Progress'],
      [null, 'Head of ER', 'Oct 2024', 'To be agreed at the network meeting'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text])).toEqual([
      [3, 'Head of OD', 'Jul 2024'],
      [7, 'Head of ER', 'Oct 2024'],
    ]);
    expect(setAside(report)).toEqual([]);
  });

  it('reads a version history over a plan kept as a document as the document, as before', () => {
    const report = read([
      ['Version', 'Date', 'Reviewed by', 'Comments'],
      [0.3, '21/06/2022', 'Head of EDI', 'Board comments added'],
      [],
      ['WDES report 2022 – our actions'],
      ['Our actions for 2022/23'],
      ['• Launch a reasonable adjustments passport for every disabled member of staff.'],
      ['• Ask every disabled colleague leaving the Trust about their experience at exit interview.'],
      ['• Give the disability network a seat on the People Committee.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([6, 7, 8]);
    expect(report.actions.every((a) => a.due.text === '')).toBe(true);
  });

  // Found by the grid fuzz test (seed -778815755): a row merely holding some of a header's words under a full header
  // ('Timescale' and 'Lead' in other columns, a date between) outscored it, the full header became "a small table
  // above the plan", and the plan was read under that row with no action column: its actions were lost.
  it('keeps the full header as the plan when the header under it reads no action in words', () => {
    const report = read([
      ['Indicator', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'],
      ['WRES 1', null, 'Head of HR', 'Q3 2024/25', 'Not started', null],
      [null, null, 'Timescale', new Date(Date.UTC(2024, 11, 31)), null, 'Lead'],
      ['WRES 2', 'Review the shortlisting process with the BAME network.', 'Head of Resourcing', 'Mar 2025', 'In progress', ''],
    ]);
    expect(report.columns.action).toBe('B');
    expect(report.actions.map((a) => [a.row, a.action.slice(0, 24)])).toEqual([
      [2, ''],
      [4, 'Review the shortlisting '],
    ]);
    expect(setAside(report)).toEqual([]);
  });
});
