import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A colour legend that is no RAG key: each action's group (priority area, workstream) is given only by the colour of a
 * cell — an 'Area' column with no text, a code column, or the action's own cell filled — decoded by a key of swatches
 * beside the groups' names (and perhaps the indicators each covers) above the plan, under it or in a block beside it.
 * The action's theme is the group's name and its indicators those the key gives the group; the key's rows are no
 * actions; the colour is never read as a status. A key of statuses stays the plan's RAG key, and grey bands or a
 * header's shade code nothing.
 */
const AS_AT = new Date(Date.UTC(2024, 10, 1));
const WIDTH = 14;
const LAVENDER = '#E4DFEC';
const MINT = '#E2EFDA';
const PEACH = '#FCE4D6';
const SKY = '#DDEBF7';

/** A grid from rows and fills given as 'row,column' → colour (0-based). */
function gridOf(values: CellValue[][], at: Record<string, string>): Grid {
  const fills = values.map((_, r) => Array.from({ length: WIDTH }, (_, c) => at[`${r},${c}`] ?? null));
  return { values, fills, merges: [] };
}
/** Fills down one column from `top`, in the colours given (null: none). */
const down = (top: number, c: number, colours: (string | null)[]) => Object.fromEntries(colours.flatMap((colour, i) => (colour ? [[`${top + i},${c}`, colour]] : [])));
const themes = (report: PlanReport) => report.actions.map((a) => a.theme);
const keyRows = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside' && /colour key/.test(i.message));

describe('a colour key under the plan, its swatches holding short codes, the plan coding each action in a column of codes', () => {
  // A WDES plan: 'Workstream' holds the code, filled in the code's colour; the key under the plan gives each code's
  // name and the metrics it covers.
  const values: CellValue[][] = [
    ['Ashfield Community NHS Trust – WDES action plan 2025/26'],
    ['No.', 'Workstream', 'What we will do', 'Owner', 'Deadline', 'Status'],
    ['1', 'WF', 'Offer a guaranteed interview to every disabled applicant who meets the criteria.', 'Head of Recruitment', 'Sept 2025', 'Complete'],
    ['2', 'WF', 'Publish the shortlisting ratio by disability in the workforce report.', 'Workforce Information Manager', 'Dec 2025', 'On track'],
    ['3', 'AD', 'Launch the Workplace Adjustments Passport in every directorate.', 'Head of Occupational Health', 'Mar 2026', 'At risk'],
    ['4', 'VO', 'Give the Disability Network chair protected time and a seat at the People Committee.', 'Chief People Officer', 'Jun 2025', 'Complete'],
    [],
    [null, 'Workstream codes'],
    [null, 'WF', 'Fair recruitment and progression', 'Metrics 1, 2 and 3'],
    [null, 'AD', 'Adjustments and wellbeing', 'Metrics 4a, 4b and 6'],
    [null, 'VO', 'Disabled staff voices', 'Metric 9b'],
  ];
  const fills = { ...down(2, 1, [MINT, MINT, PEACH, SKY]), ...down(8, 1, [MINT, PEACH, SKY]) };
  const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });

  it("reads each action's theme and metrics from the key its code's colour names", () => {
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(themes(report)).toEqual(['Fair recruitment and progression', 'Fair recruitment and progression', 'Adjustments and wellbeing', 'Disabled staff voices']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1', '2', '3'], ['1', '2', '3'], ['4a', '4b', '6'], ['9b']]);
  });

  it('names each key row to the user as the key, not an action, and says why each theme was read', () => {
    expect(keyRows(report).map((i) => i.row)).toEqual([9, 10, 11]);
    expect(keyRows(report)[0].message).toContain("pale green (#E2EFDA) means 'Fair recruitment and progression', covering indicators 1, 2, 3");
    expect(report.actions[2].sources.theme?.why).toMatch(/^Theme: its Workstream cell B5 is filled peach \(#FCE4D6\), which the colour key 'Workstream codes' on row 10 names 'Adjustments and wellbeing'/);
    expect(report.actions[2].sources.indicators?.why).toContain("covering 'Metrics 4a, 4b and 6'");
    expect(report.columnEvidence.find((e) => e.field === 'theme')?.reason).toContain('decoded by the colour key');
  });

  it('still reads the statuses from the status column', () => {
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'amber', 'green']);
  });
});

