import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { indicatorsMeasured, indicatorsMentioned } from '../../../shared/indicators';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A plan written in an improvement method's own words: a QI driver diagram ('Aim | Primary drivers | Secondary drivers |
 * Change ideas | Measures | Idea owner | Test by | PDSA stage | Learning so far'), a PDSA log ('Test of change | Cycle |
 * Owner | By when | Status'), a logic model ('Activities | Outputs | Outcomes'). Three patterns:
 * 1. the header is found by its words where the reader knows them, and by the CONTRAST between its short labels and the
 *    columns under them (dates, names, statuses, sentences) where it does not;
 * 2. the aim and drivers merged down over the change ideas are context, never actions, and no theme;
 * 3. a measure cell stating its outcome line ('Outcome: WDES metric 8') names the action's indicators, not the aim over it.
 */
const AS_AT = new Date(Date.UTC(2022, 0, 15));
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const read = (g: Grid) => checkPlan({ sheetName: 'Plan', ...g }, { asAt: AS_AT });
const down = (top: number, bottom: number, c: number) => ({ top, left: c, bottom, right: c });
/** Fills for one column's rows: row → colour. */
function paint(values: CellValue[][], c: number, colours: Record<number, string>): (string | null)[][] {
  return values.map((row, r) => row.map((_, k) => (k === c ? colours[r] ?? null : null)));
}

const AIM = 'By March 2023, halve the gap in harassment from managers reported by disabled staff (WDES metrics 4a and 7).';

/** A driver diagram as tallisford lays it out, with a key line above the header and its own wording of each driver. */
function driverDiagram(): Grid {
  const values: CellValue[][] = [
    ['Northfleet Community Health NHS Trust – WDES 2022/23 driver diagram'],
    ['PDSA stage: Adopted (blue) = now how we work · Testing (green) = on track · Testing – delayed (amber) · Not started (red)'],
    [],
    ['Aim', 'Primary drivers', 'Secondary drivers', 'Change ideas', 'Measures', 'Idea owner', 'Test by', 'PDSA stage', 'Learning so far'],
    [AIM, 'Managers know how to support disabled staff', 'Managers understand adjustments', 'Add an adjustments module to the new managers programme.', 'Outcome: WDES metric 4a (managers)\nProcess: % completing the module', 'Head of Leadership', date(2022, 10, 31), 'Adopted', 'Module compulsory since June.'],
    [null, null, null, 'Give every ward manager a one-page adjustments guide.', 'Outcome: WDES metric 8\nProcess: guides requested', 'Clinical Director', date(2022, 12, 31), 'Testing', 'Tested in two wards.'],
    [null, 'Disabled staff feel safe to report', 'Reporting routes are trusted', 'Offer an anonymous reporting route through the FTSU app.', 'Outcome: WDES metrics 4a (patients) and 4b\nProcess: reports per month', 'FTSU Guardian', date(2023, 1, 31), 'Testing – delayed', 'App supplier delayed.'],
    [null, null, null, 'Train network members as reporting buddies on inpatient wards.', 'Outcome: WDES metrics 7 and 9a\nProcess: buddies trained', 'Chair, Disability Network', date(2023, 3, 31), 'Not started', null],
    [],
    ['Measures: the outcome measure is the WDES metric the idea should move; process measures count what we did.'],
  ];
  const fills = paint(values, 7, { 4: BLUE, 5: GREEN, 6: AMBER, 7: RED });
  return { values, fills, merges: [down(4, 7, 0), down(4, 5, 1), down(4, 5, 2), down(6, 7, 1), down(6, 7, 2)] };
}

