/**
 * A KEY TO THE LEADS' INITIALS UNDER THE TABLE, the initials and the person in two cells (holdout86 brenchmoor): 'Leads:'
 * then 'JB' | 'Jo Bramwell, Workforce Information Lead' with the initials under the ID column and the person under the
 * action column. Five such rows were read as actions (ref 'JB', action 'Jo Bramwell, …'). A glossary's row was known
 * only where the meaning's words, up to a dash or bracket, spell the term ('HRBP' | 'HR business partner'); a key to
 * leads writes the person's name, then their post after a comma. The name spells the initials: a key's row, whatever
 * column it falls under. holdout85 havermoor and holdout49 tarnside write each entry in one cell ('DoP – Director of
 * People'), holdout14 barrowmead under its own 'Initials | Name | Role' header: read so already. Negative: an action
 * whose ref happens to be two capitals and whose text opens with a verb stays an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const why = (report: PlanReport, row: number) => report.issues.find((i) => i.rule === 'row-set-aside' && i.row === row)?.message ?? '';

const TRACKER: CellValue[][] = [
  ['Brenchford Community Health NHS Trust – WDES action tracker 2022/23'],
  ['ID', 'Action', 'Lead', 'Due', 'Status', 'Latest position'],
  ['M1.1', 'Refresh the ESR self-service page with plain-English wording.', 'JB', '31/07/2022', 'Complete', 'Live from July.'],
  ['M2.1', 'Include a network member on shortlisting panels for Band 7 and above.', 'RT', '31/12/2022', 'In progress', '22 of 35 panels.'],
  ['M9.1', 'Give the network chair two days a month protected time.', 'SC', '30/06/2022', 'Complete', 'Agreed in June.'],
];

describe("a key to the leads' initials under the table", () => {
  it("reads 'JB' | 'Jo Bramwell, Workforce Information Lead' under the ID and action columns as a key's rows, not actions", () => {
    const report = read([
      ...TRACKER,
      [],
      ['Leads:'],
      ['JB', 'Jo Bramwell, Workforce Information Lead'],
      ['RT', 'Raj Thakkar, Resourcing Manager'],
      ['SC', 'Simon Carraway, Director of People (executive sponsor)'],
    ]);
    expect(rows(report)).toEqual([3, 4, 5]);
    expect(why(report, 8)).toContain("'JB' and 'Jo Bramwell' are initials and the person they stand for ('Workforce Information Lead')");
  });

  it('reads the key with no caption, straight after a blank row, the same way', () => {
    const report = read([
      ...TRACKER,
      [],
      ['JB', 'Jo Bramwell, Workforce Information Lead'],
      ['RT', 'Raj Thakkar, Resourcing Manager'],
      ['SC', 'Simon Carraway, Director of People'],
    ]);
    expect(rows(report)).toEqual([3, 4, 5]);
  });

  it('keeps an action whose two-capital ref and verb-first text happen to fit the initials an action (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due'],
      ['PB', 'Publish Board, committee and workforce figures by ethnicity each year.', 'Company Secretary', 'Jun 2023'],
      ['RT', 'Review training, appraisal and promotion rates by ethnicity.', 'Head of OD', 'Mar 2023'],
    ]);
    expect(rows(report)).toEqual([2, 3]);
  });
});
