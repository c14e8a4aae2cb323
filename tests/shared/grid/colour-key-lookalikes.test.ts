import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * Rows shaped like a colour key of groups (a name beside or on a colour, two rows or more) that are none:
 * - a chart's data naming the RAG colours themselves ('Blue | 16', 'Green | 4' on their fills, holdout54 tolland's
 *   'Chart data – year-end RAG'): a colour's own name is no group's, and the count beside it is no indicator;
 * - the plan's first headings, a theme over an objective, each banded in its colour (holdout48 mersedge): the colours
 *   recur down the plan on heading rows only, which code no action.
 * The actions keep the themes their headings give; a real key of groups is still read (colour-keys.test.ts).
 */
const AS_AT = new Date(Date.UTC(2024, 10, 1));
const WIDTH = 10;
const BLUE = '#0070C0';
const GREEN = '#00B050';
const AMBER = '#FFC000';
const RED = '#FF0000';
const LILAC = '#E4DFEC';
const NAVY = '#1F3864';
const SKY = '#DDEBF7';

function gridOf(values: CellValue[][], at: Record<string, string>, merges: Grid['merges'] = []): Grid {
  const fills = values.map((_, r) => Array.from({ length: WIDTH }, (_, c) => at[`${r},${c}`] ?? null));
  return { values, fills, merges };
}
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => [a.row, a.theme, a.indicators]);
const keyRows = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside' && /colour key/.test(i.message));

describe("a chart's counts of each RAG colour under the plan", () => {
  it('colour names on their fills with counts, under the notes, a half-yearly RAG column beside the latest', () => {
    const values: CellValue[][] = [
      ['No.', 'Action', 'WRES', 'Lead', 'Deadline', 'Mid-year update', 'Mid-year RAG', 'Year-end update', 'Year-end RAG'],
      ['Theme 1: Inclusive recruitment'],
      ['1.1', 'Train inclusive recruitment champions for Band 7 panels.', '2', 'Head of Recruitment', 'July 2021', '48 trained.', 'Blue', 'Done.', 'Blue'],
      ['1.2', 'Use values-based questions at interview.', '2', 'Head of Recruitment', 'Sept 2021', 'Drafted.', 'Green', 'In use.', 'Blue'],
      ['Theme 2: Leadership'],
      ['2.1', 'Set a race equality objective for every Board member.', '9', 'Chair', 'July 2021', 'Executives done.', 'Green', 'All done.', 'Blue'],
      ['2.2', 'Report on this plan to the Board twice a year.', '9', 'Director of People', 'Quarterly', 'On schedule.', 'Amber', 'Reported.', 'Green'],
      ['2.3', 'Fund the network chair for two days a week.', '9', 'Chief People Officer', 'April 2021', 'In place.', 'Green', '', 'Amber'],
      [],
      ['Chart data – year-end RAG'],
      ['Blue', '3'],
      ['Green', '1'],
      ['Amber', '1'],
      ['Red', '0'],
    ];
    const fills = {
      '2,6': BLUE, '3,6': GREEN, '5,6': GREEN, '6,6': AMBER, '7,6': GREEN,
      '2,8': BLUE, '3,8': BLUE, '5,8': BLUE, '6,8': GREEN, '7,8': AMBER,
      '10,0': BLUE, '11,0': GREEN, '12,0': AMBER, '13,0': RED,
    };
    const report = read(gridOf(values, fills));
    expect(keyRows(report)).toEqual([]);
    expect(rows(report)).toEqual([
      [3, 'Theme 1: Inclusive recruitment', ['2']],
      [4, 'Theme 1: Inclusive recruitment', ['2']],
      [6, 'Theme 2: Leadership', ['9']],
      [7, 'Theme 2: Leadership', ['9']],
      [8, 'Theme 2: Leadership', ['9']],
    ]);
  });

  it('a legend beside the plan naming colours in shades, quarterly RAG columns', () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'Q1 RAG', 'Q2 RAG', '', 'Legend'],
      ['Recruitment'],
      ['Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2', 'G', 'G', '', '', 'dark green'],
      ['Publish the pay gap.', 'Head of Reward', 'Q4', 'A', 'G', '', '', 'pale amber'],
      ['Culture'],
      ['Run civility workshops.', 'Head of OD', 'Q3', 'A', 'A'],
    ];
    const fills = { '2,3': GREEN, '3,3': AMBER, '5,3': AMBER, '2,4': GREEN, '3,4': GREEN, '5,4': AMBER, '2,6': GREEN, '3,6': AMBER };
    const report = read(gridOf(values, fills));
    expect(keyRows(report)).toEqual([]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Recruitment', 'Recruitment', 'Culture']);
  });
});

