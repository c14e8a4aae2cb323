/**
 * A small table of figures typed above the plan's header ('Metric | Measure | Coastway | Moorland' over '4a | Disabled
 * staff experiencing harassment … | 41.3% | 37.8%', holdout50 coastmoor): its rows fill the plan's columns with figures,
 * so they are no actions typed above the header — a figure alone under the lead, status or progress column is none of
 * them. An action typed above the header in a hurry, its lead a name, is still read (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2025-26' }, { asAt: AS_AT });

describe('a table of figures above the plan', () => {
  it('reads no action from per cents under their own header and caption, one blank row above the plan', () => {
    const report = read([
      ['Joint WDES action plan 2025-26', '', '', '', '', ''],
      ['Where we start from (WDES 2025 data)', '', '', '', '', ''],
      ['', 'Metric', 'Measure', 'Trust A', 'Trust B', ''],
      ['', '1', 'Disabled staff as a share of the workforce (ESR)', '4.9%', '6.2%', ''],
      ['', '4a', 'Disabled staff experiencing harassment from patients or the public', '41.3%', '37.8%', ''],
      ['', '7', 'Disabled staff satisfied that the organisation values their work', '27.0%', '31.5%', ''],
      ['', '', '', '', '', ''],
      ['Ref', 'WDES metric', 'Group action', 'Group lead', 'Local lead', 'Finish'],
      ['CM1', '1', 'Move both trusts onto one disability declaration question in ESR', 'Group Director of People', 'Workforce Information Manager', 'Sep 2025'],
      ['CM2', '4a', 'Issue body-worn cameras and de-escalation training to every frontline crew', 'Group Director of Operations', 'Head of Operations', 'Mar 2026'],
      ['CM3', '7', 'Bring the two disability networks together as one Group network', 'Group Chief Executive', '—', 'Jun 2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([9, 10, 11]);
  });

  it('reads no action from ratios by year under the lead and status columns, the plan with its columns in another order', () => {
    const report = read([
      ['No.', 'What the figure measures', '2024', '2025'],
      ['2', 'Relative likelihood of non-disabled applicants being appointed from shortlisting', '1.34', '1.21'],
      ['3', 'Relative likelihood of disabled staff entering the formal capability process', '2.10', '1.62'],
      [],
      ['Metric', 'Action', 'Lead', 'Status'],
      ['2', 'Check every quarter that the guaranteed interview scheme is applied', 'Head of Recruitment', 'On track'],
      ['3', 'Review every capability case for reasonable adjustments before a hearing', 'Deputy Director of HR', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([6, 7]);
  });

  it('still reads an action typed above the header with a lead, a date and a baseline figure (negative)', () => {
    const report = read([
      ['Northfield Ambulance Trust – WDES action plan 2025/26'],
      ['Metric 4a', 'URGENT: agree a zero tolerance statement on abuse of crews with the Board', 'Chief Executive', 'Jan 2026', '41.3%'],
      ['WDES metric', 'What we will do', 'Responsible lead', 'Deadline', 'Baseline'],
      ['Metric 1', 'Run a campaign so more staff record a disability on ESR', 'HR Manager', 'Sep 2025', '4.9%'],
      ['Metric 7', 'Give the network chair protected time', 'Chief People Officer', 'Oct 2025', '27.0%'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4, 5]);
  });
});