describe('a header in an improvement method’s own words', () => {
  it('reads a QI driver diagram: one action per change idea, owner, test-by date, PDSA stage and learning', () => {
    const report = read(driverDiagram());
    expect(report.headerRows).toEqual([4]);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 7, 8]);
    const [first, , third] = report.actions;
    expect(first.action).toBe('Add an adjustments module to the new managers programme.');
    expect(first.lead).toBe('Head of Leadership');
    expect(first.due.text).toBe('31/10/2022');
    expect([first.status, first.rag]).toEqual(['Adopted', 'blue']);
    expect(first.progress).toBe('Module compulsory since June.');
    expect([third.status, third.rag]).toEqual(['Testing – delayed', 'amber']);
    // The key line's meanings ('= now how we work ·') are no part of the next label: every stage is in the key.
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key')).toEqual([]);
  });

  it("reads a PDSA log with the test of change first: 'Test of change | Cycle | Owner | By when | Status'", () => {
    const values: CellValue[][] = [
      ['WRES 2023/24 – tests of change'],
      ['Test of change', 'Cycle', 'Owner', 'By when', 'Status'],
      ['Add a BME panel member to every Band 7+ interview in two divisions.', 'PDSA 2', 'Head of Resourcing', 'Q2 2023/24', 'Testing'],
      ['Ask every shortlisting panel to score blind for one month.', 'PDSA 1', 'Recruitment Manager', 'Q3 2023/24', 'Not started'],
      ['Give reverse mentoring pairs a monthly check-in with OD.', 'PDSA 3', 'Head of OD', 'Q1 2023/24', 'Adopted'],
    ];
    const report = read({ values, fills: paint(values, 4, { 2: GREEN, 3: RED, 4: BLUE }) });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => [a.action.slice(0, 20), a.lead, a.due.text, a.status, a.rag])).toEqual([
      ['Add a BME panel mem', 'Head of Resourcing', 'Q2 2023/24', 'Testing', 'green'].map((v, i) => (i === 0 ? 'Add a BME panel memb' : v)),
      ['Ask every shortlisti', 'Recruitment Manager', 'Q3 2023/24', 'Not started', 'red'],
      ['Give reverse mentori', 'Head of OD', 'Q1 2023/24', 'Adopted', 'blue'],
    ]);
  });

  it('finds a header whose words it does not know from what its columns hold: sentences, names, dates, filled statuses', () => {
    // Only 'Goal' and 'Owner' are header words; 'Experiment', 'Check-in' and 'Where it stands' head their columns by
    // their place over sentences, dates and filled status words.
    const values: CellValue[][] = [
      ['Harbourside NHS Trust – WRES plan 2022/23 (improvement sprints)'],
      ['Goal', 'Experiment', 'Owner', 'Check-in', 'Where it stands'],
      ['Fairer shortlisting for BME applicants', 'Run anonymised application forms in two divisions for a quarter.', 'Head of Resourcing', date(2022, 9, 30), 'On track'],
      [null, 'Put a trained inclusion ambassador on every Band 8a+ panel.', 'Director of People', date(2022, 12, 31), 'Delayed'],
      ['Fewer formal cases for BME staff', 'Ask a second manager to review each case before it opens.', 'Head of Employee Relations', date(2023, 3, 31), 'Not started'],
    ];
    const report = read({ values, fills: paint(values, 4, { 2: GREEN, 3: AMBER, 4: RED }), merges: [down(2, 3, 0)] });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.action.slice(0, 21))).toEqual(['Run anonymised applic', 'Put a trained inclusi', 'Ask a second manager ']);
    expect(report.actions.map((a) => [a.lead, a.due.text, a.rag])).toEqual([
      ['Head of Resourcing', '30/09/2022', 'green'],
      ['Director of People', '31/12/2022', 'amber'],
      ['Head of Employee Relations', '31/03/2023', 'red'],
    ]);
  });

  it("reads a logic model's 'Activities | Outputs | Outcomes' with a lead and a timescale", () => {
    const values: CellValue[][] = [
      ['WDES 2022/23 logic model'],
      ['Activities', 'Outputs', 'Outcomes', 'Lead', 'Timescale'],
      ['Run a disability declaration campaign with the staff network.', 'Campaign in every care group', 'Declaration rate up (WDES metric 1)', 'Head of Workforce Information', 'Q3 2022/23'],
      ['Publish a workplace adjustments passport.', 'Passport on the intranet', 'Adjustments made faster (WDES metric 8)', 'Occupational Health Manager', 'Q4 2022/23'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.action.slice(0, 12), a.lead, a.due.text])).toEqual([
      ['Run a disabi', 'Head of Workforce Information', 'Q3 2022/23'],
      ['Publish a wo', 'Occupational Health Manager', 'Q4 2022/23'],
    ]);
  });
});

