/**
 * A narrative report with its actions in boxes between its numbered paragraphs: 'Action A1' in a cell of its own, the
 * action's sentence beside it, the position word on its fill beside that ('Green', 'Complete') (holdout79 saltmere). The
 * boxes are the actions, the box number their ref, the heading over them their theme, the word beside their status and
 * its fill their RAG; the paragraphs around them (findings, 'We have …', 'no new action', the plan's governance) are not.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 10, 1));
const GREEN = 'FF92D050';
const AMBER = 'FFFFC000';
const read = (rows: CellValue[][], fills?: (string | null)[][]): PlanReport => checkPlan({ values: rows, sheetName: 'WRES report', ...(fills ? { fills } : {}) }, { asAt: AS_AT });

describe("a report's action boxes between its paragraphs", () => {
  it("reads each 'Action A1' box with its ref, theme, lead and status, and none of the paragraphs", () => {
    const rows: CellValue[][] = [
      ['Kelderby Hospitals NHS Foundation Trust'],
      ['Workforce Race Equality Standard 2024 – narrative report and action plan'],
      [],
      ['1 Recruitment and progression'],
      ['1.1', 'BME staff are 28% of our workforce and 11% of staff at Band 8a and above (indicator 1).'],
      ['1.2', 'We have used diverse panels for posts at Band 8a and above since 2022.'],
      ['Action A1', 'The Head of Resourcing will extend diverse panels to Band 6 and 7 posts in theatres by December 2024 (indicator 2).', 'Green'],
      ['Action A2', 'The Associate Director of Nursing (Workforce) will launch a Band 6 to 7 programme for 20 BME nurses by March 2025 (indicator 1).', 'Amber'],
      [],
      ['2 Formal disciplinary process'],
      ['2.1', 'We will keep the pre-investigation panel in place; it needs no new action this year.'],
      [],
      ['3 Governance'],
      ['3.1', 'The Workforce Committee oversees this plan; the position of every box is reported to it each quarter.'],
    ];
    const fills = rows.map((row, r) => row.map((_, c) => (c === 2 && r === 6 ? GREEN : c === 2 && r === 7 ? AMBER : null)));
    const r = read(rows, fills);
    expect(r.actions.map((a) => [a.row, a.ref, a.lead, a.status, a.rag])).toEqual([
      [7, 'A1', 'Head of Resourcing', 'Green', 'green'],
      [8, 'A2', 'Associate Director of Nursing (Workforce)', 'Amber', 'amber'],
    ]);
    expect(r.actions.map((a) => a.theme)).toEqual(['1 Recruitment and progression', '1 Recruitment and progression']);
  });

  it("reads numbered 'Commitment 2' boxes with no status beside them", () => {
    const r = read([
      ['Marlcombe Community NHS Trust – WDES report 2025'],
      ['Reasonable adjustments'],
      ['The adjustments fund paid for 120 adjustments last year.'],
      ['Commitment 1', 'The Head of Wellbeing will cut the median wait for an adjustment to 10 working days by March 2026.'],
      ['Commitment 2', 'The Leadership Development Manager will give every new manager an adjustments session by January 2026.'],
    ]);
    expect(r.actions.map((a) => [a.row, a.ref, a.lead])).toEqual([
      [4, 'Commitment 1', 'Head of Wellbeing'],
      [5, 'Commitment 2', 'Leadership Development Manager'],
    ]);
  });
});
