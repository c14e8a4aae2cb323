import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * One grid for the whole report (holdout96 tillingbourne): each indicator's HEADING ROW carries its figures in the
 * plan's own lead, timescale and status columns ('Indicator 2 – …' | '2022: 1.58' | '2023: 1.71' | '▲ worse'), an
 * italic remark on them under it, then its actions. The heading row is no action and its figures give no field: it heads
 * its block (the theme, the indicator), and the remark under it is context, not the theme.
 */
const AS_AT = new Date(Date.UTC(2024, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const seen = (values: CellValue[][]) => read(values).actions.map((a) => ({ row: a.row, theme: a.theme, indicators: a.indicators.join(','), lead: a.lead, status: a.status }));

describe("an indicator's heading row carrying its figures in the plan's columns", () => {
  it('reads a WRES grid whose heading rows give last year and this year under Owner and Due, and the trend under Status', () => {
    const rows: CellValue[][] = [
      ['Marshfield Community Health NHS Trust – WRES 2024 and action plan 2024/25'],
      [],
      ['No.', 'Action', 'Owner', 'Due', 'Status', 'Update'],
      ['Indicator 1 – BME staff in Bands 8a and above', null, '2023: 7.2%', '2024: 8.0%', '▼ better', 'Workforce 14.1% BME'],
      [null, 'Representation rose in nursing but not in corporate services.'],
      ['1.1', 'Open the aspiring leaders programme to BME staff at Bands 6 and 7.', 'Head of Leadership', 'Sep 2024', 'On track', '18 places filled.'],
      ['Indicator 2 – Relative likelihood of appointment from shortlisting', null, '2023: 1.44', '2024: 1.61', '▲ worse', 'Regional figure 1.38'],
      [null, 'The gap widened in administrative posts, where most BME applicants apply.'],
      ['2.1', 'Put an inclusion panel member on every Band 5 and above interview panel.', 'Head of Resourcing', 'Dec 2024', 'Behind', 'Panel members trained.'],
      ['2.2', 'Publish shortlisting and appointment rates by division each quarter.', 'Workforce Information Lead', 'Quarterly', 'On track', null],
      ['Indicator 9 – BME voting Board members', null, '2023: 1', '2024: 2', '▼ better', '2 of 12 members'],
      [null, 'A second BME non-executive director joined in May 2024.'],
      ['9.1', 'Use a search firm with a diverse long list for the next executive appointment.', 'Chair', 'Mar 2025', 'Not yet due', null],
    ];
    expect(seen(rows)).toEqual([
      { row: 6, theme: 'Indicator 1 – BME staff in Bands 8a and above', indicators: '1', lead: 'Head of Leadership', status: 'On track' },
      { row: 9, theme: 'Indicator 2 – Relative likelihood of appointment from shortlisting', indicators: '2', lead: 'Head of Resourcing', status: 'Behind' },
      { row: 10, theme: 'Indicator 2 – Relative likelihood of appointment from shortlisting', indicators: '2', lead: 'Workforce Information Lead', status: 'On track' },
      { row: 13, theme: 'Indicator 9 – BME voting Board members', indicators: '9', lead: 'Chair', status: 'Not yet due' },
    ]);
  });

  it("reads a WDES tracker whose heading rows write bare figures beside a year's and arrows alone under Status", () => {
    const rows: CellValue[][] = [
      ['Ref', 'What we will do', 'Lead', 'By when', 'RAG'],
      ['Metric 3 – Relative likelihood of entering the formal capability process', null, '2023: 2.10', '1.64', '↓'],
      ['3.1', 'Add an occupational health review before any formal capability meeting.', 'Head of Employee Relations', 'Oct 2024', 'Green'],
      ['Metric 7 – Disabled staff satisfied that their work is valued', null, '2023: 41.0%', '2024: 39.5%', '↑ / ↓'],
      ['7.1', 'Ask every team leader to hold a recognition conversation at each appraisal.', 'Director of Nursing', 'Jan 2025', 'Amber'],
    ];
    expect(seen(rows).map((a) => [a.row, a.theme, a.indicators])).toEqual([
      [3, 'Metric 3 – Relative likelihood of entering the formal capability process', '3'],
      [5, 'Metric 7 – Disabled staff satisfied that their work is valued', '7'],
    ]);
  });

  it("leaves a figures table's rows of bare figures under the plan's lead and date columns as they were read", () => {
    // Bare figures under a figures table's own years give the row no heading: a row of that table (no theme).
    const rows: CellValue[][] = [
      ['Ref', 'Metric', 'Action', 'Owner', 'Due'],
      ['D1', '1', 'Repeat the ESR self-declaration campaign with a focus on consultants.', 'Workforce Systems Manager', 'Jan 2022'],
      [],
      ['Metric', null, null, '2020', '2021'],
      ['4a – Harassment from managers (disabled)', null, null, '16.2%', '17.1%'],
      ['5 – Equal opportunities for career progression', null, null, '80.1%', '79.4%'],
    ];
    const report = read(rows);
    expect(report.actions.map((a) => a.row)).toEqual([2]);
  });
});
