import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan with one column headed for who AND when ('Who / when', 'Lead and timescale') and no timescale column of its
 * own: each cell holds the lead and the due typed together ('KM – end Q2', 'Recruitment team, Sept 18', 'Heads of
 * Service / by March', a name and a quarter on two lines), sometimes only one of them. The lead is the name, the due
 * the timing. Before, the whole cell was the lead and the action had no due (holdout41 tamsworth).
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.lead, a.due.text]);

describe("lead and due typed in one 'Who / when' cell", () => {
  const plan: CellValue[][] = [
    ['WRES 2018 – action plan'],
    [],
    ['No', 'Indicator', 'What are we going to do?', 'Who / when', 'Done?'],
    [1, '1', 'Publish the workforce profile by band to every division', 'KM – end Q2', 'Y'],
    [2, '2', 'Put a BME panel member on every Band 7+ interview panel', 'Recruitment team, Sept 18', 'Y'],
    [3, '5, 6', 'Run a bullying and harassment listening event in each service', 'Heads of Service / by March', 'part'],
    [4, '7', 'Open the leadership programme to Band 5 and 6 staff', 'KM\nQ3', 'N'],
    [5, '4', 'Review access to non-mandatory training', 'Sept 18', 'Y'],
    [6, '9', 'Report the Board membership to the Council of Governors', 'Trust Sec', 'N'],
  ];

  it('splits each cell into who and when, in whichever way it is typed', () => {
    expect(seen(plan)).toEqual([
      [4, 'KM', 'end Q2'],
      [5, 'Recruitment team', 'Sept 18'],
      [6, 'Heads of Service', 'by March'],
      [7, 'KM', 'Q3'],
      [8, '', 'Sept 18'],
      [9, 'Trust Sec', ''],
    ]);
  });

  it('says where each half came from', () => {
    const report = read(plan);
    expect(report.actions[0].sources.lead?.why).toBe("Lead: 'KM', the name in D4 beside its timescale 'end Q2'");
    expect(report.actions[0].sources.due).toEqual({ kind: 'column', cell: 'D4', why: "Timescale: 'end Q2', the timing in D4, whose header names who and when" });
    expect(report.actions[4].sources.lead?.why).toBe('Lead: none — D8 gives only a timescale');
  });

  it("reads a 'Lead and timescale' column laid out elsewhere, the date first in some cells", () => {
    expect(
      seen([
        ['Anytown NHS Trust', 'WDES action plan 2023/24'],
        ['Metric', 'Lead and timescale', 'Action', 'RAG'],
        ['Metric 1', 'Head of Workforce Information – March 2024', 'Run a campaign on recording disability on ESR', 'Green'],
        ['Metric 2', 'Q3 2023/24; Head of Resourcing', 'Guarantee an interview to disabled applicants who meet the criteria', 'Amber'],
        ['Metric 8', 'Director of People, December 2023', 'Launch a reasonable adjustments passport', 'Red'],
      ]),
    ).toEqual([
      [3, 'Head of Workforce Information', 'March 2024'],
      [4, 'Head of Resourcing', 'Q3 2023/24'],
      [5, 'Director of People', 'December 2023'],
    ]);
  });

  it('leaves a lead column alone when the plan has a timescale column of its own, or its header names only the lead', () => {
    expect(
      seen([
        ['Action', 'Who / when', 'Target date'],
        ['Publish the workforce profile', 'KM – end Q2', 'Sept 18'],
        ['Review the recruitment policy', 'Head of HR, Dec 18', 'Dec 18'],
      ]),
    ).toEqual([
      [2, 'KM – end Q2', 'Sept 18'],
      [3, 'Head of HR, Dec 18', 'Dec 18'],
    ]);
    expect(
      seen([
        ['Action', 'Lead'],
        ['Publish the workforce profile', 'Director of Workforce, Head of OD'],
        ['Review the recruitment policy', 'Head of HR – Sept 18'],
      ]).map((r) => r[1]),
    ).toEqual(['Director of Workforce, Head of OD', 'Head of HR – Sept 18']);
  });
});
