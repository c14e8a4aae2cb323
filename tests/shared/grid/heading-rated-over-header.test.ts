import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Each group printed with its own header, its heading over it carrying the group's overall rating behind a label
 * ('Objective 1 – Know our disabled workforce (WDES metric 1)' | 'Overall' | 'Amber', holdout64 severnwyre): the first
 * group's heading sits above the plan's first header, and heads its actions as the later ones do.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Appendix 1' }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme, a.indicators]);

describe("a group's heading with its overall rating, over the group's own header", () => {
  it("'Overall' | 'Amber' beside each objective, the header typed again under each", () => {
    const report = read([
      ['Review of improvement plan milestones'],
      [],
      ['Objective 1 – Know our disabled workforce (WDES metric 1)', '', '', 'Overall', 'Amber'],
      ['No.', 'Milestone', 'Owner', 'End date', 'RAGB'],
      ['1.1', 'Add the disability question to the starter and leaver forms', 'Head of Workforce Systems', 'Jul-25', 'Blue'],
      ['1.2', 'Run a declaration campaign with the network', 'Head of EDI', 'Dec-25', 'Green'],
      ['Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)', '', '', 'Overall', 'Green'],
      ['No.', 'Milestone', 'Owner', 'End date', 'RAGB'],
      ['2.1', 'Include a trained inclusion adviser on every band 8a and above panel', 'Head of Resourcing', 'Mar-26', 'Green'],
    ]);
    expect(themes(report)).toEqual([
      [5, 'Objective 1 – Know our disabled workforce (WDES metric 1)', ['1']],
      [6, 'Objective 1 – Know our disabled workforce (WDES metric 1)', ['1']],
      [9, 'Objective 2 – Fair recruitment and progression (WDES metrics 2 and 5)', ['2', '5']],
    ]);
  });

  it("'Overall RAG:' | 'Red' after a priority naming no metric, two groups", () => {
    const report = read([
      ['Priority A: Leadership that reflects our communities', 'Overall RAG:', 'Red'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['A1', 'Set each executive director a race equality objective', 'Chief Executive', 'Apr 2025', 'Red'],
      ['A2', 'Use a diverse longlist for every non-executive appointment', 'Trust Secretary', 'Nov 2025', 'Amber'],
      ['Priority B: Fair treatment at work for every colleague', 'Overall RAG:', 'Green'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['B1', 'Review every disciplinary case involving a BME colleague', 'Head of Employee Relations', 'Dec 2025', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([
      [3, 'Priority A: Leadership that reflects our communities'],
      [4, 'Priority A: Leadership that reflects our communities'],
      [7, 'Priority B: Fair treatment at work for every colleague'],
    ]);
  });

  it("NEGATIVE: a title with the document's version beside it is no heading", () => {
    const report = read([
      ['Race equality action plan for our staff 2025/26', 'Version', '1.2'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Set each executive director a race equality objective', 'Chief Executive', 'Apr 2025', 'Red'],
      ['2', 'Use a diverse longlist for every non-executive appointment', 'Trust Secretary', 'Nov 2025', 'Amber'],
    ]);
    expect(report.actions.map((a) => [a.row, a.theme])).toEqual([[3, null], [4, null]]);
  });
});
