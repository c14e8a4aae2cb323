import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A project board's export (Trello, and boards like it) names each work item a CARD: 'Card Name' / 'Card title' is the
 * action, 'Members' who does it, the 'List' the card sits in its status, 'Card Description' its notes. The board's
 * 'Last Activity Date' is its edit log, not when the card is due. A plan's own 'Card' column means something else.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => a.row);

describe('a project board export: one card per action', () => {
  it('reads a Trello export: card name, members, list and due date, not the last activity date', () => {
    const report = read([
      ['Card ID', 'Card Name', 'Card URL', 'Card Description', 'Labels', 'Members', 'List Name', 'Due Date', 'Due Complete', 'Archived', 'Last Activity Date', 'Board Name'],
      ['5f1a2b3c4d5e6f7a8b9c0d1', 'Publish the ethnicity of staff by band to every division each quarter', 'https://trello.com/c/Ab12Cd34/3-publish', '12/05 – first report sent.', 'WRES 1 (green)', 'Priya Nair', 'Doing', '2024-09-30T16:00:00.000Z', 'FALSE', 'FALSE', '2024-05-12T10:11:12.000Z', 'Westmoor Health – WRES plan'],
      ['5f1a2b3c4d5e6f7a8b9c0d2', 'Put a trained BME colleague on every band 7 and above interview panel', 'https://trello.com/c/Ef56Gh78/4-panel', '', 'WRES 2 (green)', 'Tom Reid, Ama Owusu', 'To Do', '2024-12-31T17:00:00.000Z', 'FALSE', 'FALSE', '2024-06-01T09:00:00.000Z', 'Westmoor Health – WRES plan'],
      ['5f1a2b3c4d5e6f7a8b9c0d3', 'Run career conversations for BME band 5 and 6 staff twice a year', 'https://trello.com/c/Ij90Kl12/5-career', 'Done – both rounds held.', 'WRES 7 (green)', 'Head of OD', 'Done', '2024-03-31T17:00:00.000Z', 'TRUE', 'FALSE', '2024-04-02T08:00:00.000Z', 'Westmoor Health – WRES plan'],
    ]);
    expect(rows(report)).toEqual([2, 3, 4]);
    expect(report.actions.map((a) => a.action)).toEqual([
      'Publish the ethnicity of staff by band to every division each quarter',
      'Put a trained BME colleague on every band 7 and above interview panel',
      'Run career conversations for BME band 5 and 6 staff twice a year',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Priya Nair', 'Tom Reid, Ama Owusu', 'Head of OD']);
    expect(report.actions.map((a) => a.status)).toEqual(['Doing', 'To Do', 'Done']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['2024-09-30T16:00:00.000Z', '2024-12-31T17:00:00.000Z', '2024-03-31T17:00:00.000Z']);
  });

  it("reads a board export headed 'Card title | Assigned to | List | Due'", () => {
    const report = read([
      ['Card title', 'Assigned to', 'List', 'Due'],
      ['Offer every disabled applicant a guaranteed interview when they meet the essential criteria', 'Recruitment Manager', 'In progress', 'Oct 2024'],
      ['Agree a reasonable adjustments passport with every new starter who declares a disability', 'Employee Relations Lead', 'Not started', 'Mar 2025'],
    ]);
    expect(rows(report)).toEqual([2, 3]);
    expect(report.actions.map((a) => [a.lead, a.status, a.due.text])).toEqual([
      ['Recruitment Manager', 'In progress', 'Oct 2024'],
      ['Employee Relations Lead', 'Not started', 'Mar 2025'],
    ]);
  });

  it("keeps a plan's own 'Card' column (a staff card) read as before: not the action", () => {
    const values: CellValue[][] = [
      ['WRES indicator', 'Action', 'Card', 'Lead', 'Deadline', 'Status'],
      ['Indicator 1', 'Share the ethnicity of staff by band with each division every quarter', 'Blue', 'Workforce Information', 'Sep 2024', 'Complete'],
      ['Indicator 2', 'Put a trained BME panel member on every band 7 and above interview', 'Green', 'Head of Resourcing', 'Mar 2025', 'In progress'],
    ];
    const report = read(values);
    expect(rows(report)).toEqual([2, 3]);
    expect(report.actions.map((a) => [a.action, a.lead, a.status])).toEqual([
      ['Share the ethnicity of staff by band with each division every quarter', 'Workforce Information', 'Complete'],
      ['Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'In progress'],
    ]);
  });
});