describe('a theme heading over an objective heading, each banded in its colour, at the top of the plan', () => {
  it('merged bands across the table, the colours recurring on the headings below', () => {
    const values: CellValue[][] = [
      ['Action', 'Standard', 'Lead', 'Target', 'Position'],
      ['Strengthening governance and accountability'],
      ['Objective 1: Build EDI leadership and capacity'],
      ['Give each executive director an objective on race and disability equality.', 'WDES 10', 'Chief Executive', '30/09/2023', 'Complete'],
      ['Recruit two disabled colleagues as associate members of the People Committee.', 'WDES 10', 'Director of Corporate Affairs', '31/01/2024', 'On track'],
      ['Objective 2: Support staff networks'],
      ['Fund protected time for the network chairs.', 'WDES 9b', 'Chief People Officer', '31/10/2023', 'Complete'],
      ['Creating a safe working environment'],
      ['Objective 3: Strengthen disciplinary procedures'],
      ['Add a pre-investigation check to every capability case.', 'WDES 3', 'Head of Employee Relations', '31/12/2023', 'On track'],
    ];
    const band = (r: number, colour: string) => Object.fromEntries([0, 1, 2, 3, 4].map((c) => [`${r},${c}`, colour]));
    const fills = { ...band(1, NAVY), ...band(2, SKY), ...band(5, SKY), ...band(7, NAVY), ...band(8, SKY) };
    const merges = [1, 2, 5, 7, 8].map((r) => ({ top: r, left: 0, bottom: r, right: 4 }));
    const report = read(gridOf(values, fills, merges));
    expect(keyRows(report)).toEqual([]);
    expect(rows(report)).toEqual([
      [4, 'Objective 1: Build EDI leadership and capacity', ['10']],
      [5, 'Objective 1: Build EDI leadership and capacity', ['10']],
      [7, 'Objective 2: Support staff networks', ['9b']],
      [10, 'Objective 3: Strengthen disciplinary procedures', ['3']],
    ]);
  });

  it('the heading cells alone filled, unmerged, a ref column first', () => {
    const values: CellValue[][] = [
      ['Ref', 'Action', 'Lead', 'Due'],
      ['Priority A – Recruitment'],
      ['Aim 1: Fair shortlisting'],
      ['A1', 'Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2'],
      ['Aim 2: Diverse panels'],
      ['A2', 'Put a trained panel member on every Band 7 panel.', 'Head of Resourcing', 'Q3'],
      ['Priority B – Culture'],
      ['Aim 3: Civility'],
      ['B1', 'Run civility workshops in theatres.', 'Head of OD', 'Q4'],
    ];
    const fills = { '1,0': LILAC, '2,0': SKY, '4,0': SKY, '6,0': LILAC, '7,0': SKY };
    const report = read(gridOf(values, fills));
    expect(keyRows(report)).toEqual([]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Aim 1: Fair shortlisting', 'Aim 2: Diverse panels', 'Aim 3: Civility']);
  });

  it('NEGATIVE: a key of groups above the plan, an empty Area column coded in its colours, is still read', () => {
    const values: CellValue[][] = [
      ['', 'Fair recruitment'],
      ['', 'Safe workplaces'],
      [],
      ['Area', 'Action', 'Lead', 'Due'],
      ['', 'Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2'],
      ['', 'Run civility workshops in theatres.', 'Head of OD', 'Q4'],
      ['', 'Report harassment by ethnicity.', 'Head of Staff Experience', 'Q3'],
    ];
    const fills = { '0,0': LILAC, '1,0': SKY, '4,0': LILAC, '5,0': SKY, '6,0': SKY };
    const report = read(gridOf(values, fills));
    expect(report.actions.map((a) => a.theme)).toEqual(['Fair recruitment', 'Safe workplaces', 'Safe workplaces']);
  });
});
