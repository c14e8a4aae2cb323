import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column saying where each action came from — new this year or carried forward from last year's plan (holdout86
 * gaddingham's 'New / carried forward', a draft with no status column yet; holdout39 oxenhope's 'Carried forward';
 * 'C/F from 2019-20?') — marks the action's origin, not how far it has got: no status is read from it. A column headed
 * 'Status' holding 'New' or 'Continuing' (holdout73 whinmoor) is a status, as the plan names it.
 */
const AS_AT = new Date(Date.UTC(2026, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const ACTIONS: CellValue[][] = [
  ['A1', '2', 'Anonymise applications for all Band 2–5 posts and keep adjustments at interview', 'Head of Resourcing', 'Oct 2026'],
  ['A2', '1', 'Open the senior leadership programme to disabled staff at Band 7 and above', 'Head of Leadership and Talent', 'Mar 2027'],
  ['B1', '6', 'Review the attendance policy with the network so that trigger points allow for disability', 'Head of Employee Relations', 'TBC'],
  ['C1', '9b', 'Give network members time to attend four meetings a year', 'Head of Equality and Inclusion', 'Jul 2026'],
];
const MARKS = ['New', 'Carried forward', 'Carried forward', 'New'];
const withColumn = (header: string, cells: readonly string[]): CellValue[][] => [
  ['Ref', 'Metric', 'Action', 'Lead', 'Target date', header],
  ...ACTIONS.map((a, i) => [...a, cells[i]]),
];

describe('a column saying where each action came from', () => {
  it.each(['New / carried forward', 'Carried forward', 'Carried forward from 2025/26?', 'New or continuing'])("'%s' over New / Carried forward: no status", (header) => {
    const report = read(withColumn(header, MARKS));
    expect(report.actions.map((a) => [a.row, a.status, a.rag])).toEqual([[2, '', null], [3, '', null], [4, '', null], [5, '', null]]);
    expect(report.issues.find((i) => i.rule === 'header-unmapped' && i.column === 'F')?.message).toMatch(/new or carried forward/);
  });

  it("'C/F from 2025-26?' over Yes / No: no status", () => {
    const report = read(withColumn('C/F from 2025-26?', ['No', 'Yes', 'Yes', 'No']));
    expect(report.actions.map((a) => a.status)).toEqual(['', '', '', '']);
  });

  it("NEGATIVE: 'Status' over New / Continuing stays each action's status, as the plan names it", () => {
    const report = read(withColumn('Status', ['New', 'Continuing', 'Continuing', 'New']));
    expect(report.actions.map((a) => a.status)).toEqual(['New', 'Continuing', 'Continuing', 'New']);
  });
});
