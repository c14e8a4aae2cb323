import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A header asking WHOM THE PLAN WORKS WITH ('Who we will work with', 'Who with?') names its partners — a network, a
 * union, a university — not who leads the action: its 'who' is no lead. The lead is the column that names one
 * ('Working group lead', 'Owner'); a plan with partners only has no lead column. 'Who' asking who does the action
 * ('Who', 'Who will do this?') is the lead as before.
 */
const AS_AT = new Date(Date.UTC(2019, 2, 31));
const read = (g: Grid) => checkPlan(g, { asAt: AS_AT });

/** WRES, partners before the lead, the lead's header diluted ('Working group lead'). */
function withPartnersFirst(): Grid {
  const values: CellValue[][] = [
    ['Ambridge Vale NHS Trust – WRES engagement plan 2018-19'],
    ['What we will do', 'Who we will work with', 'WRES indicator', 'When', 'Working group lead'],
    ['Hold a WRES conference every year, open to all staff, to agree priorities.', 'BME Network; Staff Side', 'All', 'May each year', 'Co-chair, WRES Working Group'],
    ['Ask leavers from a BME background why they left, in a short exit conversation.', 'BME Network', '7', 'Year 1', 'Head of Retention'],
    ['Review disciplinary cases with a BME colleague before a formal hearing.', 'Employee Relations; Staff Side', '3', 'Years 2–3', 'Head of Employee Relations'],
  ];
  return { values, sheetName: 'Plan' };
}

/** WDES, the partners' question after the owner, written 'Who with?'. */
function withPartnersLast(): Grid {
  const values: CellValue[][] = [
    ['Barsetshire Community NHS Trust WDES plan 2019/20'],
    ['Metric', 'Action', 'Owner', 'Deadline', 'Who with?'],
    ['2', 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'Head of Resourcing', 'Sep 2019', 'Disability Network'],
    ['4', 'Train line managers in responding to reports of harassment.', 'Head of OD', 'Dec 2019', 'Staff Side; Local university'],
    ['9', 'Set up a disability staff network with protected time for its chair.', 'Director of HR', 'Mar 2020', 'Disability Network'],
  ];
  return { values, sheetName: 'WDES' };
}

describe("a header asking whom the plan works with names partners, not the lead", () => {
  it('takes the lead from the column that names one, not the partners beside it', () => {
    const report = read(withPartnersFirst());
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Co-chair, WRES Working Group', 'Head of Retention', 'Head of Employee Relations']);
    expect(report.columns.lead).toBe('E');
    expect(report.columnEvidence.find((e) => e.field === 'lead')?.reason).toMatch(/Working group lead/);
  });

  it('reads the owner as the lead wherever the partners column stands', () => {
    const report = read(withPartnersLast());
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD', 'Director of HR']);
    expect(report.columns.lead).toBe('C');
  });

  it("keeps 'Who' asking who does the action a lead", () => {
    expect(scoreHeaderWords('Who we will work with')).toEqual([]);
    expect(scoreHeaderWords('Who with?')).toEqual([]);
    expect(scoreHeaderWords('Who')[0].field).toBe('lead');
    expect(scoreHeaderWords('Who will do this?')[0].field).toBe('lead');
    expect(scoreHeaderWords('Who is responsible?')[0].field).toBe('lead');
    const values: CellValue[][] = [
      ['Ambridge Vale NHS Trust – WRES plan'],
      ['Action', 'Who', 'When'],
      ['Audit shortlisting for every Band 7 post and above.', 'Head of Resourcing', 'Q2 2018/19'],
      ['Offer coaching to BME colleagues applying for senior posts.', 'Head of OD', 'Q4 2018/19'],
    ];
    expect(read({ values, sheetName: 'Plan' }).actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD']);
  });
});

/**
 * The question under a GROUP LABEL of a two-row header ('THE PLAN' merged over 'What we will do | Who we will work with',
 * 'ENGAGEMENT' over 'Who will we work with?'): a question naming no field is read with the label over it, and the label
 * opening the key left its 'who' a lead — the partners were read as every action's lead (holdout39 gorsebrook under the
 * layout property's group labels). The label names the group; the question still asks for partners.
 */
describe('a partners question under a group label', () => {
  it("reads the lead from 'Working group lead', not the partners under 'THE PLAN'", () => {
    const values: CellValue[][] = [
      ['Ambridge Vale NHS Trust – WRES engagement plan 2018-19'],
      ['THE PLAN', null, null, 'DELIVERY', null],
      ['What we will do', 'Who we will work with', 'WRES indicator', 'When', 'Working group lead'],
      ['Hold a WRES conference every year, open to all staff, to agree priorities.', 'BME Network; Staff Side', 'All', 'May each year', 'Co-chair, WRES Working Group'],
      ['Ask leavers from a BME background why they left, in a short exit conversation.', 'BME Network', '7', 'Year 1', 'Head of Retention'],
      ['Review disciplinary cases with a BME colleague before a formal hearing.', 'Employee Relations; Staff Side', '3', 'Years 2–3', 'Head of Employee Relations'],
    ];
    const merges = [{ top: 1, left: 0, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 1, right: 4 }];
    const report = read({ values, sheetName: 'Plan', merges });
    expect(report.headerRows).toEqual([2, 3]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Co-chair, WRES Working Group', 'Head of Retention', 'Head of Employee Relations']);
    expect(report.columns.lead).toBe('E');
  });

  it("reads the team lead as the lead with 'Who will we work with?' under 'ENGAGEMENT' first", () => {
    const values: CellValue[][] = [
      ['Barsetshire Community NHS Trust WDES plan 2019/20'],
      ['ENGAGEMENT', null, 'DELIVERY', null, null],
      ['Who will we work with?', 'Action', 'Metric', 'Named project team lead', 'Deadline'],
      ['Disability Network', 'Guarantee an interview to disabled applicants who meet the essential criteria.', '2', 'Head of Resourcing', 'Sep 2019'],
      ['Staff Side; Local university', 'Train line managers in responding to reports of harassment.', '4', 'Head of OD', 'Dec 2019'],
      ['Disability Network', 'Set up a disability staff network with protected time for its chair.', '9', 'Director of HR', 'Mar 2020'],
    ];
    const merges = [{ top: 1, left: 0, bottom: 1, right: 1 }, { top: 1, left: 2, bottom: 1, right: 4 }];
    const report = read({ values, sheetName: 'WDES', merges });
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD', 'Director of HR']);
    expect(report.columns.lead).toBe('D');
  });

  it("keeps 'Who is responsible' under a group label the lead", () => {
    expect(scoreHeaderWords('THE PLAN Who we will work with')).toEqual([]);
    expect(scoreHeaderWords('DELIVERY Who is responsible')[0].field).toBe('lead');
    const values: CellValue[][] = [
      ['Ambridge Vale NHS Trust – WRES plan'],
      ['THE PLAN', null, 'DELIVERY', null],
      ['Action', 'Indicator', 'Who is responsible', 'When'],
      ['Audit shortlisting for every Band 7 post and above.', '2', 'Head of Resourcing', 'Q2 2018/19'],
      ['Offer coaching to BME colleagues applying for senior posts.', '1', 'Head of OD', 'Q4 2018/19'],
    ];
    const merges = [{ top: 1, left: 0, bottom: 1, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }];
    expect(read({ values, sheetName: 'Plan', merges }).actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of OD']);
  });
});
