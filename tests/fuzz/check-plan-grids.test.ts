/**
 * Fuzzing the core with grids nobody designed: whatever a sheet holds, `checkPlan` returns a
 * report (maybe full of issues) and never throws. Counts of cases are printed so a reader of the
 * CI log can see how much was tried.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../shared/types';

const SOAK = process.env.SOAK === '1';
// A fixed seed by default, so CI runs the same grids every time (as the layout and stray-rows properties do); FUZZ_SEED=random
// explores, FUZZ_SEED=<number> repeats a run. Seed -778815755 finds a known weakness: junk rows under the header holding
// header words ('Timescale' | date | … | 'Lead') can outscore the header itself (docs/reader.md, "What the reader still gets wrong").
if (process.env.FUZZ_SEED !== 'random') fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261205) });
const AS_AT = new Date(2023, 9 /* Oct */, 31);
let cases = 0;

/** What a user would notice is broken: a missing part of the report, or a message that is not words. */
function expectUsableReport(report: PlanReport, grid: Grid): void {
  expect(Array.isArray(report.actions)).toBe(true);
  expect(Array.isArray(report.issues)).toBe(true);
  const lastRow = (grid.origin?.row ?? 0) + grid.values.length;
  for (const action of report.actions) {
    expect(action.row).toBeGreaterThanOrEqual(1);
    expect(action.row).toBeLessThanOrEqual(lastRow);
  }
  for (const issue of report.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    // A stack trace or an "undefined"/"[object Object]" leaking into a message is a bug a user sees.
    expect(issue.message).not.toMatch(/\n\s+at |\[object Object\]|\bundefined\b|\bNaN\b/);
  }
  expect(() => JSON.stringify(report)).not.toThrow();
}

function check(grid: Grid): PlanReport {
  cases += 1;
  const report = checkPlan(grid, { asAt: AS_AT });
  expectUsableReport(report, grid);
  return report;
}

/** Words that make the recogniser think it found a header, a legend or a status, so fuzzing goes deep. */
const PLAN_WORDS = [
  'Action', 'Actions', 'WRES Action', 'Lead', 'Lead/s', 'Responsibility for action', 'Timescale', 'Deadline',
  'Status', 'RAG Rating', 'Progress', 'Update', 'Indicator', 'Metric', 'Objective', 'Outcome', 'Anticipated Outcome',
  'Red', 'Amber', 'Green', 'Blue', 'Not yet begun', 'Completed', 'On Track', 'Slippage Likely', 'Critical',
  'Q4 23/24', 'Jan-20', 'Ongoing', 'Decembe r 2021', '31/03/2025', 'See 6. Above.', '2a', '4b', '9a',
  'Red = yet to begin Amber = in progress Green = completed', 'Progress Key:', 'Workforce Race Equality Standard',
  'WDES action plan 2023-24', '<p>Review&nbsp;<b>policy</b></p>',
];

const NASTY_STRINGS = [
  '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '=SUM(A1:A3)', '=HYPERLINK("http://x","y")', '+cmd|\'/c calc\'!A1', '-2+3',
  '@SUM(1)', '👩🏽‍⚕️🏥', '🟥🟧🟩', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u0000\u0001', '   ', '\t\n\r',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<CellValue>(...PLAN_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 2_958_465 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }) },
  { weight: 4, arbitrary: fc.constant(null) },
);

const fillArb = fc.oneof(fc.constant(null), fc.constantFrom('#FF0000', '#FFC000', '#00B050', '#0070C0', '#FFFFFF', '#92D050'));

