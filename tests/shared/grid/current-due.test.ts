import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * A timescale cell holding more than the date the plan now works to:
 * - a date moved with both dates kept ('Dec-21 revised Mar-22', '31/03/22 (was 31/12/21)', '30/09/25 → 31/12/25'):
 *   the date it was moved to is the timescale;
 * - a timeline of two days, as a project tool exports it ('2024-04-01 - 2024-09-30'): the action is due by its end;
 * - a note after the date ('June 2020 – progress: draft written'): the date is the timescale, the note the progress;
 * - a deadline in brackets closing the action's text ('… (by June 2024)'): the date, not the bracket or 'by'.
 * A period of months ('Sep 2025 – Mar 2026', 'Jan – Mar 2020') stays whole, as every plan writing one means it.
 */
const read = (g: Grid, asAt = new Date(Date.UTC(2022, 0, 15))) => checkPlan(g, { asAt });
const dues = (g: Grid) => read(g).actions.map((a) => a.due.text);

describe('dates moved with the old date kept beside the new', () => {
  const g: Grid = {
    values: [
      ['Ashby Vale Community NHS Trust – WDES action plan 2021/22'],
      ['Ref', 'Metric', 'What we will do', 'Who', 'When', 'Progress'],
      ['1', '1', 'Send every colleague a reminder to update their disability status on ESR.', 'Workforce Information Manager', 'Sep-21', 'Sent with payslips.'],
      ['2', '2', 'Check the guaranteed interview scheme is applied by every recruiting manager.', 'Recruitment Lead', 'Dec-21 revised Mar-22', 'Bank roles not yet separated.'],
      ['3', '3', 'Train managers who chair capability meetings in reasonable adjustments.', 'Head of OD', '31/03/22 (was 31/12/21)', 'Two of six sessions run.'],
      ['4', '8', 'Set up a central budget for reasonable adjustments.', 'Deputy Director of Finance', 'Nov 2021 → Feb 2022', ''],
    ],
  };

  it('reads the date each action was moved to, and says the other is history', () => {
    expect(dues(g)).toEqual(['Sep-21', 'Mar-22', '31/03/22', 'Feb 2022']);
    expect(read(g).actions[1].sources.due?.why).toBe("Timescale: Mar-22, the date it was moved to in E4 ('Dec-21 revised Mar-22'); the earlier date is history");
  });

  it('judges overdue on the new date, not the old one', () => {
    // As at 15 January 2022, December 2021 has passed; March 2022 has not.
    expect(read(g).actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([3]);
  });
});

describe("a project tool's timeline of two days", () => {
  const g: Grid = {
    values: [
      ['WRES plan 2024-25 (Brookmere Mental Health NHS Trust)'],
      ['Task', 'Owner', 'Timeline', 'Indicator', 'Status'],
      ['Put a trained BME panel member on every band 8a interview.', 'Head of Resourcing', '2024-04-01 - 2024-09-30', '2', 'Working on it'],
      ['Review every formal disciplinary case for bias before a hearing.', 'Head of ER', '01/06/2024 to 31/01/2025', '3', 'Done'],
    ],
  };

  it('reads the end of each timeline, and says the start is when the work begins', () => {
    expect(dues(g)).toEqual(['2024-09-30', '31/01/2025']);
    expect(read(g).actions[0].sources.due?.why).toBe("Timescale: 2024-09-30, the end of the timeline in C3 ('2024-04-01 - 2024-09-30'); its start is when the work begins");
  });
});

describe('a note written after the date in a timescale column', () => {
  const g: Grid = {
    values: [
      ['Fenwick Health NHS Trust – WDES action plan 2019/20'],
      ['Tasks/Actions', 'Lead', 'Timeframes/Progress'],
      ['Publish a manager guide to reasonable adjustments.', 'Occupational Health Manager', 'June 2020 – progress: draft written'],
      ['Launch a reasonable adjustments passport.', 'Equality Lead', 'April 2020; update: passport agreed by JNCC'],
    ],
  };

  it('reads the date as the timescale and the note as progress', () => {
    const actions = read(g).actions;
    expect(actions.map((a) => a.due.text)).toEqual(['June 2020', 'April 2020']);
    expect(actions.map((a) => a.progress)).toEqual(['draft written', 'passport agreed by JNCC']);
  });
});

describe('a deadline in brackets closing the action', () => {
  const g: Grid = {
    values: [
      ['Kenley Community NHS Trust'],
      ['Our WRES actions 2024/25'],
      ['Our actions:'],
      ['• Give every internationally educated nurse a named buddy (by October 2024)'],
      ['• Review every disciplinary case with a trained reviewer (WRES indicator 3) (by July 2024).'],
    ],
  };

  it('reads the date without the bracket or the word before it', () => {
    expect(dues(g)).toEqual(['October 2024', 'July 2024']);
  });
});

describe('negatives: timescales read as written', () => {
  const g: Grid = {
    values: [
      ['Holmwood NHS Foundation Trust – WDES action plan 2025/26'],
      ['Metric', 'Action', 'Lead', 'Timescale', 'Status'],
      ['Metric 1', 'Run a declaration campaign.', 'Workforce Lead', 'Sep 2025 – Mar 2026', 'On track'],
      ['Metric 2', 'Audit shortlisting.', 'Head of Resourcing', 'Jan – Mar 2026', 'On track'],
      ['Metric 5', 'Open the leadership programme.', 'Head of OD', 'Board seminar – Jan 2026', 'Not started'],
      ['Metric 9a', 'Give the network protected time.', 'Director of People', 'By end of Q3', 'On track'],
    ],
  };

  it('keeps periods of months, deadlines and events with their month whole', () => {
    expect(dues(g)).toEqual(['Sep 2025 – Mar 2026', 'Jan – Mar 2026', 'Board seminar – Jan 2026', 'By end of Q3']);
  });
});
