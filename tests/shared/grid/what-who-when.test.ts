import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plain-language plan heads its columns 'What | Who | When' (or labels a form's blocks so down a column): 'Who' and
 * 'When' were read as the lead and timescale, but 'What' named nothing, so every action came out with no text, or a
 * form gave "No action plan found". 'What' as the whole header names what is done; 'What the data tells us' beside an
 * 'Action' column names something else and stays as it was.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.action.slice(0, 16), a.lead, a.due.text]);

describe("'What' as a header", () => {
  it("reads 'What | Who | When | How we will know' as action, lead, timescale and outcome", () => {
    const report = read([
      ['What', 'Who', 'When', 'How we will know'],
      ['Review the shortlisting process', 'Head of Resourcing', 'Mar 2024', 'Ratio below 1.25'],
      ['Launch reverse mentoring', 'Director of People', 'Jun 2024', '20 pairs matched'],
    ]);
    expect(report.columns).toMatchObject({ action: 'A', lead: 'B', due: 'C', outcome: 'D' });
    expect(report.actions.map((a) => a.action)).toEqual(['Review the shortlisting process', 'Launch reverse mentoring']);
  });

  it("reads a form labelled 'What / Who / When' down a column, a block per action", () => {
    const block = (n: number, what: string, who: string, when: string): CellValue[][] => [[`Action ${n}`], ['What', what], ['Who', who], ['When', when], []];
    expect(seen([['WRES action plan 2023/24'], [], ...block(1, 'Review the shortlisting process', 'Head of Resourcing', 'March 2024'), ...block(2, 'Launch reverse mentoring', 'Director of People', 'June 2024')])).toEqual([
      [4, 'Review the short', 'Head of Resourcing', 'March 2024'],
      [9, 'Launch reverse m', 'Director of People', 'June 2024'],
    ]);
  });

  it("leaves 'What the data tells us' beside an 'Action' column as no action", () => {
    const report = read([
      ['What the data tells us', 'Action', 'Lead', 'By'],
      ['BME staff are less likely to be appointed from shortlisting', 'Review the shortlisting process', 'Head of Resourcing', 'Mar 2024'],
      ['Few BME staff at Band 8a and above', 'Launch reverse mentoring', 'Director of People', 'Jun 2024'],
    ]);
    expect(report.columns.action).toBe('B');
  });
});
