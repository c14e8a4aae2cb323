import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, MergeArea } from '../../../shared/types';

/**
 * A record of several physical rows: a plan printed as a form of rows writes every action over two (or three) rows,
 * under a header of as many rows whose lower rows name the fields written on each record's lower rows; cells merged
 * over exactly each record's rows (ref, RAG, update) tie its rows together. One action per record, at its first row,
 * each field read from the row its header row names: the due is the lower line's completion date, not the upper
 * line's start. A ref merged over two actions of their own under a one-row header stays two actions.
 */
const AS_AT = new Date(Date.UTC(2021, 5, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const down = (top: number, c: number, bottom: number): MergeArea => ({ top, left: c, bottom, right: c });
/** Cells merged down over rows top…top+size-1 in each given column. */
const tied = (tops: number[], columns: number[], size = 2) => tops.flatMap((t) => columns.map((c) => down(t, c, t + size - 1)));
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('every action over two rows under a two-row header', () => {
  const values: CellValue[][] = [
    ['Bramcote Community NHS Trust – WRES action plan 2020/21'],
    ['No.', 'What we will do', 'Responsible officer', 'Begins', 'Status', 'Latest update'],
    [null, 'How we will know it worked', 'Working with', 'Deadline', null, null],
    ['1', 'Audit shortlisting outcomes by ethnicity in every directorate.', 'Head of Resourcing', 'April 2020', 'Green', 'Audit under way.'],
    [null, 'Relative likelihood of appointment below 1.25.', 'BME Network chair', 'December 2020', null, null],
    ['2', 'Offer career coaching to every BME nurse at Band 5 and 6.', 'Deputy Chief Nurse', 'June 2020', 'Amber', 'Coaches recruited.'],
    [null, 'Forty coaching pairs in place.', 'Practice educators', 'March 2021', null, null],
    ['3', 'Review every disciplinary case before a formal investigation starts.', 'Head of Employee Relations', 'May 2020', 'Green', 'Panel meets weekly.'],
    [null, 'Fewer BME staff in formal processes.', 'HR business partners', 'September 2020', null, null],
  ];
  const merges = [...tied([1], [0, 4, 5]), ...tied([3, 5, 7], [0, 4, 5])];

  it('reads one action per pair, at its upper row, with the lower line\'s deadline as its due', () => {
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.row)).toEqual([4, 6, 8]);
    expect(report.actions.map((a) => a.action)).toEqual([values[3][1], values[5][1], values[7][1]]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['December 2020', 'March 2021', 'September 2020']);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Deputy Chief Nurse', 'Head of Employee Relations']);
    expect(report.actions.map((a) => a.progress)).toEqual(['Audit under way.', 'Coaches recruited.', 'Panel meets weekly.']);
  });

  it('tells the user why each lower row is no action, naming the merge and where the due came from', () => {
    const messages = setAside(read(values, { merges }));
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^Row 5: .* it is line 2 of the action on row 4: the plan writes each action over two rows under a header of two rows \(2–3\), and A4:A5 is merged over them/);
    expect(messages[0]).toContain(`Timescale from D5 under 'Deadline'`);
  });

  it('reads the plan as rows of their own without the merges that tie each pair', () => {
    const report = read(values, { merges: tied([1], [0, 4, 5]) });
    expect(report.actions.length).toBeGreaterThan(3);
  });
});

describe('every action over three rows under a three-row header', () => {
  const values: CellValue[][] = [
    ['Ref', 'Action', 'Action lead', 'Start date', 'RAG'],
    [null, 'Measure of success', 'Supported by', 'Target completion date', null],
    [null, 'Progress this quarter', 'Executive sponsor', 'Review date', null],
    ['W1', 'Publish the ethnicity pay gap with the gender pay gap.', 'Head of Reward', '01/04/2020', 'Complete'],
    [null, 'Pay gap report published on the website.', 'Workforce Information', '31/10/2020', null],
    [null, 'Published in October.', 'Director of People', '01/12/2020', null],
    ['W2', 'Train every recruiting manager in inclusive recruitment.', 'Head of Resourcing', '01/06/2020', 'On track'],
    [null, 'Ninety per cent of recruiting managers trained.', 'Learning and Development', '31/03/2021', null],
    [null, 'Sixty per cent trained so far.', 'Chief Operating Officer', '01/03/2021', null],
  ];
  const merges = tied([0, 3, 6], [0, 4], 3);

  it('reads one action per block of three rows, each field from the row its header row names', () => {
    const report = read(values, { merges });
    expect(report.actions.map((a) => a.row)).toEqual([4, 7]);
    expect(report.actions.map((a) => a.action)).toEqual([values[3][1], values[6][1]]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Reward', 'Head of Resourcing']);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['31/10/2020', '31/03/2021']);
    expect(report.actions.map((a) => a.progress)).toEqual(['Published in October.', 'Sixty per cent trained so far.']);
    expect(setAside(read(values, { merges })).map((m) => m.slice(0, 7))).toEqual(['Row 5: ', 'Row 6: ', 'Row 8: ', 'Row 9: ']);
  });
});

describe('a ref merged over two actions of their own is no record of two rows', () => {
  it('reads both actions under a one-row header', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Target date', 'RAG'],
      ['1', 'Publish the ethnicity profile of every division.', 'Head of Workforce Information', 'Sep 2020', 'Green'],
      [null, 'Report the profile to the People Committee each quarter.', 'Director of People', 'Dec 2020', 'Amber'],
      ['2', 'Put an inclusion panel member on every Band 7+ panel.', 'Head of Recruitment', 'Mar 2021', 'Green'],
      [null, 'Train thirty new inclusion panel members.', 'Head of OD', 'Jan 2021', 'Red'],
    ], { merges: tied([1, 3], [0]) });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Sep 2020', 'Dec 2020', 'Mar 2021', 'Jan 2021']);
  });

  it('reads both actions under a header whose second row narrows a group label', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Timescale', null, 'RAG'],
      [null, null, null, 'Start', 'End', null],
      ['1', 'Publish the ethnicity profile of every division.', 'Head of Workforce Information', 'Apr 2020', 'Sep 2020', 'Green'],
      [null, 'Report the profile to the People Committee each quarter.', 'Director of People', 'Jul 2020', 'Dec 2020', 'Amber'],
      ['2', 'Put an inclusion panel member on every Band 7+ panel.', 'Head of Recruitment', 'Jun 2020', 'Mar 2021', 'Green'],
      [null, 'Train thirty new inclusion panel members.', 'Head of OD', 'Sep 2020', 'Jan 2021', 'Red'],
    ], { merges: [...tied([0], [0, 1, 2, 5]), { top: 0, left: 3, bottom: 0, right: 4 }, ...tied([2, 4], [0])] });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['Sep 2020', 'Dec 2020', 'Mar 2021', 'Jan 2021']);
  });
});

