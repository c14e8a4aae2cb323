/**
 * A line giving the DOCUMENT'S VERSION OR DRAFT STATE above a plan kept as a document ('Version 3 — draft for discussion',
 * 'Draft v2 – for the People Committee') is a record of the document, as its title is: never the theme of the actions
 * under it; nor is the title over its version history ('Document control'). A trust adds such a line over its plan (holdout57 wyvernvale under the layout property's intro rows, whose
 * actions each write their lead and target behind labels, took 'Version 3 — draft for discussion' as their theme). A
 * heading naming a subject over the same lines is still their theme.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Response' }, { asAt: AS_AT });

describe("a document's version or draft line above its actions", () => {
  it("gives no theme: 'Version 3 — draft for discussion' over responses writing their lead and target", () => {
    const r = read([
      ['Version 3 — draft for discussion'],
      ['Agreed with our staff networks and the People Committee.'],
      [],
      ['NHS Wyvern Vale Integrated Care Board'],
      ['Rec.', 'What the network asked for', 'Our response'],
      ['R1', 'Publish the ICB figures.', 'Accepted. We will publish our own WRES data each year.\nResponsible: Head of People Analytics. Target: September 2023.'],
      ['R2', 'Stop all-white panels.', 'Accepted. Every Band 8a panel will include an ethnic minority member.\nResponsible: Head of Recruitment. Target: October 2023.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead, a.due.text, a.theme])).toEqual([
      [6, 'Head of People Analytics', 'September 2023', null],
      [7, 'Head of Recruitment', 'October 2023', null],
    ]);
  });

  it("gives no theme: 'DRAFT v2 – for the People Committee' over lines naming their owner and date", () => {
    const r = read([
      ['DRAFT v2 – for the People Committee'],
      [],
      ['Offer every member of staff a conversation about their career goals - owner Head of OD - by March 2024'],
      ['Publish shortlisting ratios by ethnicity each quarter - owner Workforce Lead - by June 2024'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [3, 'Head of OD', null],
      [4, 'Workforce Lead', null],
    ]);
  });

  it("gives no theme: a version history's title ('Document control') over its table above the lines", () => {
    const r = read([
      ['Document control'],
      ['Version', 'Date', 'Author', 'Changes'],
      ['0.1', '10/01/2021', 'EDI Lead', 'First draft'],
      [],
      ['Offer every member of staff a conversation about their career goals - owner Head of OD - by March 2024'],
      ['Publish shortlisting ratios by ethnicity each quarter - owner Workforce Lead - by June 2024'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead, a.theme])).toEqual([
      [5, 'Head of OD', null],
      [6, 'Workforce Lead', null],
    ]);
  });

  it('NEGATIVE: a heading naming a subject over the same lines is their theme', () => {
    const r = read([
      ['Careers and progression'],
      [],
      ['Offer every member of staff a conversation about their career goals - owner Head of OD - by March 2024'],
      ['Publish shortlisting ratios by ethnicity each quarter - owner Workforce Lead - by June 2024'],
    ]);
    expect(r.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Careers and progression'],
      [4, 'Careers and progression'],
    ]);
  });
});
