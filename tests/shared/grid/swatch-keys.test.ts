import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, MergeArea, PlanReport } from '../../../shared/types';

/**
 * A key block laid out as swatches: on each of a few rows, a cell filled in a RAG colour (holding a code such as 'B',
 * or empty) beside what the colour means, with the block's title ('BRAG', 'RAG rating', 'Key') sharing the first
 * entry's row instead of standing on its own — under the plan, above it, or beside it beyond an empty column. Every
 * row of the block is the plan's key (the titled one too), none of them an action, each named to the user with why;
 * and the key colours the plan's statuses ('Complete' blue where the usual words would make it green).
 */
const AS_AT = new Date(Date.UTC(2024, 10, 1));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const WIDTH = 12;

/** A grid from rows and fills given as 'row,column' → colour. */
function gridOf(values: CellValue[][], at: Record<string, string>, merges: MergeArea[] = []): Grid {
  const fills = values.map((_, r) => Array.from({ length: WIDTH }, (_, c) => at[`${r},${c}`] ?? null));
  return { values, fills, merges };
}

/** Fills for a key block's swatches: one column, rows from `top`, in the colours given. */
const swatches = (top: number, c: number, colours: string[]) => Object.fromEntries(colours.map((colour, i) => [`${top + i},${c}`, colour]));
/** A row with texts at the columns given. */
const at = (cells: Record<number, CellValue>): CellValue[] => Array.from({ length: Math.max(...Object.keys(cells).map(Number)) + 1 }, (_, c) => cells[c] ?? null);
const keyRowsSetAside = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside' && /the plan's key/.test(i.message));

/** A WRES plan whose statuses are words the key colours otherwise than the usual words do ('Complete' blue). */
const WRES_PLAN: CellValue[][] = [
  ['Trust WRES action plan 2024/25'],
  ['Ref', 'Action', 'Lead', 'Timescale', 'Progress'],
  ['1.1', 'Publish the workforce profile by band and ethnicity.', 'Head of Workforce Information', 'Q2 2024/25', 'Complete'],
  ['1.2', 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'Q3 2024/25', 'On track'],
  ['2.1', 'Audit every disciplinary case by ethnicity with the staff network.', 'Head of Employee Relations', 'Q4 2024/25', 'At risk'],
];

