import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * An action cell kept as a record of labelled lines, the first labelled as the action itself ('What we will do: …' over
 * 'Lead: …', 'Timescale: …', 'Status: …', 'Progress (Q2): …': a Word template pasted into Excel, holdout57 colehaven).
 * The action is the action line's words alone, the other lines its fields. An action sentence with no label of its own
 * followed by 'Lead: …' lines keeps the cell as written, as the learnt golds read it (greywell, hatherton).
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2025, 10, 15) });

describe('an action cell kept as a record of labelled lines', () => {
  it("reads the words behind 'What we will do:' as the action, and the other lines as its lead, due, status and progress", () => {
    const rows: CellValue[][] = [
      ['Colbury CSU – WRES action plan 2025/26'],
      ['Priority', 'Our commitment'],
      ['Pillar 1: Fair recruitment and progression'],
      ['Representation at senior levels (WRES 1)', 'What we will do: Set a representation goal for ethnic minority staff at Band 8b and above for each directorate.\nLead: Director of People\nTimescale: Goals agreed by 31 October 2025\nWe will know we have succeeded when: every directorate has a published goal.\nStatus: On track\nProgress (Q2): Goals drafted with three directorates.'],
      ['Shortlisting to appointment (WRES 2)', 'What we will do: Remove names and places of education from applications at shortlisting.\nLead: Head of Recruitment\nTimescale: December 2025\nStatus: Delayed\nProgress (Q2): The supplier cannot hide these fields until November.'],
      ['Disciplinary cases (WRES 3)', 'What we will do: Use the just and learning culture checklist before any formal case is opened.\nLead: Head of Employee Relations\nTimescale: Quarterly\nStatus: On track'],
    ];
    const report = read({ values: rows, sheetName: 'Plan' });
    expect(report.actions.map((a) => [a.row, a.action, a.lead, a.due.text, a.status, a.progress])).toEqual([
      [4, 'Set a representation goal for ethnic minority staff at Band 8b and above for each directorate.', 'Director of People', 'Goals agreed by 31 October 2025', 'On track', 'Goals drafted with three directorates.'],
      [5, 'Remove names and places of education from applications at shortlisting.', 'Head of Recruitment', 'December 2025', 'Delayed', 'The supplier cannot hide these fields until November.'],
      [6, 'Use the just and learning culture checklist before any formal case is opened.', 'Head of Employee Relations', 'Quarterly', 'On track', ''],
    ]);
    expect(report.actions[0].outcome).toBe('every directorate has a published goal.');
    expect(report.actions[0].sources.action?.why).toMatch(/^Action: the words behind 'What we will do:', the cell being a record of labelled lines \('Lead:', 'Timescale:'/);
  });

  it("reads an 'Action:' record under an ordinary header the same way, a value broken over two lines kept whole", () => {
    const rows: CellValue[][] = [
      ['WDES metric', 'Action and details'],
      ['Metric 4a', 'Action: Run bystander training for every team leader in the emergency department\nand the acute medical unit.\nOwner: Head of OD\nDeadline: March 2026\nUpdate: Two of six sessions delivered.'],
      ['Metric 9a', 'Action: Give the Disability Staff Network two hours a month of protected time.\nOwner: Chief People Officer\nDeadline: December 2025'],
      ['Metric 1', 'Action: Run a declaration campaign through ESR self-service.\nOwner: Workforce Information Lead\nDeadline: January 2026\nUpdate: Campaign planned for November.'],
    ];
    const report = read({ values: rows, sheetName: 'WDES' });
    expect(report.actions.map((a) => [a.row, a.action, a.lead, a.due.text, a.progress])).toEqual([
      [2, 'Run bystander training for every team leader in the emergency department\nand the acute medical unit.', 'Head of OD', 'March 2026', 'Two of six sessions delivered.'],
      [3, 'Give the Disability Staff Network two hours a month of protected time.', 'Chief People Officer', 'December 2025', ''],
      [4, 'Run a declaration campaign through ESR self-service.', 'Workforce Information Lead', 'January 2026', 'Campaign planned for November.'],
    ]);
  });

  it('keeps an unlabelled action sentence with its labelled lines under it as written', () => {
    const rows: CellValue[][] = [
      ['WRES indicator', 'Action'],
      ['9', 'Appoint a Board-level race equality champion.\nLEAD: Trust Chair\nTimeframes: Q2 2025/26\nRAG: Green'],
      ['2', 'Put a trained panel member on every Band 8a+ interview.\nLEAD: Head of Resourcing\nTimeframes: Q3 2025/26\nRAG: Amber'],
      ['5', 'Write to every patient who racially abuses a member of staff.\nLEAD: Director of Nursing\nTimeframes: Q4 2025/26\nRAG: Green'],
    ];
    const report = read({ values: rows, sheetName: 'WRES' });
    expect(report.actions.map((a) => [a.row, a.action.split('\n').length, a.lead])).toEqual([
      [2, 4, 'Trust Chair'],
      [3, 4, 'Head of Resourcing'],
      [4, 4, 'Director of Nursing'],
    ]);
  });
});
