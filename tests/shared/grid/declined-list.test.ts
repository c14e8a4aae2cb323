/**
 * A list of what the plan has decided AGAINST, kept under its actions behind a caption ('Things we are NOT doing this
 * year (and why)', 'Ideas not taken forward') with its own small header ('Idea | Why not'): its rows say what will not be
 * done and why — no actions (holdout41 wrenhurst). Set aside with why until the next heading. A caption saying what WILL
 * be done keeps its rows as actions (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 24-25' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const ACTIONS: CellValue[][] = [
  ['Metric', 'What', 'Lead', 'When', 'Where'],
  ['1', "Run a 'count me in' campaign so more staff record a disability", 'HR Manager', '30/9/24', 'all done'],
  ['2', 'Check each quarter that guaranteed interviews are honoured', 'Recruitment Lead', 'Sept', 'halfway'],
  ['8', 'Move reasonable adjustment requests onto one online form', 'OH Manager', 'Mar 25', 'not yet'],
];

describe('a list of what the plan decided not to do', () => {
  it("sets aside the rows under 'Things we are NOT doing this year (and why)', its header too", () => {
    const report = read([
      ...ACTIONS,
      ['', '', '', '', ''],
      ['', 'Things we are NOT doing this year (and why)', '', '', ''],
      ['', 'Idea', 'Why not', '', ''],
      ['', 'A separate disability network for medical staff', 'The network asked to stay as one network for now', '', ''],
      ['', 'Paid leave for disability assessments', 'Needs a policy change – look again in 2025/26', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 9: .*sits under 'Things we are NOT doing this year \(and why\)' \(row 6\): a list of what the plan has decided not to do/);
  });

  it("sets aside the rows under 'Ideas not taken forward', the caption in the first column", () => {
    const report = read([
      ...ACTIONS,
      ['Ideas not taken forward', '', '', '', ''],
      ['4a', 'Buy a new incident reporting system', 'Risk Manager', '', 'Datix upgrade covers it'],
      ['9', 'Pay network members for meeting time', 'Chief People Officer', '', 'Protected time agreed instead'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report).join('\n')).toMatch(/Row 6: .*'Ideas not taken forward' \(row 5\): a list of what the plan has decided not to do/);
  });

  it("keeps the rows under 'What we will do next' (negative)", () => {
    const report = read([
      ...ACTIONS,
      ['What we will do next', '', '', '', ''],
      ['9', 'Give the network chair two hours of protected time a week', 'Chief People Officer', 'Oct 24', 'not yet'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 6]);
  });
});
