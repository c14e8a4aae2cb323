import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { indicatorsMentioned } from '../../../shared/indicators';
import type { Grid } from '../../../shared/types';

/**
 * An audit action plan template's 'Recommendation' column, merged down over the actions that answer it ('R1. Improve
 * the chance of BME applicants being appointed after shortlisting (indicator 2 - 1.58, national 1.45)'): context, as an
 * objective is — never the action — and the indicators it names in its brackets are its actions'. A figure after the
 * indicator's number ('indicator 2 - 1.58', 'indicator 7 - 72% v 86%') is the indicator's figure, not a range of them.
 */
const read = (g: Grid) => checkPlan(g, { asAt: new Date(Date.UTC(2020, 0, 15)) });

describe("a 'Recommendation' column merged down over its actions", () => {
  const g: Grid = {
    values: [
      ['Brayford Mental Health NHS Trust'],
      ['ACTION PLAN'],
      ['Recommendation', 'Action required', 'Action by (who)', 'Action by (date)', 'Status'],
      ['R1. Improve the chance of BME applicants being appointed after shortlisting (indicator 2 - 1.61, national 1.45)', 'Values-based interview questions for all band 6 and 7 posts.', 'Head of Recruitment', '31/01/2020', 'in progress'],
      ['', 'A member of a different ethnicity on every panel of three or more.', 'Head of Recruitment', '01/12/2019', 'not started'],
      ['R2. Reduce harassment of BME staff from patients and colleagues (indicators 5 and 6)', 'Racial abuse by patients added to the violence and aggression policy.', 'Head of Health & Safety', '31/03/2020', 'in progress'],
      ['R3. Improve BME staff confidence in career progression (indicator 7 - 72% v 86%)', 'Mentoring for BME nurses at bands 5 and 6.', 'Deputy Chief Nurse', '31/03/2020', 'not started'],
    ],
    merges: [{ top: 3, left: 0, bottom: 4, right: 0 }],
  };

  it('reads the action from its own column and the indicators from the recommendation, figures left out', () => {
    const r = read(g);
    expect(r.columns.action).toBe('B');
    expect(r.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['5', '6'], ['7']]);
    expect(r.actions[0].theme).toBeNull();
  });
});

describe('recommendations to the right of the actions, one per row', () => {
  const g: Grid = {
    values: [
      ['WDES action plan 2021/22 – Calderholme Community NHS Trust'],
      ['No.', 'What we will do', 'Recommendations', 'Lead', 'Due'],
      ['1', 'Run a declaration campaign through payslips and the intranet.', 'Raise declaration rates (metric 1 - 3.2% declared)', 'Workforce Information Manager', 'Sep 2021'],
      ['2', 'Audit capability cases for reasonable adjustments considered.', 'Reduce the capability gap (metric 3 - 1.9x)', 'Head of ER', 'Dec 2021'],
    ],
  };

  it('reads each row its recommendation’s metric', () => {
    const r = checkPlan(g, { asAt: new Date(Date.UTC(2021, 6, 1)) });
    expect(r.columns.action).toBe('B');
    expect(r.actions.map((a) => a.indicators)).toEqual([['1'], ['3']]);
  });
});

describe('lists of indicators stay lists (negative)', () => {
  it('reads ranges and lists of codes as before', () => {
    expect(indicatorsMentioned('(indicators 2-4)', 'WRES')).toEqual(['2', '3', '4']);
    expect(indicatorsMentioned('WRES indicators 5, 6 and 8', 'WRES')).toEqual(['5', '6', '8']);
    expect(indicatorsMentioned('metrics 4a, 4b, 9a and 9b', 'WDES')).toEqual(['4a', '4b', '9a', '9b']);
    expect(indicatorsMentioned('(indicator 2 - 1.58, national 1.45)', 'WRES')).toEqual(['2']);
  });
});
