/**
 * A table whose header row names no field — generic names from a Power Query table over a headerless CSV ('Column1' …
 * 'Column8'), a return template's 'Col A' … 'Col H', or no header row at all (a personal running list) — whose contents
 * say plainly what each column holds (holdout75 quinthorpe, lathwaite, hesketon): the sentences are the actions, the roles
 * or names the lead, the dates or quarters the timescale (never a column of time stamps), the status words or fills the
 * status. Each field's evidence says why from the cells. A table that is no plan (figures, a version history, a sign-off
 * box, a key) is not read as one; a status divider with a remark ('DONE – kept here for the annual report') is no theme.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readStatusCaption } from '../../../shared/grid/read-status-caption';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 0, 15));
const read = (values: CellValue[][], fills?: (string | null)[][]): PlanReport => checkPlan({ values, sheetName: 'Sheet1', ...(fills ? { fills } : {}) }, { asAt: AS_AT });
const evidence = (r: PlanReport, field: string) => r.columnEvidence.find((e) => e.field === field)?.reason ?? '';
const d = (y: number, m: number, day: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, day, h, min));

describe('columns read from their contents when the header names nothing', () => {
  it("reads a Power Query table headed 'Column1' … 'Column7', its time stamps no timescale", () => {
    const r = read([
      ['Elmcastle Community NHS Trust – WDES action tracker 2019/20'],
      ['Column1', 'Column2', 'Column3', 'Column4', 'Column5', 'Column6', 'Column7'],
      ['ECT-01', 'Add a disability prompt to the appraisal form used by community nurses', 'WDES M1', 'Hartley, Joanne', d(2019, 10, 31), 'Closed', d(2019, 10, 2, 10, 41)],
      ['ECT-02', 'Run self-service drop-ins at every community base with the workforce team', 'WDES M1', 'Osei, Kwabena', d(2019, 12, 31), 'Overdue', d(2020, 1, 9, 16, 5)],
      ['ECT-03', 'Show shortlisting panels which applicants asked for a guaranteed interview', 'WDES M2', 'Whitlock, Fiona', d(2019, 11, 30), 'Open', d(2019, 11, 28, 9, 20)],
      ['ECT-04', 'Review two years of capability cases for a disability link', 'WDES M3', 'Brennan, Paul', d(2020, 3, 31), 'On hold', d(2019, 12, 1, 11, 52)],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(r.actions[1]).toMatchObject({ ref: 'ECT-02', lead: 'Osei, Kwabena', status: 'Overdue', indicators: ['1'] });
    expect(r.actions[1].due.text).toContain('2019');
    expect(r.actions[1].due.text).not.toContain('2020');
    expect(evidence(r, 'lead')).toBe("Lead: 4 of 4 cells name roles or people — column D read by its contents: its heading 'Column4' (row 2) names no field");
    expect(evidence(r, 'due')).toContain('not column G: its dates carry a time of day');
  });

  it("reads a return template headed 'Col A' … 'Col G': quarters, filled statuses, and HIA numbers that are no indicators", () => {
    const fill = [[], [], [null, null, null, null, null, '#C6EFCE'], [null, null, null, null, null, '#FFC7CE'], [null, null, null, null, null, '#C6EFCE'], []];
    const r = read(
      [
        ['Harlowmead University Hospitals – WDES action plan 2026/27'],
        ['Col A', 'Col B', 'Col C', 'Col D', 'Col E', 'Col F', 'Col G'],
        ['HUH-01', '1', 'Close the gap between disability declared in ESR and in the staff survey', 'Head of Workforce Information', 'Q2 26/27', 'On track', 'HIA 3'],
        ['HUH-02', '4a', 'Extend body-worn cameras to the emergency department and the wards', 'Head of Security', 'Q4 26/27', 'Off track', 'HIA 6'],
        ['HUH-03', '9a; 9b', 'Fund two paid co-chair sessions a month for the disability network', 'Chief People Officer', 'Q1 26/27', 'On track', 'HIA 4'],
        ['HUH-04', '10', 'Add lived experience of disability to the Board skills matrix', 'Company Secretary', 'Q3 26/27', 'Not started', 'HIA 1'],
      ],
      fill,
    );
    expect(r.actions.map((a) => [a.ref, a.lead, a.due.text, a.status])).toEqual([
      ['HUH-01', 'Head of Workforce Information', 'Q2 26/27', 'On track'],
      ['HUH-02', 'Head of Security', 'Q4 26/27', 'Off track'],
      ['HUH-03', 'Chief People Officer', 'Q1 26/27', 'On track'],
      ['HUH-04', 'Company Secretary', 'Q3 26/27', 'Not started'],
    ]);
    expect(r.actions.map((a) => a.indicators)).toEqual([['1'], ['4a'], ['9a', '9b'], ['10']]);
    expect(evidence(r, 'due')).toContain("its heading 'Col E' (row 2) names no field");
  });

  it('reads a running list with no header row, a status divider among its rows no theme', () => {
    const fill = (c: string) => [null, null, null, null, c];
    const r = read(
      [
        ['WDES actions 2024-25 – Ashcombe Health and Care NHS Trust'],
        [],
        ['1', 'Get the disability question added to the new starter checklist', 'Marcus Bell (Workforce Info)', d(2024, 9, 30), 'on track', 'Checklist with IT.'],
        ['2', 'Write to every hiring manager who turned down a guaranteed interview', 'Recruitment team', 'end Oct', 'slipping', 'Only 4 of 11 replied.'],
        ['4a, 4b', 'Add disability as a category on the violence and aggression form', 'Head of Risk', d(2024, 12, 31), 'stuck', ''],
        ['DONE – kept here for the annual report'],
        ['5', 'Open the mentoring scheme to disabled staff with a matching question', 'L&D team', d(2024, 5, 31), 'done', 'Launched in May.'],
      ],
      [[], [], fill('#92D050'), fill('#FFC000'), fill('#FF0000'), ['#D9D9D9'], fill('#9BC2E6')],
    );
    expect(r.actions.map((a) => a.row)).toEqual([3, 4, 5, 7]);
    expect(r.actions.map((a) => a.theme ?? null)).toEqual([null, null, null, null]);
    expect(r.actions[2]).toMatchObject({ lead: 'Head of Risk', status: 'stuck', statusRag: 'red', indicators: ['4a', '4b'] });
    expect(r.actions[1].due.text).toBe('end Oct');
    expect(r.headerRows).toEqual([]);
    expect(evidence(r, 'action')).toContain('the sheet has no header row');
  });

  it('NEGATIVE: a headerless version history, a figures table and a sign-off box are read as no plan', () => {
    expect(read([
      ['Document control'],
      ['0.1', d(2023, 1, 10), 'Grace Okafor', 'Drafted the plan from the 2022 WRES data'],
      ['0.2', d(2023, 2, 2), 'Head of EDI', 'Added the network chairs comments on indicator 5'],
      ['1.0', d(2023, 3, 15), 'People Committee', 'Approved the plan for publication on the website'],
    ]).actions).toEqual([]);
    expect(read([
      ['WRES data 2023'],
      ['Indicator 1', '12.4%', '13.1%', '+0.7'],
      ['Indicator 2', '1.42', '1.38', '-0.04'],
      ['Indicator 5', '28%', '26%', '-2'],
    ]).actions).toEqual([]);
    expect(read([
      ['Sign-off'],
      ['People Committee', d(2023, 5, 12), 'Approved'],
      ['Trust Board', d(2023, 5, 30), 'Approved'],
      ['Audit Committee', d(2023, 6, 14), 'Noted'],
    ]).actions).toEqual([]);
  });

  it('a status caption with a remark on why its block is kept names the status, never a subject', () => {
    expect(readStatusCaption('DONE – kept here for the annual report')).toEqual({ status: 'DONE' });
    expect(readStatusCaption('Closed – moved here at year end')).toEqual({ status: 'Closed' });
    expect(readStatusCaption('Completed – Recruitment')).toBeNull();
  });
});
