/**
 * A header whose words the reader knows for only some of its columns ('When', 'By when', 'Who (Trust side)') and whose
 * other cells are short labels of the plan's own ('Anything to do?', 'What we agreed', 'Network view'), over rows that
 * write sentences: the contrast with the rows below shows it is the header (holdout32 hollinsbeck: 0 → 9 actions). A
 * bracket closing a header cell qualifies its name ('Who (Trust side)' is a lead column). A row answering the plan's
 * question with 'No – …' and naming no lead, timescale or status says nothing is to be done: set aside with why.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { saysNothingToDo } from '../../../shared/grid/find-rating-column';
import { scoreHeaderWords } from '../../../shared/grid/header-words';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2018, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a header known by some of its words, shown by the rows under it', () => {
  it("scores a name qualified by a closing bracket as the name ('Who (Trust side)', 'Lead (name and role)')", () => {
    expect(scoreHeaderWords('Who (Trust side)')[0]).toMatchObject({ field: 'lead', score: 0.9 });
    expect(scoreHeaderWords('Lead (name and role)')[0].field).toBe('lead');
    expect(scoreHeaderWords('By when (month)')[0].field).toBe('due');
  });

  it("reads a figures-and-questions grid ('Anything to do?' | 'When' | 'Done'), setting aside the 'No – …' answers", () => {
    const report = read([
      ['WRES 2017 – our figures and what we are doing about them'],
      ['Moorfield Rehabilitation NHS Trust'],
      ['Indicator', 'BME 2016', 'BME 2017', 'Anything to do?', 'When', 'Done'],
      ['1 – % BME staff in each band', '8.1%', '9.2%', 'Add ethnicity to the six-monthly workforce report to the Board', 'Sept', ''],
      ['2 – Appointment from shortlisting', '1.92', '1.64', 'Put a BME member of staff on every interview panel for Band 6 and above', 'May', '15/05/17'],
      ['3 – Entering the formal disciplinary process', '<10', '<10', 'No – numbers too small to compare. Keep an eye on it.', '', ''],
      ['7 – Equal opportunities for progression', '71%', '66%', 'Make sure every BME band 5 nurse is offered a career conversation this year', 'Dec', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 7]);
    expect(report.actions[1]).toMatchObject({ indicators: ['2'] });
    expect(report.actions[1].due.text).toBe('May');
    expect(setAside(report).join('\n')).toMatch(/Row 6: .*says nothing is to be done, and the row names no lead, timescale or status/);
  });

  it("reads 'What we agreed' | 'Who (directorate)' | 'Target date' | 'Network view', its lead from the qualified column", () => {
    const report = read([
      ['Race Equality Network – what the Trust agreed, 2019/20'],
      ['Ref', 'What we agreed', 'Who (directorate)', 'Target date', 'Network view'],
      ['1', 'Train a pool of BME panel members and use one on every 8a and above panel from October', 'Director of Workforce', 'Oct 2019', 'Done, partly'],
      ['2', 'Commission an independent review of three years of disciplinary cases by ethnicity', 'Employee Relations Lead', 'Dec 2019', 'Moving'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions[1]).toMatchObject({ lead: 'Employee Relations Lead' });
  });

  it("keeps 'No-cost …' wording, and a 'No – …' row that names its lead and timescale, as actions (negative)", () => {
    expect(saysNothingToDo('No – within range, no gap worth acting on this year.')).toBe(true);
    expect(saysNothingToDo('No-cost mentoring scheme run by the BME network')).toBe(false);
    expect(saysNothingToDo('Nominate a BME member for every interview panel')).toBe(false);
    const report = read([
      ['WRES action plan 2017/18'],
      ['Action', 'Lead', 'Due'],
      ['Offer no-cost mentoring run by the BME network to band 5 and 6 staff', 'BME Network Chair', 'Jan 2018'],
      ['No – we will not add a new panel rule; the existing one is being audited first', 'Head of Resourcing', 'Mar 2018'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});
