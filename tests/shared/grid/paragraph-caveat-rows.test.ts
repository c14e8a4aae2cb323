import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { isParagraph } from '../../../shared/grid/is-paragraph';
import type { CellValue } from '../../../shared/types';

/**
 * A caveat merged across the grid under the header, a paragraph of sentences ('COVID-19: classroom-based development was
 * suspended from 23 March 2020 and the Executive Team re-phased this plan on 14 July 2020. The Due column shows the
 * re-phased dates …', holdout74 winterslade) remarks on the whole plan: it heads no block, so the actions below it get
 * no theme from it, and a heading further down still gives its own.
 */
const AS_AT = new Date(Date.UTC(2021, 1, 28));

function plan(caveat: string, heading: string | null): CellValue[][] {
  return [
    ['Winterslade Ambulance Service NHS Trust'],
    ['Workforce Race Equality Standard – Action Plan 2020/21 – position at February 2021'],
    ['No.', 'Indicator', 'Action', 'Lead', 'Due', 'Status', 'Update (Feb 2021)'],
    [caveat],
    ['1', '1', 'Publish ethnicity by Agenda for Change band for each operational division.', 'Head of Workforce Intelligence', 'Sep 2020', 'Complete', 'Dashboard live from September.'],
    ['2', '2', 'Include a BME assessor at every paramedic assessment centre.', 'Head of Resourcing', 'Dec 2020', 'On track', '31 of 40 assessors trained.'],
    ...(heading ? [[heading]] : []),
    ['3', '6', 'Give every station manager a session on responding to racist abuse from colleagues.', 'Head of OD & Inclusion', 'Mar 2021', 'Re-phased', 'Moved online.'],
  ];
}

const CAVEATS = [
  'COVID-19: classroom-based development was suspended from 23 March 2020 and the Executive Team re-phased this plan on 14 July 2020. The Due column shows the re-phased dates; the original dates are in the plan approved by the Board on 26 March 2020.',
  'Industrial action in January 2023 delayed the recruitment actions by a quarter. Dates below are the revised ones agreed with the network.',
];

describe('a paragraph of sentences under the header', () => {
  for (const caveat of CAVEATS) {
    it(`is a note, no theme: '${caveat.slice(0, 40)}…'`, () => {
      const report = checkPlan({ values: plan(caveat, 'Culture and safety') }, { asAt: AS_AT });
      expect(report.actions.map((a) => a.row)).toEqual([5, 6, 8]);
      expect(report.actions.map((a) => a.theme ?? '')).toEqual(['', '', 'Culture and safety']);
    });
  }

  it('tells a paragraph from a heading', () => {
    expect(isParagraph(CAVEATS[0])).toBe(true);
    expect(isParagraph('Theme B: Fair treatment at work')).toBe(false);
    expect(isParagraph('Build a workforce that reflects the communities we serve, at every level.')).toBe(false);
    expect(isParagraph('1. Representation, recruitment and data for every part of the trust and its subsidiary companies.')).toBe(false);
  });
});
