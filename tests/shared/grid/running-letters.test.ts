import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan lettering its actions A, B, C… under a header the reader has no word for ('Item', 'Action no.'), or none: the
 * letters are the rows' references, as 1, 2, 3 number them. 'A' and 'B' among them were taken for amber and blue, the
 * column read as the status (mallerstang once its 'Ref' was reworded 'Item'), so the first actions showed a colour the
 * plan never gave.
 */
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: new Date(Date.UTC(2017, 0, 1)) });
const seen = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);

describe('a column lettering its rows A, B, C…', () => {
  it('is no status under an unknown header, over title rows with a description row under each', () => {
    const report = read([
      ['NHS Mallerstang and Eden Valley Clinical Commissioning Group'],
      ['Workforce Race Equality Standard 2016/17 – our actions'], [],
      ['Item', 'Indicator', 'Actions', 'Lead', 'By when?', 'Progress'],
      ['A', '1', 'Improve data quality', 'HR Business Partner (CSU)', 'June 2016', 'Not stated fell from 14% to 4%.'],
      [null, null, 'We will ask every member of staff to check and complete their ethnicity record.'],
      ['B', '2', 'Fair recruitment', 'Head of Corporate Services', 'September 2016', 'Statement in all adverts.'],
      [null, null, 'We will include a statement welcoming BME applicants in every advert.'],
      ['C', '4', 'Access to development', 'Head of Corporate Services', 'March 2017', 'First report prepared.'],
      [null, null, 'We will record who applies for and receives funded development.'],
      ['D', '5', 'Listen to BME staff', 'Chief Finance Officer', 'November 2016', 'Session held in November.'],
      [null, null, 'We will hold a confidential session with BME staff.'],
    ]);
    expect(report.columns.status).toBeUndefined();
    expect(seen(report)).toEqual([['', null], ['', null], ['', null], ['', null]]);
  });

  it('is the ref under a blank header, beside a progress column and no status', () => {
    const report = read([
      ['WDES action plan 2022-23'],
      [null, 'Action', 'Owner', 'Deadline', 'Progress update'],
      ['A', 'Offer a guaranteed interview to disabled applicants', 'Head of Resourcing', 'Sep 2022', 'Interviews offered since June.'],
      ['B', 'Audit shortlisting decisions for disabled applicants', 'Recruitment Manager', 'Dec 2022', 'First audit done.'],
      ['C', 'Add a disability module to the bullying and harassment training', 'Head of Learning', 'Mar 2023', ''],
      ['D', 'Set up a disability peer support network', 'EDI Lead', 'Jan 2023', 'Chair appointed.'],
      ['E', 'Publish the reasonable adjustments passport', 'Head of Wellbeing', 'Feb 2023', ''],
    ]);
    expect(report.columns.status).toBeUndefined();
    expect(report.columns.ref).toBe('A');
    expect(seen(report)).toEqual([['', null], ['', null], ['', null], ['', null], ['', null]]);
  });

  it('leaves a column of R, A, G letters the status', () => {
    const report = read([
      ['WRES action plan 2022-23'],
      ['Item', 'Action', 'Lead', 'Due', 'Rating'],
      ['1', 'Publish shortlisting-to-appointment rates by ethnicity', 'Head of Workforce Information', 'Dec 2022', 'A'],
      ['2', 'Review every disciplinary case with a second manager', 'Head of Employee Relations', 'Jan 2023', 'G'],
      ['3', 'Reverse mentoring for the board', 'Director of People', 'Mar 2023', 'R'],
    ]);
    expect(seen(report).map(([, rag]) => rag)).toEqual(['amber', 'green', 'red']);
  });
});
