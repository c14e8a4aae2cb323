import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan laid out as parallel lists under column headings ('Goals | Strategies | Aims | Measures', after Newcastle
 * Hospitals' published WRES plan 2023): one list holds what the trust will do, its STRATEGIES, and the others are
 * context. The strategies are the actions, one per row; a row holding only a goal, an aim or a measure (a longer list
 * running on past the strategies) is not an action. A plan that heads its actions 'Action' keeps them there, whatever a
 * 'Strategy' or 'Strategic objective' column beside it holds.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const reasonOf = (report: ReturnType<typeof read>, field: string) => report.columnEvidence.find((e) => e.field === field)?.reason;

describe("a plan of parallel lists whose 'Strategies' list holds the actions", () => {
  it("reads each strategy as an action and a measure running on past them as none ('Aim | Our strategy | How we will measure it')", () => {
    const report = read([
      ['Brackenfield Community Health NHS Trust – WDES action plan 2025/26'],
      ['Aim', 'Our strategy', 'How we will measure it'],
      ['More disabled staff declare on ESR.', 'Run a declaration campaign with the disability network across every site.', 'Declaration rate above 6% by March 2026.'],
      ['Fair access to development.', 'Ring-fence places on the leadership programme for disabled applicants.', 'WDES metric 9 improves in the staff survey.'],
      [null, 'Give every manager a guide to reasonable adjustments conversations.', 'Adjustments agreed within 28 days.'],
      [null, null, 'Number of passports issued each quarter.'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(report.actions[0]).toMatchObject({ action: 'Run a declaration campaign with the disability network across every site.', lead: '' });
    expect(report.actions[2].action).toBe('Give every manager a guide to reasonable adjustments conversations.');
    expect(reasonOf(report, 'action')).toMatch(/^Action: header 'Our strategy' — \d of 3 cells are sentences$/);
    expect(report.issues.find((i) => i.row === 6)?.message).toMatch(/^Row 6: "Number of passports issued each quarter\." is read as the rest of the action above, not an action/);
  });

  it("reads them under 'Key strategies' first, beside outcomes and goals lists of other lengths", () => {
    const report = read([
      ['WRES plan 2024-25'],
      ['Key strategies', 'Outcomes', 'Goals'],
      ['Put a trained ethnic minority panel member on every interview at band 8a and above.', 'A fairer appointment process.', 'Zero tolerance of racism.'],
      ['Publish the ethnicity pay gap with an action for each division.', 'Ethnic minority staff see progress.', null],
      [null, 'Fewer formal disciplinary cases for ethnic minority staff.', null],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    expect(report.actions[1]).toMatchObject({ action: 'Publish the ethnicity pay gap with an action for each division.', lead: '' });
    expect(reasonOf(report, 'action')).toBe("Action: header 'Key strategies' — 2 of 2 cells are sentences");
  });
});

describe("a plan that heads its actions 'Action' beside a 'Strategy' column (negative)", () => {
  it("keeps the actions under 'Action'; the strategy each serves is context", () => {
    const report = read([
      ['Strategy', 'Action', 'Lead', 'Due'],
      ['People Strategy', 'Launch a reverse mentoring scheme for ethnic minority staff.', 'Head of OD', 'Dec 2025'],
      ['People Strategy', 'Put a BME panel member on every band 8a interview.', 'Recruitment Manager', 'Mar 2026'],
      ['Clinical Strategy', 'Audit disciplinary cases by ethnicity.', 'Head of ER', 'Jan 2026'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(report.actions[0]).toMatchObject({ action: 'Launch a reverse mentoring scheme for ethnic minority staff.', lead: 'Head of OD' });
    expect(reasonOf(report, 'action')).toMatch(/^Action: header 'Action'/);
  });
});
