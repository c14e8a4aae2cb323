/**
 * Who the plan is when it is typed into a template someone else designed (holdout38: grisdale's regional template titled
 * 'NHS England and NHS Improvement – North East and Yorkshire: WDES Action Plan Template', cheldon's ICB assurance return,
 * ashbury's ICB primary-care template): the template's title names its designer, and the field it labels for the
 * organisation filling it in ('Trust name', 'A1 Provider', 'Organisation') names whose plan it is. Also: primary care
 * collaboratives (holdout37 rillvalley, holdout38 ashbury), a trust whose legal name opens with 'The' (holdout35
 * tibberton), and the year a plan's name gives over a figures table's years above it (holdout35 purbrook).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { trustOfText } from '../../../shared/identity';
import type { CellValue, Grid } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2024, 0, 15)) };
const plan = (top: CellValue[][]): Grid => ({
  sheetName: 'Plan',
  values: [
    ...top,
    [null],
    ['Action', 'Lead', 'Timescale', 'Status'],
    ['Publish the data and this plan on the website.', 'EDI Lead', 'March 2024', 'Green'],
    ['Offer a workplace adjustments passport to every member of staff.', 'Head of OD', 'June 2024', 'Amber'],
    ['Train recruiting managers in inclusive recruitment.', 'Head of Recruitment', 'Dec 2024', 'Red'],
  ],
});
const who = (top: CellValue[][]) => checkPlan(plan(top), ASAT).identity;

describe("a template's field for the organisation filling it in", () => {
  it("names the trust over a regional template's title naming NHS England, its label the source", () => {
    const identity = who([
      ['NHS England and NHS Improvement – North East and Yorkshire: WDES Action Plan Template 2020/21'],
      ['Please complete the yellow cells only.'],
      ['Trust name', 'Grisdale and Wharfe Hospitals NHS Foundation Trust', 'Reporting year', '2020/21'],
      ['Board lead', 'Graham Ilsley, Director of Workforce', 'Date of Board sign-off', '24 September 2020'],
    ]);
    expect(identity.trust).toEqual({ value: 'Grisdale and Wharfe Hospitals NHS Foundation Trust', source: "the 'Trust name' field above the plan" });
    expect(identity.period.value).toBe('2020-21');
  });

  it("names the provider over an ICB's return, a numbered label ('A1 Provider') or one in the same cell ('Organisation: …')", () => {
    expect(who([
      ['NHS Vale of Severn Integrated Care Board'],
      ['Workforce Equality Assurance Return 2024/25 – WDES'],
      ['A1 Provider', 'Cheldon Orthopaedic Hospital NHS Foundation Trust'],
      ['A2 Period covered', '2024/25'],
    ]).trust.value).toBe('Cheldon Orthopaedic Hospital NHS Foundation Trust');
    expect(who([
      ['NHS Kenning Vale Integrated Care Board – Primary Care Workforce Race Equality Plan (template)'],
      ['Organisation: Ashbury Primary Care Collaborative (12 practices across 3 PCNs)'],
      ['Plan year: 2025/26'],
    ]).trust.value).toBe('Ashbury Primary Care Collaborative');
  });

  it("leaves an ICB's own plan the ICB's, and takes no name from a label that is not the organisation's", () => {
    expect(who([['NHS Hollinsdale Integrated Care Board'], ['Workforce Race Equality Standard – ICB action plan 2024/25']]).trust.value).toBe('NHS Hollinsdale Integrated Care Board');
    expect(who([
      ['Kelmoor Community Health NHS Trust – WRES action plan 2023/24'],
      ['Commissioner', 'NHS Fenland and Ouse Integrated Care Board'],
    ]).trust.value).toBe('Kelmoor Community Health NHS Trust');
  });
});

describe('collaboratives, a trust named with its own "The", and the year a plan names', () => {
  it('reads a primary care or provider collaborative as the organisation', () => {
    expect(who([['Rill Valley Primary Care Collaborative'], ['Race equality action plan 2025/26']]).trust.value).toBe('Rill Valley Primary Care Collaborative');
    expect(trustOfText('WDES action plan 2024/25 – Northern Mental Health Provider Collaborative')).toBe('Northern Mental Health Provider Collaborative');
    expect(trustOfText('Collaborative working across the ICS is part of our plan.')).toBeNull();
  });

  it("reads a combined report's own body under the line listing its members, 'Combined' left off its name (holdout39 cullerford)", () => {
    const members = 'Cullerford North PCN   Cullerford South PCN   Haybridge Health Partnership   Moorlands Rural PCN   Cullerford GP Federation';
    expect(who([[members], ['Combined Cullerford and District Primary Care Collaborative WRES Summary Report 2019/20']]).trust.value).toBe('Cullerford and District Primary Care Collaborative');
    expect(trustOfText('Tamworth Vale PCN   Lichford PCN\tBurnside GP Federation')).toBeNull();
    // One body named with the title's words spaced after it, a PCN's own plan, and 'Combined' inside a name stay (negative).
    expect(trustOfText('Oakfield NHS Trust   WRES action plan   2023/24')).toBe('Oakfield NHS Trust');
    expect(trustOfText('Moorlands Rural PCN – WRES action plan')).toBe('Moorlands Rural PCN');
    expect(trustOfText('North Staffordshire Combined Healthcare NHS Trust')).toBe('North Staffordshire Combined Healthcare NHS Trust');
  });

  it("keeps 'The' that opens a trust's name, in capitals too, but not a sentence's 'the' or a title's 'The'", () => {
    expect(who([['The Tibberton Hospitals NHS Foundation Trust'], ['WDES Annual Report 2022']]).trust.value).toBe('The Tibberton Hospitals NHS Foundation Trust');
    expect(who([['THE LEEDHAM TEACHING HOSPITALS NHS TRUST – WRES ACTION PLAN 2023/24']]).trust.value).toBe('The Leedham Teaching Hospitals NHS Trust');
    expect(trustOfText('This plan was approved by the Kelmoor NHS Trust board.')).toBe('Kelmoor NHS Trust');
    expect(trustOfText('The Workforce Race Equality Standard Strandley Mental Health NHS Trust')).toBe('Strandley Mental Health NHS Trust');
  });

  it("takes the year the plan's name gives over a figures table's year columns above it, not an earlier plan's", () => {
    expect(who([
      ['Purbeck Vale Healthcare NHS Foundation Trust'],
      ['Indicator', '2019/20 PVH', '2019/20 National', '2020/21 PVH'],
      ['1. BME staff at Band 8a+', '4.1%', '10.3%', '4.6%'],
      ['Our WRES action plan 2021/22'],
    ]).period).toEqual({ value: '2021-22', source: 'the title rows' });
    expect(who([
      ['This extract is the workforce section; milestones are for 2020/21, the first year.'],
      ['Goals carried over from our action plan 2019/20 are tagged [CO].'],
    ]).period.value).toBe('2020-21');
  });
});
