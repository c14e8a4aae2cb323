import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { NAMES_INDICATOR } from '../../../shared/indicators/indicator-word';
import { numberWordsAsDigits } from '../../../shared/indicators/number-words-as-digits';
import type { CellValue } from '../../../shared/types';

/**
 * A plan running over several years says so in its title ('WDES three-year action plan 2021–2024 · year 3 (2023/24)
 * tracker', 'WRES 5-year action plan 2022–2027'), often with a line under it explaining the columns. 'three-year' is a
 * span of time, not metric 3: read as an indicator's heading, the title became every action's theme (holdout81 tarnley).
 * A range ('Indicators five-eight', 'WRES 5-8') still names indicators.
 */
const AS_AT = new Date(Date.UTC(2024, 0, 31));

function plan(title: string): CellValue[][] {
  return [
    ['Tarnley and District Hospitals NHS Trust'],
    [title],
    ['Each year has its own progress and RAG columns; earlier years are kept for the audit trail. “—” = action not yet in the plan that year.'],
    [],
    ['Ref', 'Metric', 'Commitment', 'Delivery lead', 'Target year', 'Progress', 'RAG'],
    ['D1', '1', 'Bring the “not declared” disability rate on ESR below 10% through a yearly declaration week.', 'Workforce Intelligence Manager', '2022/23', 'Third week in October: 9.6%.', 'Complete'],
    ['D2', '2', 'Train every recruiting manager in the Disability Confident offer of an interview.', 'Head of Resourcing', '2023/24', 'Training in the recruitment e-learning.', 'On track'],
    ['D3', '4a, 4b', 'Give disabled staff who report bullying a choice of a named contact outside their team.', 'Freedom to Speak Up Guardian', '2023/24', 'Contacts listed on the intranet.', 'On track'],
  ];
}

describe('a title naming a span of years', () => {
  for (const title of ['WDES three-year action plan 2021–2024 · year 3 (2023/24) tracker', 'WDES 3-year action plan 2021–2024 · year 3 (2023/24) tracker', 'WDES two-year action plan 2022–2024']) {
    it(`is the plan's title, no block's heading: '${title}'`, () => {
      const report = checkPlan({ values: plan(title) }, { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([6, 7, 8]);
      expect(report.actions.map((a) => a.theme ?? '')).toEqual(['', '', '']);
      expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['2'], ['4a', '4b']]);
    });
  }

  it('names no indicator, where a range still does', () => {
    expect(NAMES_INDICATOR.test('WDES three-year action plan 2021–2024')).toBe(false);
    expect(NAMES_INDICATOR.test('WRES 5-year plan')).toBe(false);
    expect(numberWordsAsDigits('WDES three-year action plan')).toBe('WDES three-year action plan');
    expect(NAMES_INDICATOR.test('WRES 5-8 – staff survey')).toBe(true);
    expect(numberWordsAsDigits('Indicators five-eight')).toBe('Indicators 5-8');
    expect(NAMES_INDICATOR.test('Metric three – disciplinary')).toBe(true);
  });
});
