import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan colours each action's latest news by its status, in one column headed as the rating ('RAG Rating', holdout8
 * hallowmere; 'Progress against action (colour the cell: Red = not started, …)', dev oakhurst; holdout24 ravensby,
 * holdout71 stowmere, holdout72 garnford): the fill is the status, the sentence the progress. Read as the status, the
 * news was shown as each action's status word. A sentence on no fill (the plan's only status, samples kmpt) and a short
 * status in the column stay statuses.
 */
const AS_AT = new Date(Date.UTC(2017, 0, 31));
const GREEN = '#00B050';
const AMBER = '#FFC000';
const BLUE = '#0070C0';

function plan(statuses: readonly string[], fills: readonly (string | null)[]): { values: CellValue[][]; fills: (string | null)[][] } {
  const actions = [
    ['Work with senior managers in the divisions with the lowest BME representation.', 'D&I Facilitator', 'May 2016'],
    ['Put a BME member on every Band 7 and above interview panel.', 'Head of Recruitment', 'Sep 2016'],
    ['Review every disciplinary case involving a BME member of staff before a hearing.', 'Head of Employee Relations', 'Dec 2016'],
    ['Publicise the Freedom to Speak Up Guardian at every team brief.', 'FTSU Guardian', 'Mar 2017'],
  ];
  return {
    values: [
      ['Hallowmere Hospitals NHS Trust'],
      ['WRES ACTION PLAN 2016-2017'],
      ['Red', 'Not yet begun'],
      ['Amber', 'Begun but not complete'],
      ['Green', 'Complete'],
      ['Blue', 'New for 2016 onwards'],
      [],
      ['Indicator', 'WRES Action', 'Lead', 'Date', 'RAG Rating'],
      ...actions.map((a, i): CellValue[] => [String(i + 1), a[0], a[1], a[2], statuses[i]]),
    ],
    fills: [[], [], ['#FF0000'], [AMBER], [GREEN], [BLUE], [], [], ...fills.map((f) => [null, null, null, null, f])],
  };
}

describe('news written in the rating column, coloured by status', () => {
  it('is progress, the colour the status', () => {
    const news = ['Divisional conversations held in Medicine and Surgery; booked for January.', 'Panels in place for Band 8a and above; Band 7 from January.', 'First report in preparation.', 'Posters displayed in all wards.'];
    const report = checkPlan(plan(news, [AMBER, AMBER, GREEN, GREEN]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.status)).toEqual(['', '', '', '']);
    expect(report.actions.map((a) => a.progress)).toEqual(news);
    expect(report.actions.map((a) => a.statusRag)).toEqual(['amber', 'amber', 'green', 'green']);
  });

  it('keeps a short status in the same column as the status', () => {
    const report = checkPlan(plan(['Network launched on 21 June 2018 with 85 members.', 'Complete', 'First report in preparation.', 'Two of six sessions delivered; low uptake.'], [BLUE, GREEN, AMBER, AMBER]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.status)).toEqual(['', 'Complete', '', '']);
    expect(report.actions[1].progress).toBe('');
  });

  it('keeps unfilled sentences as the statuses the plan states', () => {
    const said = ['Completed, although delivery of programme on hold.', 'Opening Doors Programme on hold – commenced March 2020', 'Completed and published; new launch to be arranged', 'A recruitment review has been carried out.'];
    const report = checkPlan(plan(said, [null, null, null, null]), { asAt: AS_AT });
    expect(report.actions.map((a) => a.status)).toEqual(said);
  });

  it('leaves a column of status words alone', () => {
    const report = checkPlan(plan(['Complete', 'On track', 'Begun but not complete', 'Not yet begun'], [GREEN, GREEN, AMBER, '#FF0000']), { asAt: AS_AT });
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track', 'Begun but not complete', 'Not yet begun']);
  });
});