/** A rectangular grid with fills and merges inside its bounds, as Excel or a reader would give it. */
const gridArb: fc.Arbitrary<Grid> = fc
  .record({ rows: fc.integer({ min: 0, max: 30 }), columns: fc.integer({ min: 1, max: 14 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      values: fc.array(fc.array(cellArb, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      fills: fc.option(
        fc.array(fc.array(fillArb, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
        { nil: undefined },
      ),
      merges: fc.option(
        fc.array(
          fc
            .record({
              top: fc.nat(Math.max(0, rows - 1)),
              left: fc.nat(columns - 1),
              height: fc.nat(5),
              width: fc.nat(3),
            })
            .map(({ top, left, height, width }) => ({
              top,
              left,
              bottom: Math.min(Math.max(0, rows - 1), top + height),
              right: Math.min(columns - 1, left + width),
            })),
          { maxLength: 4 },
        ),
        { nil: undefined },
      ),
      origin: fc.option(fc.record({ row: fc.nat(50), column: fc.nat(10) }), { nil: undefined }),
      sheetName: fc.option(fc.string({ maxLength: 31 }), { nil: undefined }),
    }),
  );

describe('checkPlan on arbitrary grids', () => {
  afterAll(() => console.log(`fuzz: checkPlan ran ${cases} grid cases`));

  it('returns a report, never an exception, for random grids of mixed cell types', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        check(grid);
      }),
      { numRuns: SOAK ? 10_000 : 1_000 },
    );
  });

  it('returns a report for header-like rows followed by junk rows (the recogniser goes past the header)', () => {
    const header = ['Indicator', 'Action', 'Lead', 'Timescale', 'Status', 'Progress'];
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 6, maxLength: 6 }), { maxLength: 25 }), (rows) => {
        const report = check({ values: [header, ...rows] });
        // The header was recognised, so the action column is known whatever followed it.
        expect(report.columns.action).toBeDefined();
      }),
      { numRuns: SOAK ? 5_000 : 500 },
    );
  });

  it('returns a report for ragged rows (rows of different lengths) and fills of a different shape', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 20 }),
        fc.array(fc.array(fillArb, { maxLength: 4 }), { maxLength: 4 }),
        (values, fills) => {
          check({ values, fills });
        },
      ),
      { numRuns: SOAK ? 3_000 : 300 },
    );
  });

  it('reports an empty sheet as having no actions, with words rather than a crash', () => {
    for (const values of [[], [[]], [[null, null], [null, null]], [['', '  ', '\t']]]) {
      const report = check({ values });
      expect(report.actions).toHaveLength(0);
    }
  });

  it('keeps a 40,000-character cell (over Excel\'s 32,767 limit) and still reads the row', () => {
    const long = 'Review recruitment practice. '.repeat(1_400).slice(0, 40_000);
    const report = check({
      values: [
        ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
        ['1', long, 'Head of HR', 'Mar-24', 'In progress'],
        ['2', '<b>Shortlisting</b> audit 👩🏽‍⚕️ مراجعة', 'Director', 'Q4 23/24', 'Completed'],
      ],
    });
    expect(report.actions.length).toBeGreaterThanOrEqual(2);
    expect(report.actions[0].action.length).toBeGreaterThan(30_000);
  });

  it('handles the widest sheet Excel allows (1 row × 16,384 columns) in bounded time', () => {
    const row: CellValue[] = Array.from({ length: 16_384 }, (_, i) => (i % 7 === 0 ? 'Action' : i % 5 === 0 ? '#REF!' : i));
    const started = performance.now();
    check({ values: [row] });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('handles a 100,000 × 1 column of mixed values in bounded time', () => {
    const values: CellValue[][] = Array.from({ length: 100_000 }, (_, i) => [
      i === 0 ? 'Action' : i % 3 === 0 ? `Action ${i} =1+1` : i % 3 === 1 ? '#N/A' : i,
    ]);
    const started = performance.now();
    check({ values });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('never lets cell text that looks like object keys (__proto__, constructor) change the report\'s shape', () => {
    const report = check({
      values: [
        ['Indicator', 'Action', 'Lead', 'Timescale', 'Status'],
        ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__'],
        ['1', 'Run reverse mentoring', 'Chief People Officer', 'Mar-24', 'constructor'],
      ],
    });
    // Object.prototype untouched, and every count still a number.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof ({} as Record<string, unknown>).toString).toBe('function');
    for (const count of Object.values(report.summary.byIndicator)) expect(typeof count).toBe('number');
    expect(report.actions.some((a) => a.action === 'Run reverse mentoring')).toBe(true);
  });
});
