import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * WDES metric 4 written with its sub-parts in roman numerals and no part letter ('Metric 4 (i)', '4 (ii)', 'Metric 4
 * (iii)': holdout28 solway): the roman numerals number 4a's sources of harassment (the public, managers, colleagues), so
 * each is metric 4a; '4b' written as such stays 4b and 'Metric 4' alone stays 4.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 1));
const indicators = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT }).actions.map((a) => a.indicators);

describe("metric 4's sub-parts in roman numerals", () => {
  it('in a Metric column', () => {
    expect(indicators([
      ['Solbridge NHS Foundation Trust – WDES action plan 2025-26'],
      ['Metric', 'Action', 'Lead', 'Target date', 'Status'],
      ['Metric 4 (i)', 'Give lone workers a quick way to report abuse from the public.', 'Head of Security', 'Dec 2025', 'In progress'],
      ['Metric 4 (ii)', 'Add a disability inclusion module to the manager programme.', 'Head of Leadership', 'Mar 2026', 'Not started'],
      ['WDES Metric 4b', 'Explain what happens after a report is made.', 'FTSU Guardian', 'Oct 2025', 'Complete'],
    ])).toEqual([['4a'], ['4a'], ['4b']]);
  });

  it('as bare codes after the action', () => {
    expect(indicators([
      ['Ashmere Community NHS Trust – WDES plan 2024/25'],
      ['Action', 'Owner', 'Due', 'WDES'],
      ['Share anonymised stories from the disability network in team huddles.', 'Network Co-chairs', 'Feb 2025', '4 (iii)'],
      ['Run a campaign on reporting abuse from patients and visitors.', 'Head of Patient Experience', 'Nov 2024', '4 (i)'],
    ])).toEqual([['4a'], ['4a']]);
  });

  it('negative: metric 4 written whole stays 4', () => {
    expect(indicators([
      ['Ashmere Community NHS Trust – WDES plan 2019/20'],
      ['Metric', 'Action', 'Owner', 'Due'],
      ['Metric 4', 'Train managers to respond to harassment reports.', 'Head of OD', 'Mar 2020'],
    ])).toEqual([['4']]);
  });
});