describe("a key block whose title shares a row with its first entry, codes in the swatches", () => {
  it("still reads the key when columns inserted through the sheet part its swatches from their meanings ('BRAG' | 'B' | | | 'Complete')", () => {
    // Excel inserts whole columns: a trust that adds two columns to its plan moves the key's meanings two columns right.
    const values: CellValue[][] = [
      ...WRES_PLAN,
      [],
      ['BRAG', 'B', null, null, 'Complete'],
      [null, 'G', null, null, 'On track'],
      [null, 'A', null, null, 'At risk'],
      [null, 'R', null, null, 'Not started'],
    ];
    const report = checkPlan(gridOf(values, swatches(6, 1, [BLUE, GREEN, AMBER, RED])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
    expect(keyRowsSetAside(report).map((i) => i.row)).toEqual([7, 8, 9, 10]);
  });

  it("reads 'RAG rating' | 'B' blue | 'Complete' under the plan, and the rows under it, as the key, not as actions", () => {
    // The key sits under the plan's Ref, Action and Lead columns: the title under Ref, the codes under Action, the meanings under Lead.
    const values: CellValue[][] = [
      ...WRES_PLAN,
      [],
      ['RAG rating', 'B', 'Complete'],
      [null, 'G', 'On track'],
      [null, 'A', 'At risk'],
      [null, 'R', 'Not started'],
    ];
    const report = checkPlan(gridOf(values, swatches(6, 1, [BLUE, GREEN, AMBER, RED])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Complete blue', 'On track green', 'At risk amber', 'Not started red']);
    // The key, not the usual words, colours the statuses: 'Complete' is blue.
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
    const named = keyRowsSetAside(report);
    expect(named.map((i) => i.row)).toEqual([7, 8, 9, 10]);
    expect(named[0].message).toContain("the key titled 'RAG rating' on rows 7–10");
    expect(named[0].message).toContain("'B' filled blue means 'Complete'");
  });

  it("reads a WDES plan's 'BRAG' block in other columns, under a plan of letter statuses, the letters finding their meanings", () => {
    const values: CellValue[][] = [
      ['Metric', 'Action', 'Accountable', 'By when', 'BRAG'],
      ['M1', 'Add a declaration prompt to every payslip quarter.', 'Deputy Chief People Officer', 'Q2 24/25', 'B'],
      ['M4a', 'Extend lone-worker devices to all community teams.', 'Head of Health and Safety', 'Q4 24/25', 'A'],
      ['M9a', 'Agree protected time for the Disability Network leads.', 'Chief People Officer', 'Q1 24/25', 'G'],
      [],
      [],
      at({ 2: 'BRAG', 3: 'B', 4: 'Complete' }),
      at({ 3: 'G', 4: 'On track' }),
      at({ 3: 'A', 4: 'At risk of slipping' }),
      at({ 3: 'R', 4: 'Off track / not started' }),
    ];
    const report = checkPlan(gridOf(values, swatches(6, 3, [BLUE, GREEN, AMBER, RED])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.ragKey.entries.find((e) => e.label === 'Complete')).toMatchObject({ rag: 'blue', aliases: ['b'] });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'green']);
  });
});

describe('a key block of empty swatches: each meaning beside a cell filled in its colour, no text in it', () => {
  /** A WDES plan whose status words the usual vocabulary colours otherwise ('Delivered' green, 'Progressing' amber, 'Stalled' red). */
  const WDES_PLAN: CellValue[][] = [
    ['WDES action plan 2025/26'],
    ['Metric', 'What we will do', 'Owner', 'Deadline', 'Status'],
    ['M2', 'Offer reasonable adjustments at interview in every invitation letter.', 'Head of Recruitment', 'Sept 2025', 'Delivered'],
    ['M6', 'Launch the Workplace Adjustments Passport.', 'Head of Occupational Health', 'Q4 25/26', 'Progressing'],
    ['M7', 'Run listening events with the Disability Network twice a year.', 'EDI Lead', 'Ongoing', 'Stalled'],
  ];

  it("reads 'Key' beside its first empty swatch under the plan as the key", () => {
    // The meanings fall under the plan's action column: each row is named to the user as the key's.
    const values: CellValue[][] = [...WDES_PLAN, [], ['Key', null, 'Delivered'], [null, null, 'Progressing'], [null, null, 'Stalled']].map((row) => (row.length === 3 && row[0] !== 'Metric' ? [null, ...row] : row));
    const report = checkPlan(gridOf(values, swatches(6, 2, [BLUE, GREEN, AMBER])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Delivered blue', 'Progressing green', 'Stalled amber']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
    expect(keyRowsSetAside(report)[0].message).toContain("a cell filled blue means 'Delivered'");
  });

  it('reads the same block above the plan, its title beside the first swatch', () => {
    const values: CellValue[][] = [
      ['WDES action plan 2025/26'],
      [],
      ['Status key', null, 'Delivered'],
      [null, null, 'Progressing'],
      [null, null, 'Stalled'],
      [],
      ...WDES_PLAN.slice(1),
    ];
    const report = checkPlan(gridOf(values, swatches(2, 1, [BLUE, GREEN, AMBER])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([8, 9, 10]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
  });

  it('reads the same block beside the plan, beyond an empty column, with empty swatches or with codes in them', () => {
    for (const codes of [[null, null, null], ['B', 'G', 'A']]) {
      const values: CellValue[][] = WDES_PLAN.map((row, r) => {
        const k = r - 2;
        if (k < 0 || k > 2) return row;
        return [...row, null, k === 0 ? 'RAG rating' : null, codes[k], WDES_PLAN[2 + k][4]];
      });
      const report = checkPlan(gridOf(values, swatches(2, 7, [BLUE, GREEN, AMBER])), { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
      expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Delivered blue', 'Progressing green', 'Stalled amber']);
      expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
    }
  });

  it('reads a block with no title when every meaning is a status and the swatches run in three colours or more', () => {
    const values: CellValue[][] = [...WRES_PLAN, [], [null, null, 'Complete'], [null, null, 'On track'], [null, null, 'At risk']];
    const report = checkPlan(gridOf(values, swatches(6, 1, [BLUE, GREEN, AMBER])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
  });
});

describe('rows that only look like a titled key entry stay actions', () => {
  it("keeps short actions whose first cell is a subject, beside a status filled in its colour ('Recruitment' | 'G' | 'Complete the audit.')", () => {
    const values: CellValue[][] = [
      ['Area', 'RAG', 'Action'],
      ['Recruitment', 'G', 'Complete the shortlisting audit.'],
      ['Progression', 'A', 'On track reporting to the board.'],
      ['Culture', 'R', 'Publish the staff survey results.'],
      ['Governance', 'B', 'Agree the plan at the People Committee.'],
    ];
    const report = checkPlan(gridOf(values, swatches(1, 1, [GREEN, AMBER, RED, BLUE])), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(report.actions.map((a) => a.action)).toEqual(['Complete the shortlisting audit.', 'On track reporting to the board.', 'Publish the staff survey results.', 'Agree the plan at the People Committee.']);
    // 'Area' is written on every action row: each action's topic, kept as context, not a theme (topic-columns.test.ts).
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null]);
    expect(keyRowsSetAside(report)).toEqual([]);
  });

  it('keeps short actions under a subject merged down over them, their status letters filled, as actions', () => {
    const values: CellValue[][] = [
      ['Theme', 'RAG', 'Action'],
      ['Data', 'G', 'Publish the workforce data.'],
      [null, 'A', 'Audit the interview panels.'],
      [null, 'R', 'Train the recruiting managers.'],
      ['Culture', 'B', 'Launch the reverse mentoring scheme.'],
    ];
    const merges: MergeArea[] = [{ top: 1, left: 0, bottom: 3, right: 0 }];
    const report = checkPlan(gridOf(values, swatches(1, 1, [GREEN, AMBER, RED, BLUE]), merges), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Data', 'Data', 'Data', 'Culture']);
    expect(keyRowsSetAside(report)).toEqual([]);
  });
});
