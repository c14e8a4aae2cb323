import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan with no indicator column that names each action's indicators by the standard's name in a column headed for
 * something else: 'Links' holding 'HIA 6 · WDES 4a, 4b' (holdout62 ashbury), or 'Priority' holding 'Representation at
 * senior levels (WRES 1)' (holdout57 colehaven). Only the standard's numbers are read — never the high impact action's
 * — and a column naming no standard (an ordinary 'Notes' column) stays unread.
 */
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (grid: Grid) => checkPlan(grid, { asAt: D(2024, 1, 31) });

describe('indicators named by the standard in a column headed for something else', () => {
  it("reads the WDES part of a 'Links' column joining the high impact action and the metrics", () => {
    const rows: CellValue[][] = [
      ['Fernholt NHS Trust – WDES action plan 2023-24'],
      ['Ref', 'Action', 'Links', 'Lead', 'Timescale'],
      ['A1', 'Agree a disability-inclusion objective for each Board member', 'HIA 1 · WDES 10', 'Chair', 'Sept 2023'],
      ['A2', 'Report shortlisting-to-appointment by disability every quarter', 'HIA 2 · WDES 2', 'Head of Recruitment', 'Dec 2023'],
      ['A3', 'Include the disability pay gap in the annual pay gap report', 'HIA 3 · —', 'Head of Reward', 'Mar 2024'],
      ['A4', 'Run a reasonable adjustments session for managers in every division', 'HIA 6 · WDES 4a, 4b', 'Head of OD', 'Mar 2024'],
      ['A5', 'Ask the Access Network to lead a listening exercise on presenteeism', 'HIA 4 · WDES 5, 6', 'Network co-chairs', 'Nov 2023'],
    ];
    const report = read({ values: rows, sheetName: 'WDES' });
    expect(report.actions.map((a) => [a.ref, a.indicators.join(',')])).toEqual([
      ['A1', '10'], ['A2', '2'], ['A3', ''], ['A4', '4a,4b'], ['A5', '5,6'],
    ]);
    expect(report.columnEvidence.find((e) => e.field === 'indicator')?.reason).toMatch(/^Indicators: 4 of 5 cells in column C \('Links'\) name indicators by the standard's name/);
  });

  it("reads the WRES numbers in brackets after each action's title, and 'All indicators', under pillar headings", () => {
    const rows: CellValue[][] = [
      ['Colbury CSU – WRES action plan 2025/26'],
      ['Priority', 'Our commitment', 'Lead', 'Timescale'],
      ['Pillar 1: Fair recruitment and progression'],
      ['Representation at senior levels (WRES 1)', 'Set a representation goal for Band 8b and above in each directorate', 'Director of People', 'October 2025'],
      ['Shortlisting to appointment (WRES 2)', 'Remove names and places of education from applications at shortlisting', 'Head of Recruitment', 'December 2025'],
      ['Pillar 2: Tackling bullying, harassment and discrimination'],
      ['Bullying from colleagues and managers (WRES 6 and 8)', 'Introduce a speak-up route about racism that goes to a trained guardian', 'Freedom to Speak Up Guardian', 'January 2026'],
      ['All indicators', 'Report progress on this plan to the Leadership Team every quarter', 'Director of People', 'Quarterly'],
    ];
    const report = read({ values: rows, sheetName: 'Plan' });
    expect(report.actions.map((a) => [a.row, a.indicators.join(','), a.theme])).toEqual([
      [4, '1', 'Pillar 1: Fair recruitment and progression'],
      [5, '2', 'Pillar 1: Fair recruitment and progression'],
      [7, '6,8', 'Pillar 2: Tackling bullying, harassment and discrimination'],
      [8, '1,2,3,4,5,6,7,8,9', 'Pillar 2: Tackling bullying, harassment and discrimination'],
    ]);
  });

  it('leaves a column that names no standard unread', () => {
    const rows: CellValue[][] = [
      ['Action', 'Notes', 'Lead', 'Timescale'],
      ['Set a representation goal for Band 8b and above in each directorate', 'Agreed at the People Committee 6', 'Director of People', 'October 2025'],
      ['Remove names from applications at shortlisting', 'Phase 2 of 3', 'Head of Recruitment', 'December 2025'],
      ['Introduce a speak-up route about racism', 'See paper 4', 'Freedom to Speak Up Guardian', 'January 2026'],
    ];
    const report = read({ values: rows, sheetName: 'WRES plan 2025-26' });
    expect(report.actions.map((a) => a.indicators.join(','))).toEqual(['', '', '']);
  });
});