describe("a colour key in a block beside the plan, naming themes without indicators, the action's own cell filled", () => {
  // The plan has its own indicator column: the key gives the theme only.
  const plan: CellValue[][] = [
    ['WRES action plan 2024/25', null, null, null, null, null, 'Colour of the action'],
    ['Indicator', 'Action', 'Lead', 'Due', 'Progress'],
    ['2', 'Put a trained inclusion ambassador on every Band 7+ interview panel.', 'Head of Resourcing', 'Q3 2024/25', 'In progress', null, null, 'Inclusive recruitment'],
    ['5', 'Introduce a zero-tolerance charter for racist abuse from patients.', 'Chief Nurse', 'Q2 2024/25', 'Complete', null, null, 'Safe and respectful workplaces'],
    ['1', 'Set a target for BME representation at Band 8a and above.', 'Deputy Chief People Officer', 'Q4 2024/25', 'Not started', null, null, 'Board and senior leadership'],
    ['7', 'Review the equal opportunities question with the staff network.', 'EDI Lead', 'Q1 2025/26', 'In progress'],
  ];
  // Each swatch is the empty cell in G beside its name in H.
  const fills = { ...down(2, 1, [LAVENDER, MINT, SKY, MINT]), ...down(2, 6, [LAVENDER, MINT, SKY]) };
  const report = checkPlan(gridOf(plan, fills), { asAt: AS_AT });

  it('reads the theme from the colour of the action cell, the indicators from their column', () => {
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    expect(themes(report)).toEqual(['Inclusive recruitment', 'Safe and respectful workplaces', 'Board and senior leadership', 'Safe and respectful workplaces']);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['5'], ['1'], ['7']]);
    expect(report.actions[0].sources.theme?.why).toContain("its Action cell B3 is filled lavender");
    expect(report.actions.map((a) => a.statusRag)).toEqual(['amber', 'green', 'red', 'amber']);
  });
});

describe("a colour key beside the plan titled 'Key', its colours RAG hues", () => {
  it("reads the groups, and keeps them out of the plan's RAG key: their names are no statuses", () => {
    const values: CellValue[][] = [
      ['WRES action plan 2024/25'],
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['1', 'Publish the workforce profile by band and ethnicity.', 'Head of Workforce Information', 'Q2 2024/25', 'Complete', null, 'Key'],
      ['2', 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'Q3 2024/25', 'On track', null, null, 'Workforce'],
      ['3', 'Run a reverse mentoring scheme for the executive team.', 'Director of OD', 'Q4 2024/25', 'In progress', null, null, 'Culture'],
    ];
    const fills = { ...down(2, 1, ['#FFC000', '#FFC000', '#00B050']), ...down(3, 6, ['#FFC000', '#00B050']) };
    const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(themes(report)).toEqual(['Workforce', 'Workforce', 'Culture']);
    expect(report.ragKey.entries.map((e) => e.label)).not.toContain('Workforce');
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'amber']);
  });
});