describe('the aim and drivers merged down over the change ideas are context', () => {
  it('never reads the aim or a driver as an action, nor as a theme', () => {
    const report = read(driverDiagram());
    for (const a of report.actions) {
      expect(a.theme).toBeNull();
      expect(a.action).not.toMatch(/^By March 2023|know how|feel safe|understand|trusted/);
    }
    const unmapped = report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);
    expect(unmapped.join('\n')).toMatch(/Primary drivers.*the objective is read from column A \('Aim'\)/);
  });

  it('reads change ideas first and the drivers to their right, merged down, the same way', () => {
    const values: CellValue[][] = [
      ['WRES 2022/23 – our change ideas'],
      ['Change idea', 'Test lead', 'Test date', 'PDSA status', 'Key learning', 'Secondary driver', 'Primary driver'],
      ['Publish shortlisting data by division every quarter.', 'Head of Resourcing', 'Sep-22', 'Testing', 'First report out.', 'Managers see their own data', 'Recruitment is fair at every band'],
      ['Add a BME panel member to every Band 8a+ interview.', 'Director of People', 'Dec-22', 'Adopted', 'Now standard.', null, null],
      ['Review every formal case with a Just Culture checklist.', 'Head of ER', 'Mar-23', 'Not started', null, 'Cases are handled fairly', 'Staff are treated fairly when things go wrong'],
    ];
    const report = read({ values, fills: paint(values, 3, { 2: GREEN, 3: BLUE, 4: RED }), merges: [down(2, 3, 5), down(2, 3, 6)] });
    expect(report.actions.map((a) => [a.action.slice(0, 14), a.lead, a.due.text, a.status, a.theme])).toEqual([
      ['Publish shortl', 'Head of Resourcing', 'Sep-22', 'Testing', null],
      ['Add a BME pane', 'Director of People', 'Dec-22', 'Adopted', null],
      ['Review every f', 'Head of ER', 'Mar-23', 'Not started', null],
    ]);
  });

  it('reads a driver diagram with no owner, date or status as a plan of change ideas, and says what it lacks', () => {
    // Decision: the change ideas are what the trust will do, so they are its actions; a user is better told that none
    // has a lead or a timescale than that the sheet holds no plan.
    const values: CellValue[][] = [
      ['WDES driver diagram (draft)'],
      ['Aim', 'Primary drivers', 'Secondary drivers', 'Change ideas'],
      [AIM, 'Managers know how to support disabled staff', 'Managers understand adjustments', 'Add an adjustments module to the new managers programme.'],
      [null, null, null, 'Give every ward manager a one-page adjustments guide.'],
      [null, 'Disabled staff feel safe to report', 'Reporting routes are trusted', 'Offer an anonymous reporting route through the FTSU app.'],
    ];
    const report = read({ values, merges: [down(2, 4, 0), down(2, 3, 1), down(2, 3, 2)] });
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions.every((a) => !a.lead && a.theme === null)).toBe(true);
    expect(report.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['lead-missing', 'due-missing']));
    expect(report.issues.some((i) => i.rule === 'no-plan-header')).toBe(false);
  });
});

describe("a measure stating its outcome line names the action's indicators", () => {
  it("reads 'Outcome: WDES metric 8' in a 'Measures' column, not the aim's metrics, and says so", () => {
    const report = read(driverDiagram());
    expect(report.actions.map((a) => a.indicators)).toEqual([['4a'], ['8'], ['4a', '4b'], ['7', '9a']]);
    expect(report.actions[1].sources?.indicators?.why).toMatch(/from the action's own measure \('Outcome: WDES metric 8'\)/);
    expect(report.columnEvidence.find((e) => e.field === 'outcome')?.reason).toMatch(/cells state measures line by line.*header 'Measures'/);
  });

  it("reads 'Outcome measure – WRES indicator 5' under another header, and never a process or balancing line", () => {
    const values: CellValue[][] = [
      ['WRES 2023/24 improvement plan'],
      ['Objective', 'What we will test', 'How we will know', 'Owner', 'Due'],
      ['A safer culture for BME staff (WRES indicators 5 to 8)', 'Train every ward leader in active bystander skills.', 'Outcome measure – WRES indicator 5\nBalancing measure – training hours lost (indicator 4)', 'Head of OD', 'Q3 2023/24'],
      [null, 'Hold listening events in every division.', 'Process measure – events held (indicator 8)', 'EDI Lead', 'Q4 2023/24'],
    ];
    const report = read({ values, merges: [down(2, 3, 0)] });
    expect(report.actions.map((a) => a.indicators)).toEqual([['5'], ['5', '6', '7', '8']]);
  });

  it('reads a bracketed gloss inside a list of metrics as no indicator and no end of the list', () => {
    expect(indicatorsMentioned('WDES metrics 4a (patients) and 4b', 'WDES')).toEqual(['4a', '4b']);
    expect(indicatorsMeasured('Outcome: WDES metrics 7 and 9a\nProcess: stories heard', 'WDES')).toEqual({ ids: ['7', '9a'], line: 'Outcome: WDES metrics 7 and 9a' });
    expect(indicatorsMeasured('Process: % of managers trained (metric 4a)', 'WDES').ids).toEqual([]);
  });
});

describe('a plan whose header the words find reads as before', () => {
  it('takes no row of short data cells under the header for a second header', () => {
    const values: CellValue[][] = [
      ['WRES action plan 2022/23'],
      ['Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['1', 'Pay gap report', 'Director of People', 'Q3', 'Complete'],
      ['2', 'Reverse mentoring', 'Head of OD', 'Q4', 'On track'],
      ['3', 'Bystander training', 'Head of Learning', 'Q4', 'Delayed'],
    ];
    const report = read({ values });
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
  });

  it('finds no header in a caption row over paragraphs that names two fields', () => {
    const values: CellValue[][] = [
      ['Aim', 'Background'],
      ['We want every disabled colleague to feel they belong here, and our survey says too many do not yet.', 'The 2022 staff survey showed a 9-point gap in harassment from managers, up from 6 points last year.'],
      ['This page explains how we wrote the plan with the Disability Network and what we will report to the Board.', 'Our data is published each October; the plan itself follows on the next sheet of this workbook.'],
    ];
    expect(read({ values }).actions).toEqual([]);
  });
});
