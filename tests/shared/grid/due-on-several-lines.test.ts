import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * A timescale cell typed on several lines (Alt+Enter), its first line a date on its own:
 * - a REMARK beneath the date ('30 Sep 2023' / '(needs JNCC approval)', 'Q3 2019/20' / 'review Q1 2020/21'): the date on
 *   the first line is the timescale, and decides whether the action is overdue; the remark is no second deadline;
 * - a line SETTING THE DATE AGAIN ('30/09/2020' / 'Revised: 31/12/2020 (staff redeployed)'): the revised date is the timescale.
 * Lines that carry the timescale on (a date split over lines, a range, a second date alone, how often it recurs) keep the
 * cell whole, as before.
 */
const read = (g: Grid, asAt: Date) => checkPlan(g, { asAt });

describe('a date with a remark on the line beneath it', () => {
  // A WDES grid: timescale in column E, remarks in brackets or plain words on the next line.
  const g: Grid = {
    values: [
      ['Holmbury Community NHS Trust – WDES action plan 2023/24'],
      ['No.', 'Metric', 'Action', 'Owner', 'Due', 'Update'],
      ['1', '1', 'Ask every colleague to update their disability status through ESR self-service.', 'Head of Workforce Information', '30 Sep 2023\n(payroll change needed first)', ''],
      ['2', '2', 'Add a disabled colleague to every band 8a and above shortlisting panel.', 'Head of Resourcing', 'Q3 2023/24\nreview Q1 2024/25', ''],
      ['3', '4a', 'Run bullying and harassment briefings for ward managers.', 'Freedom to Speak Up Guardian', 'July 2023\nthen again in January', ''],
      ['4', '9a', 'Set up a disabled staff network with protected time for its chair.', 'Director of People', 'March 2024 (network chair elected)', ''],
    ],
  };

  it('reads the date on the first line as the timescale, with the remark in the reason', () => {
    const r = read(g, new Date(Date.UTC(2023, 11, 1)));
    expect(r.actions.map((a) => a.due.text)).toEqual(['30 Sep 2023', 'Q3 2023/24', 'July 2023', 'March 2024 (network chair elected)']);
    expect(r.actions[0].sources.due?.why).toBe("Timescale: 30 Sep 2023, the date on the first line of E3; '(payroll change needed first)' beneath it is a remark on that date");
  });

  it('judges overdue on the first line, not on a later date in the remark', () => {
    // As at 1 December 2023: September and July 2023 have passed; Q3 2023/24 (to December) has not, though the review
    // in Q1 2024/25 and 'again in January' would have put them later.
    const r = read(g, new Date(Date.UTC(2023, 11, 1)));
    expect(r.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([3, 5]);
    expect(r.actions[1].due.end).toBe('2023-12-31');
    expect(r.actions[2].due.end).toBe('2023-07-31');
  });
});

describe('a deadline revised on the line beneath the first one', () => {
  // A WRES tracker: the deadline column comes after the lead; some cells keep the first date and the date it moved to.
  const g: Grid = {
    values: [
      ['Eastmere Clinical Commissioning Group', '', '', '', ''],
      ['WRES action plan 2020/21', '', '', '', ''],
      ['Indicator', 'What we will do', 'Owner', 'Deadline', 'Progress'],
      ['2', 'Put a trained BME panel member on every interview for band 7 and above.', 'Mo Farouk – HR Business Partner', '30/09/2020\nRevised: 31/12/2020 (panel members redeployed)', 'Eight trained.'],
      ['5', 'Publish a quarterly report of harassment from patients by ethnicity.', 'Lena Ward – Head of Patient Experience', '31/10/2020\nMoved to 30/04/2021 – moved online', ''],
      ['7', 'Offer reverse mentoring to every executive.', 'Chief Executive', '31/01/2021', ''],
    ],
  };

  it('reads the revised date, and says the first is history', () => {
    const r = read(g, new Date(Date.UTC(2021, 0, 15)));
    expect(r.actions.map((a) => a.due.text)).toEqual(['31/12/2020', '30/04/2021', '31/01/2021']);
    expect(r.actions[0].sources.due?.why).toBe("Timescale: 31/12/2020, the date set again in D4 ('30/09/2020 / Revised: 31/12/2020 (panel members redeployed)'); the first date is history");
    // As at 15 January 2021 only the first action's revised date has passed.
    expect(r.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([4]);
  });
});

describe('lines that carry the timescale on stay whole (negative)', () => {
  const g: Grid = {
    values: [
      ['Wrenford NHS Foundation Trust – WRES action plan 2016/17'],
      ['Action', 'Lead', 'Timescale'],
      ['Run a pulse survey of BME staff on their experience of appraisal.', 'Head of OD', 'June 2016\nPulse survey quarterly'],
      ['Review shortlisting outcomes by ethnicity for every band 6 post.', 'Recruitment Manager', 'Q3\n2016/17'],
      ['Train every recruiting manager in fair selection.', 'Learning Lead', 'April 2016\n– March 2017'],
      ['Report harassment figures to the Board.', 'Director of Nursing', 'July 2016\nJanuary 2017'],
    ],
  };

  it('keeps a recurrence, a split date, a range and two dates as written', () => {
    const r = read(g, new Date(Date.UTC(2016, 8, 1)));
    expect(r.actions.map((a) => a.due.text)).toEqual(['June 2016\nPulse survey quarterly', 'Q3\n2016/17', 'April 2016\n– March 2017', 'July 2016\nJanuary 2017']);
    expect(r.actions.every((a) => !a.sources.due?.why?.includes('remark'))).toBe(true);
  });
});
