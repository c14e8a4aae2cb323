import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan naming an indicator on every row leaves one cell blank because the indicator above still applies: 'Look again
 * at how we shortlist …' under 'Indicator 2 (shortlisting)' (holdout83 tiddesley). A blank in such a column usually says
 * the action serves none (a Board or governance action, often a run of them at the end), so it is read as 'as above'
 * only when it is a lone gap — the next row names an indicator again — and the action's own words speak to the
 * indicator above.
 */
const AS_AT = new Date(Date.UTC(2021, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const indicators = (values: CellValue[][]) => read(values).actions.map((a) => [a.row, a.indicators.join(',')]);

describe("a blank indicator cell meaning 'as above'", () => {
  const plan: CellValue[][] = [
    ['WRES 2020 – what we will do in 2020/21'],
    ['Indicator', 'Action', 'Lead', 'Date'],
    ['Indicator 1 (bands)', 'Break down the band profile by directorate for each senior team.', 'Workforce Information Lead', 'September 2020'],
    ['Indicator 2 (shortlisting)', 'Make trained recruiters available for every Band 7 panel.', 'Head of Resourcing', 'December 2020'],
    [null, 'Look again at how we shortlist for Band 5 posts, where White applicants were 1.9 times more likely to be appointed.', 'Associate Director of Nursing', 'March 2021'],
    ['Indicator 3 (disciplinary)', 'Keep the decision-maker panel for all formal cases.', 'Head of Employee Relations', 'Ongoing'],
  ];

  it('takes the indicator above for an action whose words speak to it, between rows naming one', () => {
    expect(indicators(plan)).toEqual([[3, '1'], [4, '2'], [5, '2'], [6, '3']]);
    expect(read(plan).actions[2].sources.indicators?.why).toBe("Indicator 2: its indicator cell is blank between rows that name one, and its words speak to indicator 2, which A4 above names: read as 'as above'");
  });

  it('does the same for a WDES plan whose metric column is on the right', () => {
    expect(
      indicators([
        ['Action', 'Lead', 'Due', 'WDES metric'],
        ['Run a declaration campaign on the staff app', 'Head of Workforce Information', 'Oct 2022', '1'],
        ['Launch a reasonable adjustments passport', 'Head of Occupational Health', 'Nov 2022', '8'],
        ['Set a four-week target from request to reasonable adjustment in place', 'Head of Occupational Health', 'Mar 2023', null],
        ['Give the disabled staff network chair protected time', 'Chief People Officer', 'Sep 2022', '9a'],
      ]),
    ).toEqual([[2, '1'], [3, '8'], [4, '8'], [5, '9a']]);
  });

  it('leaves blank an action speaking to another indicator, or a run of blanks closing the plan', () => {
    expect(
      indicators([
        ['Ref', 'Action', 'WRES', 'Lead'],
        ['WR1', 'Set the target for BME staff at Band 8a and above', '1', 'Head of Workforce Planning'],
        ['WR2', 'Train cultural ambassadors to sit in on grievance and disciplinary hearings', '8', 'Equality Lead'],
        ['WR3', 'Hold a Board development session on race equality', null, 'Trust Secretary'],
        ['WR4', 'Make diverse panels the rule at Band 8a and above', '2', 'Head of Recruitment'],
      ]).map((r) => r[1]),
    ).toEqual(['1', '8', '', '2']);
    expect(
      indicators([
        ['Action', 'WRES', 'Lead'],
        ['Set a race equality objective in every Board appraisal', '9', 'Chair'],
        ['Use diverse search partners for the non-executive vacancies', '9', 'Chair'],
        ['Report on this plan to the EDI Committee and to the Board twice a year', null, 'Director of People'],
        ['Fund the Race Equality Network chair for two days a week', null, 'Chief People Officer'],
      ]).map((r) => r[1]),
    ).toEqual(['9', '9', '', '']);
  });
});
