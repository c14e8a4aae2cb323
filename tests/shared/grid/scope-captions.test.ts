import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { namesScopeOrOwner } from '../../../shared/grid/names-scope-or-owner';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A caption over a block of actions that says WHOSE actions follow, or which part of the organisation holds them
 * ('Part 1 – Trust-wide actions (owned by the Executive Team)', 'Corporate actions', 'Actions owned by divisional
 * boards'), splits the plan by owner, as a status caption splits it by progress: no theme for the actions under it,
 * and the user is told why. A heading naming a subject ('Section 2 – Recruitment and promotion') stays the theme.
 * Seen in holdout22 wexcombe (two tables on one sheet, each under a 'Part N –' caption); the golds agree with
 * helmsworth's 'Part A – New actions' and marshbrook's 'Completed during 2022/23' (no theme).
 */
const AS_AT = new Date(Date.UTC(2018, 0, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a caption saying whose actions follow', () => {
  it("gives no theme to two tables' actions under 'Part 1 – Trust-wide …' / 'Part 2 – Divisional …' captions, with different column orders", () => {
    const row = (t: string) => [t, t, t, t, t, t];
    const report = read(
      [
        ['Harlow Vale NHS Trust – WRES action plan 2017/18'],
        [],
        row('Part 1 – Trust-wide actions (owned by the Executive Team)'),
        ['Ref', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status'],
        ['TW1', 'Indicator 2', 'Adopt one recruitment policy with a diverse panel for every post at Band 7 and above.', 'Head of Recruitment', '31/12/2017', 'On track'],
        ['TW2', 'Indicator 8', 'Merge the two BME staff networks into one with an executive sponsor.', 'Equality Manager', '31/10/2017', 'Complete'],
        [],
        row('Part 2 – Divisional actions (from the divisional EDI plans; each reports to its board)'),
        ['Division', 'Ref', 'Action', 'Due', 'Divisional lead', 'RAG'],
        ['Medicine', 'MED1', 'Offer BME nurses shadowing opportunities at Band 6.', 'Feb 2018', 'Divisional Director of Nursing', 'G'],
        ['Surgery', 'SUR1', 'Review theatre study leave so that BME staff have equal access to training.', 'Mar 2018', 'General Manager, Theatres', 'A'],
      ],
      { merges: [{ top: 2, left: 0, bottom: 2, right: 5 }, { top: 7, left: 0, bottom: 7, right: 5 }] },
    );
    expect(themes(report)).toEqual([[5, null], [6, null], [10, null], [11, null]]);
    expect(report.actions.map((a) => a.ref)).toEqual(['TW1', 'TW2', 'MED1', 'SUR1']);
    expect(notes(report)).toContain(
      "Row 3: \"Part 1 – Trust-wide actions (owned by the Executive Team)\" is read as a note, not an action — it says whose actions follow ('Trust-wide actions'), a part of the plan and not what they are about, so it gives them no theme",
    );
    expect(notes(report).some((m) => m.startsWith('Row 8:') && m.includes("('Divisional actions')"))).toBe(true);
  });

  it("gives no theme under 'Corporate actions' and 'Actions owned by divisional boards' captions in one table, the action first", () => {
    const report = read([
      ['Action', 'Metric', 'Owner', 'By when', 'Status'],
      ['Corporate actions'],
      ['Guarantee an interview to disabled applicants who meet the essential criteria.', 'M2', 'Head of Resourcing', 'Sep 2021', 'On track'],
      ['Publish a reasonable adjustments passport.', 'M8', 'Occupational Health Lead', 'Dec 2021', 'Delayed'],
      ['Actions owned by divisional boards'],
      ['Hold a listening event with disabled staff in each division.', 'M9a', 'Divisional Directors', 'Jun 2021', 'Complete'],
    ]);
    expect(themes(report)).toEqual([[3, null], [4, null], [6, null]]);
    expect(notes(report).filter((m) => m.includes('whose actions follow'))).toHaveLength(2);
  });

  it("keeps a subject heading behind a part's number as the theme ('Section 2 – Recruitment and promotion'), and says nothing of it", () => {
    const report = read([
      ['Ref', 'Indicator', 'Action', 'Lead', 'Due', 'RAG'],
      ['Section 1 – Workforce data'],
      ['1', '1', 'Cleanse ethnicity records in ESR.', 'Workforce Information Manager', 'Q1', 'G'],
      ['Section 2 – Recruitment and promotion'],
      ['2', '2', 'Put a BME panel member on every Band 7 and above interview.', 'Head of Recruitment', 'Q2', 'A'],
      ['Local recruitment actions'],
      ['3', '2', 'Advertise Band 6 posts through the staff network.', 'Divisional HR Business Partners', 'Q3', 'G'],
    ]);
    expect(themes(report)).toEqual([[3, 'Section 1 – Workforce data'], [5, 'Section 2 – Recruitment and promotion'], [7, 'Local recruitment actions']]);
    expect(notes(report).filter((m) => m.includes('whose actions follow'))).toEqual([]);
  });
});

describe('namesScopeOrOwner', () => {
  it.each([
    ['Part 1 – Trust-wide actions (owned by the Executive Team)', 'Trust-wide actions'],
    ['Part 2 – Divisional actions (from the five divisional EDI plans)', 'Divisional actions'],
    ['Section B: Organisation-wide actions', 'Organisation-wide actions'],
    ['Local actions', 'Local actions'],
    ['Actions owned by the Executive Team', 'Actions owned by the Executive Team'],
    ['Section 2 – Recruitment and promotion', null],
    ['Local recruitment actions', null],
    ['Support Services', null],
    ['Part A – Recruitment', null],
    ['Corporate governance', null],
  ])('%s → %s', (heading, expected) => {
    expect(namesScopeOrOwner(heading)).toBe(expected);
  });
});
