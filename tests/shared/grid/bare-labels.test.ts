import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan typed as label | value pairs on every action's row, the labels with no colon — 'Action' | '…' | 'Owner' | 'Head
 * of Resourcing' | 'Due' | 'Sep 2023'. Each row names fields, so each was taken for a header and nothing was read. The
 * same label beside another value on the rows nearby says it labels its own value; a header names its columns once.
 */
const read = (values: CellValue[][], asAt = new Date(Date.UTC(2023, 9, 1))) => checkPlan({ values, sheetName: 'Plan' }, { asAt });
const fields = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.lead, a.due.text]);

describe('label | value pairs with no colon, on every action row', () => {
  it("reads 'Action' | … | 'Owner' | … | 'Due' | … rows under metric headings", () => {
    const report = read([
      ['WDES action plan 2023/24 – Fenbridge Community NHS Trust'],
      [],
      ['Metric 2 – shortlisting'],
      ['Action', 'Offer a guaranteed interview to disabled applicants who meet the essential criteria', 'Owner', 'Head of Resourcing', 'Due', 'Sep 2023'],
      ['Action', 'Audit shortlisting decisions for disabled applicants every quarter', 'Owner', 'Recruitment Manager', 'Due', 'Dec 2023'],
      ['Metric 4 – bullying and harassment'],
      ['Action', 'Add a disability module to the bullying and harassment training', 'Owner', 'Head of Learning', 'Due', 'Mar 2024'],
      ['Action', 'Set up a disability peer support network with protected time', 'Owner', 'EDI Lead', 'Due', 'Jan 2024'],
    ]);
    expect(report.headerRows).toEqual([]);
    expect(fields(report)).toEqual([
      [4, 'Head of Resourcing', 'Sep 2023'],
      [5, 'Recruitment Manager', 'Dec 2023'],
      [7, 'Head of Learning', 'Mar 2024'],
      [8, 'EDI Lead', 'Jan 2024'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['4'], ['4']]);
  });

  it("reads an action's text followed by 'Lead' | … | 'By when' | … | 'RAG' | … further right", () => {
    const report = read([
      ['Race equality actions 2022-23'],
      ['Give every BME band 5 and 6 nurse a career conversation with a senior nurse', null, 'Lead', 'Deputy Chief Nurse', 'By when', 'March 2023', 'RAG', 'Amber'],
      ['Publish shortlisting-to-appointment rates by ethnicity for every division', null, 'Lead', 'Head of Workforce Information', 'By when', 'December 2022', 'RAG', 'Green'],
      ['Have a second manager review each formal disciplinary case before it opens', null, 'Lead', 'Head of Employee Relations', 'By when', 'January 2023', 'RAG', 'Red'],
    ], new Date(Date.UTC(2022, 10, 1)));
    expect(fields(report)).toEqual([
      [2, 'Deputy Chief Nurse', 'March 2023'],
      [3, 'Head of Workforce Information', 'December 2022'],
      [4, 'Head of Employee Relations', 'January 2023'],
    ]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Amber', 'amber'], ['Green', 'green'], ['Red', 'red']]);
  });

  it('keeps a header printed again under each section a header: its labels head the same labels, not values', () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Indicator 2 – shortlisting'],
      ['Action', 'Owner', 'Due'],
      ['Audit shortlisting for every band 7 and above post', 'Head of Resourcing', 'Dec 2022'],
      ['Indicator 5 – abuse from patients'],
      ['Action', 'Owner', 'Due'],
      ['Launch a zero tolerance campaign on racist abuse from patients', 'Head of Security', 'Mar 2023'],
    ]);
    expect(report.headerRows).toEqual([3, 6]);
    expect(fields(report)).toEqual([
      [4, 'Head of Resourcing', 'Dec 2022'],
      [7, 'Head of Security', 'Mar 2023'],
    ]);
  });
});
