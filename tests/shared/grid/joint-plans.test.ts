import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { indicatorsOfCell } from '../../../shared/indicators';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * One joint WRES + WDES plan in one sheet: its title names both standards, a 'Standard' column says which each action
 * serves, and a joint action's indicator cell names each standard's indicators behind its name ('WRES 5, 6 / WDES 4a,
 * 4b'). Read as one standard's plan — the one its file or sheet is named for, or the user's — each joint cell gives the
 * part behind that standard's name. Shown as the WRES and as the WDES reading of two sheets laid out differently.
 */
const AS_AT = new Date(Date.UTC(2024, 11, 31));
const JOINT: CellValue[][] = [
  ['Workforce Equality Action Plan 2024/25 – WRES and WDES'],
  ['No.', 'Standard', 'Indicator / metric', 'Action', 'Lead', 'Target date'],
  [1, 'WRES', 'WRES 1', 'Agree a trajectory for BME staff at Bands 8a–VSM with each directorate.', 'Director of People', 'Sep 2024'],
  [2, 'WDES', 'WDES 1', 'Run a disability self-declaration campaign with the staff network.', 'Workforce Information Lead', 'Oct 2024'],
  [3, 'WRES & WDES', 'WRES 5, 6 / WDES 4a, 4b', 'Roll out Active Bystander training to every team.', 'Head of OD', 'Mar 2025'],
  [4, 'WDES', 'WDES 9b', 'Give the Disability Network chair protected time.', 'Director of People', 'May 2024'],
  [5, 'WRES & WDES', 'WDES 2; WRES 2', 'Remove names and disability information from applications at shortlisting.', 'Head of Recruitment', 'Jul 2024'],
];
const read = (values: CellValue[][], fileName: string, standard?: 'WRES' | 'WDES') =>
  checkPlan({ values, sheetName: 'Plan' } as Grid, { asAt: AS_AT, standard, workbook: { fileName, sheetNames: ['Plan'] } });

describe('a joint WRES + WDES plan read as one standard', () => {
  it("reads the WRES part of each joint cell when the file is the plan's WRES copy, and says where the standard came from", () => {
    const report = read(JOINT, 'Marrowfield WRES action plan 2024-25.xlsx');
    expect(report.standard).toBe('WRES');
    expect(report.identity.standard.source).toBe('the file name "Marrowfield WRES action plan 2024-25.xlsx"');
    expect(report.actions.find((a) => a.row === 5)?.indicators).toEqual(['5', '6']);
    expect(report.actions.find((a) => a.row === 7)?.indicators).toEqual(['2']);
  });

  it('reads the WDES part when the user says the plan is its WDES reading, whatever the file is called', () => {
    const report = read(JOINT, 'Workforce equality plan.xlsx', 'WDES');
    expect(report.standard).toBe('WDES');
    expect(report.actions.find((a) => a.row === 5)?.indicators).toEqual(['4a', '4b']);
    expect(report.actions.find((a) => a.row === 6)?.indicators).toEqual(['9b']);
  });

  it("reads each standard's part of a cell, 'All' behind a name too", () => {
    expect(indicatorsOfCell('WRES 5, 6 / WDES 4a, 4b', 'WDES')).toEqual(['4a', '4b']);
    expect(indicatorsOfCell('WRES-ALL / WDES-ALL', 'WRES')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(indicatorsOfCell('WRES 7 | WDES 5', 'WRES')).toEqual(['7']);
  });
});

/**
 * A joint plan whose indicator cells code each standard's indicators by its own letter (holdout37 brackenfold: 'W5, W6;
 * M4a', 'W9; M10', its key line saying 'W1–W9 are WRES indicators, M1–M10 are WDES metrics'): the plan read as one
 * standard takes its own letter's codes, never the other standard's metric as one of its indicators. A cell with codes of
 * one letter only (a WDES plan's 'M4a, M4b', a WRES plan's 'W5') is read whole, as before.
 */
describe("a joint plan's cells coded W for WRES and M for WDES", () => {
  const CODED: CellValue[][] = [
    ['Brackwell Hospitals NHS Foundation Trust'],
    ['Workforce Race and Disability Equality Standards – joint action plan 2024/25'],
    ['Indicator codes: W1–W9 are WRES indicators, M1–M10 are WDES metrics.'],
    ['Ref', 'What we will do', 'Indicator(s)', 'Lead', 'By when'],
    ['RD-01', 'Give every director a SMART objective on race and disability equality.', 'W9; M10', 'Chief People Officer', 'Jun 2024'],
    ['R-02', 'Put a trained inclusion panellist on every Band 8a+ panel.', 'W2', 'Head of Recruitment', 'Dec 2024'],
    ['RD-03', 'Train 400 managers in active bystander skills.', 'W5, W6; M4a', 'Head of OD', 'Mar 2025'],
    ['RD-04', 'Analyse sickness absence by ethnicity and disability.', 'M6 / W8', 'Head of Workforce Intelligence', 'Jan 2025'],
  ];
  it('takes the W codes in the WRES reading and the M codes in the WDES reading, in either order', () => {
    const wres = read(CODED, 'Brackwell WRES plan 2024-25.xlsx');
    expect(wres.actions.map((a) => a.indicators)).toEqual([['9'], ['2'], ['5', '6'], ['8']]);
    const wdes = read(CODED, 'Brackwell WDES plan 2024-25.xlsx', 'WDES');
    expect(wdes.actions.filter((a) => a.row !== 6).map((a) => a.indicators)).toEqual([['10'], ['4a'], ['6']]);
  });

  it("reads a cell of one letter whole: 'M4a, M4b' in a WDES plan, 'W5, W6' in a WRES plan", () => {
    expect(indicatorsOfCell('M4a, M4b', 'WDES')).toEqual(['4a', '4b']);
    expect(indicatorsOfCell('W5, W6', 'WRES')).toEqual(['5', '6']);
    expect(indicatorsOfCell('M5', 'WRES')).toEqual(['5']);
  });
});
