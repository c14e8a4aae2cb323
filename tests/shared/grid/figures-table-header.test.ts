import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const aside = (report: ReturnType<typeof read>, row: number) => report.issues.find((i) => i.rule === 'row-set-aside' && i.row === row)?.message ?? '';

/**
 * A row of short labels over rows that each give a name and then figures only is the header of a small table of figures
 * the plan keeps (holdout66 ashbyvale's 'Indicator | BME | White' over its DATA rows, holdout47 corvedale's harassment
 * figures by year): no action, though a label sits in the action column and another in the lead's. The user sees it set
 * aside with why, and no lead or timescale is asked of it.
 */
describe('the header of a table of figures inside a plan is no action', () => {
  it('sets aside a label row over tagged DATA rows inside the plan (ashbyvale layout)', () => {
    const report = read({
      values: [
        ['Ref', 'Action', 'Indicator', 'Responsible', 'Due', 'Status'],
        [null, 'Indicator', 'BME', 'White', null, null],
        ['DATA', 'Relative likelihood of entering the formal disciplinary process', 1.41, null, null, null],
        ['DATA', 'Harassment, bullying or abuse from staff, 2025 survey', 0.262, 0.198, null, null],
        ['A1', 'Introduce a pre-formal check by a trained panel for every proposed disciplinary case', '3', 'Head of Employee Relations', 'Sep 2025', 'Complete'],
        ['A2', 'Report disciplinary entry rates by ethnicity to the EDI Committee', '3', 'Workforce Intelligence Lead', 'Oct 2025', 'On track'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([5, 6]);
    expect(aside(report, 2)).toContain("its cells 'Indicator | BME | White' label the figures on the 2 rows under them");
    expect(report.issues.filter((i) => i.row === 2 && i.severity !== 'info')).toEqual([]);
  });

  it('sets aside the same table when its columns were put in another order: names right of the figures, the tag in the ref column last', () => {
    const report = read({
      values: [
        ['HIA', 'Indicator', 'Responsible', 'Action', 'Due', 'Status', 'Ref'],
        ['White', 'BME', null, 'Indicator', null, null, null],
        [null, 1.41, null, 'Relative likelihood of entering the formal disciplinary process', null, null, 'DATA'],
        [0.198, 0.262, null, 'Harassment, bullying or abuse from staff, 2025 survey', null, null, 'DATA'],
        [null, null, null, null, null, null, null],
        ['6', '3', 'Head of Employee Relations', 'Introduce a pre-formal check by a trained panel for every proposed disciplinary case', 'Sep 2025', 'Complete', 'A1'],
        ['3', '3', 'Workforce Intelligence Lead', 'Report disciplinary entry rates by ethnicity to the EDI Committee', 'Oct 2025', 'On track', 'A2'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([6, 7]);
    expect(aside(report, 2)).toContain("its cells 'White | BME | Indicator' label the figures on the 2 rows under them");
  });

  it('sets aside a table of figures by year under the plan (corvedale layout)', () => {
    const report = read({
      values: [
        ['Metric', 'Action', 'Lead', 'Timescale', 'Progress'],
        ['Metric 5', 'Add a racial abuse option to the incident reporting form', 'Head of Risk', 'Aug 2018', 'Form changed.'],
        ['Metric 6', 'Train 40 Dignity at Work advisers', 'Equality Lead', 'Jan 2019', 'Twelve trained.'],
        [null, null, null, null, null],
        ['Year', 'Incidents reported by BME staff', 'of which from patients or the public', 'of which from staff', 'Staff survey (metric 5)'],
        ['2013/14', 41, 33, 8, '28%'],
        ['2014/15', 46, 37, 9, '30%'],
        ['2015/16', 52, 44, 8, '31%'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
    expect(aside(report, 5)).toContain("label the figures on the 3 rows under them ('2013/14 | 41 | 33 | 8 | 28%')");
  });

  it('sets aside a figures-by-band table under an indicator heading, between actions', () => {
    const report = read({
      values: [
        ['No.', 'Action', 'Lead', 'By when'],
        ['Indicator 1 – Workforce by pay band', null, null, null],
        [null, 'Band', 'BME staff', 'White staff'],
        [null, 'Band 5', '402', '1,204'],
        [null, 'Band 8a and above', '21', '310'],
        ['1.1', 'Set representation goals for Bands 8a to VSM in each division', 'Director of People', 'Sep 2025'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toEqual([6]);
    expect(aside(report, 3)).toContain("its cells 'Band | BME staff | White staff' label the figures on the 2 rows under them");
  });

  it('keeps a short action over a single row of its baseline and target', () => {
    const report = read({
      values: [
        ['No.', 'Action', 'Baseline', 'Target'],
        ['1', 'Reverse mentoring', 'Board', 'Network'],
        [null, 'Share of Board members mentored', '0%', '50%'],
        ['2', 'Publish shortlisting outcomes by ethnicity every quarter', '1.58', '1.25'],
      ],
    });
    expect(report.actions.map((a) => a.row)).toContain(2);
  });
});
