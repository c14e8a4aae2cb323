/**
 * A table with NO HEADER ROW whose columns a line above the rows names instead, in a sentence: 'columns are: metric /
 * what we will do / lead / by when / RAG (colour only, key at the bottom)' (holdout30 tidewell: a community trust's plan
 * typed by someone who uses Excel lightly). The line's names, in order, head the columns the rows under it fill, and each
 * column's evidence says the sheet has no header row and which line named them. A line that only mentions columns, or
 * names things that are no plan's fields, changes nothing; a sheet with a header row is read by it as before.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2022, 5, 30));
const read = (values: CellValue[][], fills?: (string | null)[][]): PlanReport => checkPlan({ values, sheetName: 'Sheet1', ...(fills ? { fills } : {}) }, { asAt: AS_AT });
const evidence = (r: PlanReport, field: string) => r.columnEvidence.find((e) => e.field === field)?.reason ?? '';

describe('columns named by a line in place of a header row', () => {
  it("reads 'columns are: metric / what we will do / lead / by when / RAG' over bordered rows, RAG a fill with no word", () => {
    const G = '#00B050';
    const A = '#FFC000';
    const r = read(
      [
        ['Brookmere Community NHS Trust – WDES 2022/23'],
        ['columns are: metric / what we will do / lead / by when / RAG (colour only, key at the bottom)'],
        ['metric 1', 'Raise disability declaration on ESR through team briefs', 'Workforce Info Manager', 'Oct 22', null],
        ['metric 4a/4b', 'Zero tolerance of abuse from patients in clinics', 'Head of Health and Safety', 'Nov 22', null],
        ['metric 9a', 'Publish "you said, we did" on the survey results', 'Head of Engagement', 'Feb 23', null],
      ],
      [[], [], [null, null, null, null, G], [null, null, null, null, A], []],
    );
    expect(r.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(r.actions[1]).toMatchObject({ action: 'Zero tolerance of abuse from patients in clinics', lead: 'Head of Health and Safety', indicators: ['4a', '4b'] });
    expect(r.actions[0].due.text).toBe('Oct 22');
    expect(r.actions.map((a) => a.statusRag ?? null)).toEqual(['green', 'amber', null]);
    expect(evidence(r, 'action')).toContain("the sheet has no header row: row 2's line 'columns are: metric / what we will do");
    expect(evidence(r, 'lead')).toContain("named by row 2's line, the sheet has no header row");
  });

  it('reads the line printed again at a page\'s top, under the title printed again, as the header printed again', () => {
    const line = 'Columns: indicator | action | owner | deadline';
    const r = read([
      ['Fenbridge Mental Health Trust – WRES 2021/22'],
      [line],
      ['Indicator 1', 'Report ethnicity by band to every division twice a year', 'Workforce Information Lead', 'Sep 21'],
      ['Indicator 2', 'Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Dec 21'],
      ['Fenbridge Mental Health Trust – WRES 2021/22 (continued)'],
      [line],
      ['Indicator 5', 'Publish a zero tolerance statement on abuse of staff by patients', 'Director of Nursing', 'Nov 21'],
      ['Indicator 7', 'Offer career conversations to BME band 5 and 6 staff', 'Head of OD', 'Mar 22'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([3, 4, 7, 8]);
    expect(r.actions.map((a) => a.theme ?? null)).toEqual([null, null, null, null]);
    expect(r.actions[2]).toMatchObject({ lead: 'Director of Nursing', indicators: ['5'] });
  });

  it("reads 'The columns are action, who, when and progress' starting in column B, a blank row under the line", () => {
    const r = read([
      ['', 'WRES action plan 2019/20'],
      ['', 'The columns are action, who, when and progress.'],
      [],
      ['', 'Reverse mentoring for every executive director', 'Chief People Officer', 'March 2020', 'Two pairs matched'],
      ['', 'Diverse interview panels for Band 8a and above', 'Head of Recruitment', 'Dec 2019', 'Not started'],
      ['', 'Listening events with BME staff on bullying', 'EDI Lead', 'Q3', ''],
    ]);
    expect(r.actions.map((a) => [a.row, a.action, a.lead, a.due.text])).toEqual([
      [4, 'Reverse mentoring for every executive director', 'Chief People Officer', 'March 2020'],
      [5, 'Diverse interview panels for Band 8a and above', 'Head of Recruitment', 'Dec 2019'],
      [6, 'Listening events with BME staff on bullying', 'EDI Lead', 'Q3'],
    ]);
    expect(r.actions[0].progress).toBe('Two pairs matched');
    expect(evidence(r, 'action')).toContain("row 2's line 'The columns are action, who, when and progress.'");
  });

  it('NEGATIVE: a line naming things that are no fields (themes) heads no plan: nothing is read as an action', () => {
    const r = read([
      ['WRES 2021/22'],
      ['Columns: recruitment / progression / wellbeing'],
      ['12%', '8%', '30%'],
      ['14%', '9%', '28%'],
    ]);
    expect(r.actions).toEqual([]);
  });

  it('NEGATIVE: a sheet with a header row is read by it, a line about columns above it changing nothing', () => {
    const values: CellValue[][] = [
      ['WRES action plan 2021/22'],
      ['Columns: ref / notes / comments'],
      ['Action', 'Lead', 'Timescale'],
      ['Publish the ethnicity pay gap', 'HR Director', 'March 2022'],
      ['Run listening events', 'EDI Lead', 'Q3'],
    ];
    const r = read(values);
    expect(r.actions.map((a) => [a.row, a.action, a.lead])).toEqual([
      [4, 'Publish the ethnicity pay gap', 'HR Director'],
      [5, 'Run listening events', 'EDI Lead'],
    ]);
    expect(evidence(r, 'action')).not.toContain('no header row');
  });
});
