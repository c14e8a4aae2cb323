/**
 * A count of the plan's actions by RAG rating under it, a colour labelled with its meaning in brackets ('Blue
 * (complete)' | '1', holdout66 ravensholme; with its columns reordered the count fell under the indicator column and the
 * row was read as an action): a count, not an action, like 'Green | 4'. An action whose words carry a bracket ('Blue
 * Light Card scheme (launch)') with a number under the indicator column stays an action (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Appendix 1' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe("a RAG count's colour labelled with its meaning", () => {
  it("reads 'Blue (complete) | 1' as a count, the count under the indicator column before the label", () => {
    const report = read([
      ['Target date', 'WRES indicator', 'Lead', 'RAG', 'Action'],
      ['Jun 2024', '2', 'Head of Resourcing', 'Green', 'Put a trained inclusion adviser on every interview panel for posts at Band 8a and above'],
      ['Nov 2024', '9', 'Trust Secretary', 'Blue', 'Use a search firm with a diverse longlist for the next two non-executive appointments'],
      ['', '', '', '', ''],
      ['', '1', '', '', 'Green (on track)'],
      ['', '1', '', '', 'Blue (complete)'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 6: .*'Blue \(complete\)' beside '1' is a count of the plan's actions/);
  });

  it("reads 'Amber (at risk) | 2' as a count in another layout", () => {
    const report = read([
      ['Ref', 'Action', 'Indicator', 'Lead', 'Due', 'RAG'],
      ['1.1', 'Publish shortlisting-to-appointment ratios by ethnicity for each division', '2', 'Workforce Information Manager', 'Sep 2024', 'Amber'],
      ['1.2', 'Pilot a talent panel for Band 6 and 7 nurses and midwives', '1', 'Deputy Chief Nurse', 'Mar 2025', 'Amber'],
      ['', 'Amber (at risk)', '2', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(setAside(report)).toMatch(/Row 4: .*'Amber \(at risk\)' beside '2' is a count/);
  });

  it('keeps a short action with a bracket and a number under the indicator column (negative)', () => {
    const report = read([
      ['Ref', 'Action', 'Indicator', 'Lead', 'Due'],
      ['1', 'Blue Light Card scheme (launch)', '8', 'Head of Wellbeing', 'Mar 2025'],
      ['2', 'Publish the WRES data and this plan on the website', '1', 'EDI Lead', 'Oct 2024'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });
});
