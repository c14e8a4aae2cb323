import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * An HIA column that groups the actions: one cell per high impact action, merged down over its actions and naming it
 * by its title ('HIA 2 – Fair recruitment'), as a section row would. Its title is the actions' theme. A column of bare
 * codes ('HIA 1' on every row) maps each action to the EDI Improvement Plan and is no theme.
 */
const AS_AT = new Date(Date.UTC(2024, 5 /* Jun */, 30));
const themesOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.theme);

describe('an HIA column merged down over each group, naming the high impact action by its title', () => {
  it('gives each action the title of the group it sits in, a one-action group too', () => {
    const values: CellValue[][] = [
      ['WDES action plan 2025/26'],
      ['HIA', 'Ref', 'Action', 'Lead', 'Timescale', 'Status'],
      ['HIA 1 – Board accountability', 'S01', 'Give every Board member a disability equality objective.', 'Chair', 'By end of March', 'On track'],
      [null, 'S02', 'Appoint an executive sponsor for the Disability Network.', 'Chief Executive', 'Autumn 2025', 'Complete'],
      ['HIA 3 – Pay gaps', 'S03', 'Publish a disability pay gap report with an action plan.', 'Director of People', '2025/26 Q3', 'On track'],
      ['HIA 6 – Bullying and harassment', 'S04', 'Launch an accessible reporting tool.', 'FTSU Guardian', 'Spring 2026', 'On track'],
      [null, 'S05', 'Check every formal capability case for reasonable adjustments.', 'Head of Employee Relations', 'Ongoing', 'On track'],
    ];
    const g: Grid = { values, merges: [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 5, left: 0, bottom: 6, right: 0 }] };
    expect(themesOf(g)).toEqual(['HIA 1 – Board accountability', 'HIA 1 – Board accountability', 'HIA 3 – Pay gaps', 'HIA 6 – Bullying and harassment', 'HIA 6 – Bullying and harassment']);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.columnEvidence.find((e) => e.field === 'theme')?.reason).toMatch(/merged down over the actions of each high impact action/);
  });

  it("reads 'High impact action 2: …' titles in a 'Link to EDI Improvement Plan' column at the right", () => {
    const values: CellValue[][] = [
      ['WRES action plan 2024/25'],
      ['Action', 'Lead', 'Due', 'Link to EDI Improvement Plan'],
      ['Put a BME panel member on every Band 8a+ interview panel.', 'Head of Resourcing', 'Q3 2024/25', 'High impact action 2: Fair recruitment'],
      ['Review the talent management scheme.', 'Head of OD', 'Q4 2024/25', null],
      ['Launch the civility and respect campaign.', 'Head of OD', 'Q2 2024/25', 'High impact action 6: Tackling bullying'],
      ['Train managers to respond to reports of racism.', 'Head of Learning', 'Q4 2024/25', null],
    ];
    const g: Grid = { values, merges: [{ top: 2, left: 3, bottom: 3, right: 3 }, { top: 4, left: 3, bottom: 5, right: 3 }] };
    expect(themesOf(g)).toEqual(['High impact action 2: Fair recruitment', 'High impact action 2: Fair recruitment', 'High impact action 6: Tackling bullying', 'High impact action 6: Tackling bullying']);
  });

  it("a column of bare codes ('HIA 1', 'HIA 2') is no theme", () => {
    const values: CellValue[][] = [
      ['WDES action plan 2024/25'],
      ['Action', 'High Impact Action', 'Lead', 'Due'],
      ['Give every Board member a disability equality objective.', 'HIA 1', 'Chair', 'March 2025'],
      ['Review the guaranteed interview scheme.', 'HIA 2', 'Head of Resourcing', 'Q3 24/25'],
      ['Launch an accessible reporting tool.', 'HIA 6', 'FTSU Guardian', 'Q4 24/25'],
    ];
    expect(themesOf({ values })).toEqual([null, null, null]);
  });
});
