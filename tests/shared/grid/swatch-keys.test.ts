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

/**
 * A key beside the plan, on the plan's own rows, parted by rows put into the plan: Excel inserts whole rows, so a trust
 * spacing its actions with blank rows, or a plan breaking over a page with its header printed again, puts an empty row or
 * two between the key's title and entries (holdout58 marshfleet under the layout and stray-rows properties: 'Complete'
 * blue was lost and read green). The key reads on over them; a block further down is still another block.
 */
describe('a key beside the plan parted by rows put into the plan', () => {
  const PLAN: CellValue[][] = [
    ['WDES action plan 2019/20'],
    ['Ref', 'Action', 'Lead', 'Status', null, 'Key', null],
    ['MW1', 'Run a declaration campaign with the network.', 'Head of Workforce Intelligence', 'Complete', null, null, 'Not started'],
    ['MW2', 'Review the guaranteed interview scheme.', 'Recruitment Lead', 'On track', null, null, 'Behind plan'],
    [],
    ['MW3', 'Separate sickness capability from performance capability.', 'Head of ER', 'Behind plan', null, null, 'On track'],
    ['MW4', 'Introduce a conflict-resolution module.', 'Head of Education', 'Not started', null, null, 'Complete'],
    ['MW5', 'Offer places on the Stepping Up programme.', 'Head of Leadership', 'On track'],
    ['MW6', 'Make a Health Passport available to all staff.', 'OH Manager', 'On track'],
    ['MW7', 'Set up a central adjustments budget.', 'OH Manager', 'Behind plan'],
    ['MW8', 'Give the network a budget and a Board sponsor.', 'EDI Lead', 'Complete'],
    ['MW9', 'Publish the WDES report on the website.', 'Communications Lead', 'Complete'],
    ['MW10', 'Train recruiting managers in adjustments at interview.', 'Head of Recruitment', 'On track'],
    ['MW11', 'Ask the Board to self-declare.', 'Company Secretary', 'Not started'],
  ];
  // The statuses are words only: their colours come from the key ('Complete' blue, where the usual words make it green).
  const fills = { ...swatches(2, 5, [RED, AMBER]), ...swatches(5, 5, [GREEN, BLUE]) };

  it('reads every entry of a key parted by a spacer row, its colours colouring the statuses', () => {
    const report = checkPlan(gridOf(PLAN, fills), { asAt: AS_AT });
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Not started red', 'Behind plan amber', 'On track green', 'Complete blue']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber', 'red', 'green', 'green', 'amber', 'blue', 'blue', 'green', 'red']);
  });

  it("reads the key on over the plan's header printed again, a blank row between its title and first entry", () => {
    const values: CellValue[][] = [
      ['WRES action plan 2023/24'],
      ['No.', 'What we will do', 'Owner', 'Progress', null, null, 'Status key'],
      [],
      ['1', 'Publish the workforce profile.', 'Workforce Lead', 'Done', null, null, null, 'Done'],
      ['WRES action plan (continued)'],
      ['No.', 'What we will do', 'Owner', 'Progress'],
      ['2', 'Audit every disciplinary case.', 'Head of ER', 'Slipping', null, null, null, 'Slipping'],
      ['3', 'Offer mentoring to band 5 and 6 nurses.', 'Deputy Chief Nurse', 'Done', null, null, null, 'Stopped'],
      ['4', 'Add racial abuse to the incident form.', 'Head of Security', 'Stopped'],
      ['5', 'Run listening events with the network.', 'EDI Lead', 'Slipping'],
      ['6', 'Publish shortlisting ratios each quarter.', 'Workforce Lead', 'Done'],
      ['7', 'Set an aspirational goal for band 8c and above.', 'Chief People Officer', 'Done'],
      ['8', 'Report progress to the Board twice a year.', 'Director of People', 'Slipping'],
      ['9', 'Review the bullying and harassment policy.', 'Head of ER', 'Done'],
    ];
    const report = checkPlan(gridOf(values, { '3,6': BLUE, '6,6': AMBER, '7,6': RED }), { asAt: AS_AT });
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Done blue', 'Slipping amber', 'Stopped red']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'amber', 'blue', 'red', 'amber', 'blue', 'blue', 'amber', 'blue']);
  });

  it('NEGATIVE: four empty rows part two blocks; an untitled block of two entries under them is no key', () => {
    const values: CellValue[][] = [...PLAN.slice(0, 4), [], [], [], [], ...PLAN.slice(5)];
    const at = { ...swatches(2, 5, [RED, AMBER]), ...swatches(8, 5, [GREEN, BLUE]) };
    // (The two entries under the gap are no key of their own: untitled, and fewer than three.)
    const report = checkPlan(gridOf(values, at), { asAt: AS_AT });
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Not started red', 'Behind plan amber']);
  });
});
