/**
 * A SECTION BAND STRAIGHT UNDER A HEADER WHOSE FIRST CELL IS EMPTY (' | What we will do | Who | When', the first column
 * holding the action numbers 1.1, 1.2 …): 'Area 1: Knowing our workforce', merged across the table, sits where a
 * header's second row would, under an empty header cell, and had been read as one — its actions had no theme, while the
 * same bands further down gave theirs (holdout40 ridings). A header's second-row labels each head one column; a label
 * merged across several of the header's columns is a band over the rows below. Labels under a merged group label ('RAG |
 * Narrative' under 'Progress') are the header's second row as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, MergeArea } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 2, 31));
const band = (row: number, right: number): MergeArea => ({ top: row, left: 0, bottom: row, right });

describe('a section band straight under a header with an empty first cell', () => {
  it("reads 'Area 1: …' under ' | What we will do | Who | When' as the first block's theme", () => {
    const values: CellValue[][] = [
      ['North Vale GP Collaborative – disability equality plan 2023/24'],
      [null, 'What we will do', 'Who', 'When'],
      ['Area 1: Knowing our workforce'],
      ['1.1', 'Ask every practice to collect disability information on its staff records.', 'Practice managers', 'By September 2023'],
      ['1.2', 'Repeat the collaborative staff survey, keeping the disability questions the same.', 'Workforce Lead', 'January 2024'],
      ['Area 2: Adjustments'],
      ['2.1', 'Agree a shared reasonable adjustments guide for all practices.', 'Clinical Director', 'Autumn 2023'],
    ];
    const report = checkPlan({ values, sheetName: 'Plan', merges: [band(2, 3), band(5, 3)] }, { asAt: AS_AT });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 7]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Area 1: Knowing our workforce', 'Area 1: Knowing our workforce', 'Area 2: Adjustments']);
  });

  it("reads 'Workstream A – Recruitment' under a header of five columns, the number column unheaded, as a theme", () => {
    const values: CellValue[][] = [
      ['Wessex Community Trust WRES plan 2024/25'],
      [null, 'Action', 'Lead', 'Target date', 'RAG'],
      ['Workstream A – Recruitment'],
      ['A1', 'Put a BME panel member on every Band 8a and above interview.', 'Head of Resourcing', 'June 2024', 'Green'],
      ['A2', 'Remove names from application forms before shortlisting.', 'Recruitment Manager', 'Sept 2024', 'Amber'],
      ['Workstream B – Culture'],
      ['B1', 'Launch a reverse mentoring scheme for the executive team.', 'Head of OD', 'Dec 2024', 'Green'],
    ];
    const report = checkPlan({ values, sheetName: 'WRES', merges: [band(2, 4), band(5, 4)] }, { asAt: AS_AT });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Workstream A – Recruitment', 'Workstream A – Recruitment', 'Workstream B – Culture']);
    expect(report.actions[0].lead).toBe('Head of Resourcing');
  });

  it("still reads 'RAG | Narrative' under a merged 'Progress' as the header's second row", () => {
    const values: CellValue[][] = [
      ['Wessex Community Trust WRES plan 2024/25'],
      ['Action', 'Lead', 'Target date', 'Progress', null],
      [null, null, null, 'RAG', 'Narrative'],
      ['Put a BME panel member on every Band 8a and above interview.', 'Head of Resourcing', 'June 2024', 'Green', 'Pool of twelve panel members trained.'],
      ['Remove names from application forms before shortlisting.', 'Recruitment Manager', 'Sept 2024', 'Amber', 'Waiting for the recruitment system upgrade.'],
    ];
    const report = checkPlan({ values, sheetName: 'WRES', merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] }, { asAt: AS_AT });
    expect(report.headerRows).toEqual([2, 3]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber']);
    expect(report.actions[1].progress).toBe('Waiting for the recruitment system upgrade.');
  });
});
