import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, MergeArea } from '../../../shared/types';

/**
 * An action written as a SHORT TITLE row and a DESCRIPTION row merged across under it (holdout67 mallerstang): the
 * description is the action's further text, read with its title, never a heading over the next action
 * (`grid/read-continuation.ts`, `readDescriptionRow`).
 */
const AS_AT = new Date(Date.UTC(2017, 2, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, sheetName: 'Plan', ...more }, { asAt: AS_AT });
const across = (r: number, left: number, right: number): MergeArea => ({ top: r, left, bottom: r, right });
const flat = (t: string) => t.replace(/\s+/g, ' ');

describe('a title row with its description merged across beneath it', () => {
  it('reads title and description as one action, its fields from the title row', () => {
    const values: CellValue[][] = [
      ['Ref', 'Indicator', 'Action', 'Responsible', 'Timescale', 'Progress'],
      ['A', '1', 'Improve data quality', 'HR Business Partner', 'June 2016', 'Not stated fell to 4%.'],
      [null, null, 'We will ask every member of staff to check their ethnicity record on ESR.', null, null, null],
      ['B', '2', 'Fair recruitment', 'Head of Corporate Services', 'September 2016', null],
      [null, null, 'We will train every panel chair in fair shortlisting and add a welcoming statement to adverts.', null, null, null],
    ];
    const report = read(values, { merges: [across(2, 2, 5), across(4, 2, 5)] });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions.map((a) => flat(a.action))).toEqual([`Improve data quality ${values[2][2]}`, `Fair recruitment ${values[4][2]}`]);
    expect(report.actions.map((a) => a.theme ?? '')).toEqual(['', '']);
    expect(report.actions.map((a) => a.lead)).toEqual(['HR Business Partner', 'Head of Corporate Services']);
    const why = report.issues.find((i) => i.rule === 'row-set-aside' && i.row === 5)?.message ?? '';
    expect(why).toContain("it describes row 4's action under its short title 'Fair recruitment', merged across the columns beside it");
  });

  it('reads the same with the description merged over the action, lead and date only, a status column beside', () => {
    const values: CellValue[][] = [
      ['No.', 'Commitment', 'Owner', 'By when', 'RAG'],
      ['1', 'Reverse mentoring', 'Director of Workforce', 'Mar 2021', 'Green'],
      [null, 'Every executive director will be paired with a member of the BME network for a year.', null, null, null],
      ['2', 'Listening events', 'Equality Manager', 'Dec 2020', 'Amber'],
      [null, 'We will hold a listening event on each site after the staff survey results are published.', null, null, null],
    ];
    const report = read(values, { merges: [across(2, 1, 3), across(4, 1, 3)] });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(flat(report.actions[1].action)).toBe(`Listening events ${values[4][1]}`);
    expect(report.actions.map((a) => a.status)).toEqual(['Green', 'Amber']);
  });
});

describe('lookalikes that stay headings', () => {
  it('keeps a heading merged across from the action column (no sentence) the theme of the actions under it', () => {
    const values: CellValue[][] = [
      ['Ref', 'Indicator', 'Action', 'Responsible', 'Timescale'],
      ['A', '1', 'Improve data quality', 'HR Business Partner', 'June 2016'],
      [null, null, 'Theme 2 – Fair recruitment and progression', null, null],
      ['B', '2', 'Train every panel chair in fair shortlisting', 'Head of Corporate Services', 'September 2016'],
    ];
    const report = read(values, { merges: [across(2, 2, 4)] });
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[0].action).toBe('Improve data quality');
    expect(report.actions[1].theme).toBe('Theme 2 – Fair recruitment and progression');
  });

  it('keeps a sentence merged across from the table\'s first column out of the action above', () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due'],
      ['Improve data quality', 'HR Business Partner', 'June 2016'],
      ['Approved by the Governing Body on 27 April 2016 after consultation with staff.', null, null],
    ];
    const report = read(values, { merges: [across(2, 0, 2)] });
    expect(report.actions.map((a) => a.action)).toEqual(['Improve data quality']);
  });
});
