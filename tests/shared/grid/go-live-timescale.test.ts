import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column headed by when the change goes live ('Go-live', 'Go live date', 'Launch date', 'Implementation date') is the
 * timescale, its cells kept as written even when they are the plan's own calendar ('From Sept AACs', 'Aug 22
 * changeover', 'When MD post advertised'). Seen in holdout32 quarrywood (a medical workforce team's sheet).
 */
const AS_AT = new Date(Date.UTC(2022, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const dues = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.due.text]);
const dueColumn = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'due');

describe("a 'Go-live' column is the timescale", () => {
  it("'Go-live' written in the medical calendar, beside a contact and a committee column", () => {
    const report = read([
      ['Medical Workforce – race equality actions for doctors 2022/23'],
      ['Ref', 'Doctor group', 'WRES', 'Action', 'Clinical lead', 'Contact', 'Go-live', 'Status'],
      ['MW1', 'Consultants', 'WRES 2', 'Put a trained member from an ethnic minority on every consultant appointments panel.', 'Dr A. Mensah', 'MW Officer', 'From Sept AACs', 'Live'],
      ['MW2', 'Resident doctors', 'WRES 6', 'Add race-related incidents to the guardian of safe working reports.', 'Dr T. Bello', 'Rota Coordinator', 'Aug 22 changeover', 'Live'],
      ['MW3', 'SAS', 'WRES 7', 'Give every SAS doctor a career conversation with a route to specialist posts.', 'Dr F. Qureshi', 'MW Officer (SAS)', '31/03/2023', 'In design'],
      ['MW4', 'Consultants', 'WRES 9', 'Include a consultant from an ethnic minority on the next Medical Director panel.', 'Chief Executive', 'MW Manager', 'When MD post advertised', 'Not started'],
    ]);
    expect(dues(report)).toEqual([[3, 'From Sept AACs'], [4, 'Aug 22 changeover'], [5, '31/03/2023'], [6, 'When MD post advertised']]);
    expect(dueColumn(report)).toMatchObject({ column: 'G', header: 'Go-live' });
  });

  it("'Launch date' with dates, the action first, no other date column", () => {
    const report = read([
      ['What we will do', 'Owner', 'Launch date', 'Progress'],
      ['Launch a reverse mentoring scheme for the executive team.', 'Head of OD', 'Jan 2023', 'Mentors matched.'],
      ['Open a staff network for disabled colleagues.', 'EDI Lead', 'March 2023', 'Chair appointed.'],
    ]);
    expect(dues(report)).toEqual([[2, 'Jan 2023'], [3, 'March 2023']]);
    expect(dueColumn(report)?.header).toBe('Launch date');
  });

  it("a 'Go-live lead' names who leads, not when (negative)", () => {
    const report = read([
      ['Action', 'Go-live lead', 'Target date'],
      ['Launch a reverse mentoring scheme for the executive team.', 'Head of OD', 'Jan 2023'],
      ['Open a staff network for disabled colleagues.', 'EDI Lead', 'March 2023'],
    ]);
    expect(report.actions.map((a) => [a.lead, a.due.text])).toEqual([['Head of OD', 'Jan 2023'], ['EDI Lead', 'March 2023']]);
  });
});
