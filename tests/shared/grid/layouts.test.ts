import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { recognisePlan } from '../../../shared/grid';
import type { CellValue, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));

describe('plans laid out unlike the samples', () => {
  it('reads a plan with a Ref column, "Responsibility for action", "Expected date of completion" and "RAG Rating"', () => {
    const grid: Grid = {
      values: [
        ['Anytown NHS Trust'], ['Workforce Race Equality Standard action plan 2023/24'], [],
        ['Ref', 'WRES Indicator', 'Current Actions', 'Responsibility for action', 'Expected date of completion', 'RAG Rating', 'Commentary'],
        ['A1', '2. Shortlisting to appointment', 'Diverse interview panels for band 7+', 'Head of Resourcing', 'Q3 23/24', 'Green', 'Panels in place'],
        ['A2', '', 'Debias job adverts', '', 'Mar-24', 'Amber', ''],
        ['A3', '9. Board', 'Board reverse mentoring', 'Chief People Officer', 'TBC', 'Not Started', ''],
      ],
    };
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.standard).toBe('WRES');
    expect(report.columns).toMatchObject({ ref: 'A', indicator: 'B', action: 'C', lead: 'D', due: 'E', status: 'F', progress: 'G' });
    expect(report.actions.map((a) => [a.row, a.ref, a.indicator, a.lead])).toEqual([[5, 'A1', '2', 'Head of Resourcing'], [6, 'A2', '2', ''], [7, 'A3', '9', 'Chief People Officer']]);
    expect(report.issues.find((i) => i.rule === 'lead-missing')).toMatchObject({ row: 6, column: 'D' });
    expect(report.issues.find((i) => i.rule === 'due-unparsed')).toMatchObject({ row: 7, column: 'E' });
    expect(report.issues.filter((i) => i.rule === 'indicator-not-covered')).toHaveLength(7);
  });

  it('reads a WDES plan with section headings carried into theme and a key in the status header', () => {
    const grid: Grid = {
      values: [
        ['WDES Action Plan 2022-23', null, null, null, null],
        ['Item', 'Activity', 'Accountable People', 'Deadline', 'Status (Red = yet to begin Amber = in progress Green = completed)'],
        ['Recruitment', null, null, null, null],
        ['Metric 2', 'Guaranteed interview scheme review', 'Resourcing lead', 'Sep 2022', 'In progress'],
        ['Wellbeing', null, null, null, null],
        ['Metric 8', 'Reasonable adjustments passport', 'OH lead', '31/03/2023', 'Completed'],
      ],
      merges: [{ top: 2, left: 0, bottom: 2, right: 4 }, { top: 4, left: 0, bottom: 4, right: 4 }],
    };
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.standard).toBe('WDES');
    expect(report.ragKey.source).toBe('header');
    expect(report.actions.map((a) => [a.row, a.theme, a.indicator, a.statusRag])).toEqual([[4, 'Recruitment', '2', 'amber'], [6, 'Wellbeing', '8', 'green']]);
    expect(report.actions[0].rag).toBe('red'); // overdue as at June 2024
  });

  it('reads a plan whose header sits below a legend, with status given only by cell colour', () => {
    const grid: Grid = {
      values: [
        ['Progress Key: On Track / Slippage Likely / Critical'],
        ['Work Piece', 'Lead/s', 'Delivery Date', 'Status', 'Intended Outcome'],
        ['Inclusive leadership programme', 'OD', 'Autumn 2024', '', 'More BME staff at band 8a+'],
        ['Staff network chairs get protected time', 'COO', 'Ongoing', 'On Track', ''],
      ],
      fills: [[null], [null, null, null, null, null], [null, null, null, '#FF0000', null], [null, null, null, null, null]],
    };
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['red', 'green']);
    expect(report.actions[1].due.ongoing).toBe(true);
  });

  it('says no plan header was found, instead of failing, on a sheet that is not a plan', () => {
    const report = checkPlan({ values: [['Name', 'Salary'], ['Ann', 1]] }, { asAt: AS_AT });
    expect(report.actions).toEqual([]);
    expect(report.issues.map((i) => i.rule)).toContain('no-plan-header');
  });
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }),
  fc.constantFrom('#REF!', '#N/A', '=SUM(A1:A3)', 'Action', 'Lead', 'Status', 'Red', 'See 3. above', '🧑‍⚕️', 'مرحبا', 'x'.repeat(40_000)),
);

describe('the grid reader under arbitrary input', () => {
  it('never throws and always returns a report', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (values) => {
      const report = checkPlan({ values }, { asAt: AS_AT });
      expect(Array.isArray(report.issues)).toBe(true);
    }), { numRuns: 200 });
  });

  it('reads the same actions whatever the order of the columns', () => {
    const header = ['Indicator', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'];
    const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `x${s.replace(/\s+/g, ' ')}`);
    const row = fc.tuple(fc.integer({ min: 1, max: 9 }).map(String), text, text, fc.constantFrom('Jan-20', 'Q3 23/24', 'Ongoing', 'March 2024'), fc.constantFrom('Not Started', 'In Progress', 'Completed'), text);
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (rows, order) => {
      const plain = recognisePlan({ values: [['WRES plan'], header, ...rows] });
      const shuffled = recognisePlan({ values: [['WRES plan'], order.map((i) => header[i]), ...rows.map((r) => order.map((i) => r[i]))] });
      const strip = (p: typeof plain) => p.actions.map((a) => ({ row: a.row, fields: a.fields, block: a.blockIndicator }));
      expect(strip(shuffled)).toEqual(strip(plain));
    }), { numRuns: 100 });
  });
});