/**
 * A plan printed as records is printed over pages: blank rows space the header from the first record and the records
 * from one another, a section's heading or a page's title sits on a line of its own between records, and the header is
 * printed again (all its rows, merged as the header is) at the top of a page. None of these parts the records: each is
 * still one action with its lower line's fields, and the header printed again is no action.
 */
describe('records spaced, headed and run over pages', () => {
  const header: CellValue[][] = [
    ['Item', 'Planned action', 'Responsible manager', 'From', 'RAG rating', 'Position at Q3'],
    [null, 'Intended outcome', 'Partner', 'Completion date', null, null],
  ];
  const record = (n: number, action: string, lead: string, from: string, rag: string, position: string, outcome: string, partner: string, due: string): CellValue[][] => [
    [String(n), action, lead, from, rag, position],
    [null, outcome, partner, due, null, null],
  ];
  const first = record(1, 'Run listening events with disabled staff at every site.', 'Head of Engagement', 'May 2021', 'Green', 'Four of six held.', 'Themes reported to the Board.', 'Disability Network', 'November 2021');
  const second = record(2, 'Make reasonable adjustments passports available to all staff.', 'Head of Occupational Health', 'June 2021', 'Amber', 'Draft passport agreed.', 'Passport on the intranet.', 'Staff side', 'January 2022');
  const third = record(3, 'Add disability questions to exit interviews.', 'HR Operations Manager', 'July 2021', 'Green', 'Questions added.', 'Quarterly exit report by disability.', 'Workforce Information', 'March 2022');
  /** Each two-row block at the given rows tied by its item and its update merged over both rows. */
  const ties = (tops: number[]) => tops.flatMap((t) => [down(t, 0, t + 1), down(t, 5, t + 1)]);

  it('reads records spaced by blank rows, the first one under a blank row too', () => {
    const values = [['Marlow Vale NHS Trust – WDES action plan 2021/22'], ...header, [], ...first, [], ...second, [], ...third];
    const report = read(values, { merges: [...ties([1]), ...ties([4, 7, 10])] });
    expect(report.actions.map((a) => a.row)).toEqual([5, 8, 11]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['November 2021', 'January 2022', 'March 2022']);
    expect(report.actions.map((a) => a.outcome)).toEqual(['Themes reported to the Board.', 'Passport on the intranet.', 'Quarterly exit report by disability.']);
  });

  it('reads on under a section heading and under the header printed again on the next page', () => {
    const values = [
      ['Marlow Vale NHS Trust – WDES action plan 2021/22'], ...header, ['Theme 1 – Listening to disabled staff'], ...first, ...second,
      ['WDES action plan 2021/22 (continued)'], ...header, ['Theme 2 – Leaving the Trust'], ...third,
    ];
    const report = read(values, { merges: [...ties([1]), ...ties([4, 6]), ...ties([9]), ...ties([12])] });
    expect(report.actions.map((a) => a.row)).toEqual([5, 7, 13]);
    expect(report.actions.map((a) => a.action)).toEqual([first[0][1], second[0][1], third[0][1]]);
    expect(report.actions.map((a) => a.due?.text)).toEqual(['November 2021', 'January 2022', 'March 2022']);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Engagement', 'Head of Occupational Health', 'HR Operations Manager']);
    expect(report.headerRows).toEqual([2, 3, 10, 11]);
    expect(setAside(report).filter((m) => /line 2 of the action/.test(m)).map((m) => m.slice(0, 7))).toEqual(['Row 6: ', 'Row 8: ', 'Row 14:']);
  });
});