describe('a colour key above the header in other words: the name filled in its colour, the indicators beside it', () => {
  it("reads 'All' as every indicator, and the group's colour in an unheaded first column", () => {
    const values: CellValue[][] = [
      ['Priority areas'],
      ['Senior leadership and Board', 'Indicators 1 and 9'],
      ['Recruitment and careers', 'Indicators 2, 3 and 7'],
      ['Our commitments to every indicator', 'All'],
      [],
      [null, 'Action', 'Responsible', 'Completion date', 'RAG'],
      [null, 'Sponsor every BME applicant to the NHS Leadership Academy programmes.', 'Head of OD', '31/03/2025', 'Green'],
      [null, 'Use de-identified shortlisting for every Band 7+ post.', 'Head of Resourcing', '30/09/2024', 'Amber'],
      [null, 'Report this plan to the Board twice a year.', 'Director of People', '31/03/2025', 'Green'],
    ];
    const fills = { ...down(1, 0, [PEACH, SKY, LAVENDER]), ...down(6, 0, [PEACH, SKY, LAVENDER]) };
    const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([7, 8, 9]);
    expect(themes(report)).toEqual(['Senior leadership and Board', 'Recruitment and careers', 'Our commitments to every indicator']);
    expect(report.actions.map((a) => a.indicators.join(','))).toEqual(['1,9', '2,3,7', '1,2,3,4,5,6,7,8,9']);
    // The group's colour is no status: the RAG is the RAG column's.
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'amber', 'green']);
  });
});

describe('what is no colour key of groups', () => {
  const PLAN: CellValue[][] = [
    ['WRES action plan 2024/25'],
    ['Area', 'Action', 'Lead', 'Due', 'Status'],
    [null, 'Publish the workforce profile by band and ethnicity.', 'Head of Workforce Information', 'Q2 2024/25', 'Complete'],
    [null, 'Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'Q3 2024/25', 'On track'],
    [null, 'Audit every disciplinary case by ethnicity with the staff network.', 'Head of Employee Relations', 'Q4 2024/25', 'At risk'],
  ];

  it('a RAG key of swatches beside status words stays the RAG key, and the statuses filled in its colours stay statuses', () => {
    const values: CellValue[][] = [...PLAN, [], [null, 'Key'], [null, null, 'Complete'], [null, null, 'On track'], [null, null, 'At risk']];
    const fills = { ...down(7, 1, ['#0070C0', '#00B050', '#FFC000']), ...down(2, 4, ['#0070C0', '#00B050', '#FFC000']), ...down(2, 0, ['#0070C0', '#00B050', '#FFC000']) };
    const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(themes(report)).toEqual([null, null, null]);
    expect(report.ragKey.entries.map((e) => `${e.label} ${e.rag}`)).toEqual(['Complete blue', 'On track green', 'At risk amber']);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['blue', 'green', 'amber']);
  });

  it('grey bands over every other row and a shaded header are no colour code, with or without a key of other colours', () => {
    const bands = { ...Object.fromEntries([0, 1, 2, 3, 4].map((c) => [`1,${c}`, '#BFBFBF'])), ...Object.fromEntries([0, 1, 2, 3, 4].map((c) => [`3,${c}`, '#F2F2F2'])) };
    const key: CellValue[][] = [[], [null, 'Area colours'], [null, null, 'Workforce'], [null, null, 'Culture']];
    for (const values of [PLAN, [...PLAN, ...key]]) {
      const report = checkPlan(gridOf(values, { ...bands, ...down(7, 1, [LAVENDER, MINT]) }), { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
      expect(themes(report)).toEqual([null, null, null]);
    }
  });

  it("a key colour that is also a status's fill does not turn the status column's fills into themes", () => {
    // The key's mint is the status column's fill for 'Complete': only a column the key codes (here none) gives themes.
    const values: CellValue[][] = [...PLAN, [], [null, 'Area colours'], [null, null, 'Workforce'], [null, null, 'Culture']];
    const fills = { ...down(7, 1, ['#C6EFCE', LAVENDER]), ...down(2, 4, ['#C6EFCE', '#C6EFCE', '#FFEB9C']) };
    const report = checkPlan(gridOf(values, fills), { asAt: AS_AT });
    expect(themes(report)).toEqual([null, null, null]);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'amber']);
    // With the Area column coded too, the Area column gives the themes and the statuses keep their colours.
    const coded = checkPlan(gridOf(values, { ...fills, ...down(2, 0, ['#C6EFCE', LAVENDER, LAVENDER]) }), { asAt: AS_AT });
    expect(themes(coded)).toEqual(['Workforce', 'Culture', 'Culture']);
    expect(coded.actions.map((a) => a.statusRag)).toEqual(['green', 'green', 'amber']);
  });
});
