/**
 * Who the plan is, as trusts write it: the pane shows the trust and period for confirmation, and sync and compare file
 * the plan under them, so a wrong year files a plan under the next year's and a missing trust makes the user type it.
 * Each pattern here is met in two or more plans of the corpus (named in each test) and made again in small plans.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readOtherSheets } from '../../../shared/grid';
import type { CellValue, Grid } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2024, 0, 15)) };
const plan = (top: CellValue[][], bottom: CellValue[][] = []): Grid => ({
  sheetName: 'Plan',
  values: [
    ...top,
    [null],
    ['Action', 'Lead', 'Timescale', 'Status'],
    ['Publish the WRES data and this plan on the website.', 'EDI Lead', 'March 2024', 'Green'],
    ['Offer reverse mentoring to every executive director.', 'Head of OD', 'June 2024', 'Amber'],
    ['Train recruiting managers in inclusive recruitment.', 'Head of Recruitment', 'Dec 2024', 'Red'],
    ...bottom,
  ],
});

describe('the period a plan names', () => {
  it("is the plan's own year, not the date of the meeting it went to (holdout2 wyverndowns, harrowdale's approval line)", () => {
    for (const top of [
      [['Public Board meeting – 7 March 2024 – Agenda item 12.3'], ['WRES action plan progress report, 2023/24']],
      [['People Committee, 14 November 2023'], ['Workforce Race Equality Standard action plan 2023-24']],
      [['WRES action plan 2023/24'], ['Approved by the Trust Board on 28 September 2024.']],
    ]) {
      expect(checkPlan(plan(top), ASAT).identity.period).toEqual({ value: '2023-24', source: 'the title rows' });
    }
  });

  it("is this year's plan of a longer strategy when its title names both (holdout7 penhallow)", () => {
    expect(checkPlan(plan([['Race Equality Delivery Plan 2025–2028: WRES deliverables – Year 1 (2025/26)']]), ASAT).identity.period.value).toBe('2025-26');
    expect(checkPlan(plan([['Race Equality Strategy 2022-2025'], ['Action plan for 2023/24']]), ASAT).identity.period.value).toBe('2023-24');
    // A plan over two years and nothing narrower stays over two years (the KMPT sample's 'WRES ACTION Plan 2020 -2022').
    expect(checkPlan(plan([['WRES ACTION Plan 2020 -2022']]), ASAT).identity.period.value).toBe('2020-22');
  });

  it("is the year a report says its actions are for, not the years its data compares (holdout26 wyrebridge)", () => {
    const summary = 'This report compares 2018/19 with 2017/18 under each theme and sets out our areas of focus for 2019/20.';
    expect(checkPlan(plan([['Workforce Race Equality Standard (WRES) 2019 Report'], [summary]]), ASAT).identity.period.value).toBe('2019-20');
    expect(checkPlan(plan([['WDES annual report'], ['Metrics for 2021/22 against 2020/21, and our priorities for the coming year, 2022/23']]), ASAT).identity.period.value).toBe('2022-23');
    // A paragraph with no year it is for keeps the first it names (negative).
    expect(checkPlan(plan([['WRES report'], ['Our 2021/22 figures are set beside 2020/21 below.']]), ASAT).identity.period.value).toBe('2021-22');
  });

  it("is the year a 'you said, we did' title says the work will be done in, after the year it looks back on (holdout46 coldharrow)", () => {
    const title = 'You said, we did – race equality at work: what changed in 2023-24 and what we will do in 2024-25';
    expect(checkPlan(plan([['Coldharrow Community Health NHS Trust'], [title]]), ASAT).identity.period.value).toBe('2024-25');
    expect(checkPlan(plan([['What we did in 2021/22, and what we plan to do during 2022/23']]), ASAT).identity.period.value).toBe('2022-23');
    // What was done in a year names the year looked back on (negative).
    expect(checkPlan(plan([['What we did in 2021/22']]), ASAT).identity.period.value).toBe('2021-22');
  });

  it('gives way to a financial year in the file name when the title has only a date', () => {
    const report = checkPlan(plan([['Board paper, 7 March 2024']]), { ...ASAT, workbook: { fileName: 'WRES action plan 2023-24.xlsx' } });
    expect(report.identity.period).toEqual({ value: '2023-24', source: 'the file name "WRES action plan 2023-24.xlsx"' });
  });
});

describe('the trust a plan names', () => {
  it('is read from a title in capitals and shown in title case, NHS and joining words kept (harrowdale, kelderton, stanmoor, rivelsby)', () => {
    for (const [name, shown] of [
      ['HARROWDALE HEALTHCARE NHS TRUST', 'Harrowdale Healthcare NHS Trust'],
      ['KELDERTON TEACHING HOSPITALS NHS FOUNDATION TRUST', 'Kelderton Teaching Hospitals NHS Foundation Trust'],
      ['STANMOOR HEALTH AND CARE NHS TRUST', 'Stanmoor Health and Care NHS Trust'],
      ["ISLE OF ASHBY AND STOKE-ON-WEIR CHILDREN'S NHS TRUST", "Isle of Ashby and Stoke-on-Weir Children's NHS Trust"],
    ]) {
      expect(checkPlan(plan([[name], ['WORKFORCE RACE EQUALITY STANDARD (WRES) ACTION PLAN 2023/24']]), ASAT).identity.trust).toEqual({ value: shown, source: 'the title rows' });
    }
  });

  it('in capitals in the title is shown as the workbook writes it elsewhere, in a footer or on a cover sheet', () => {
    const footed = plan([['MARLOWE VALE NHS FOUNDATION TRUST'], ['WRES action plan 2023/24']], [[null], ['Marlowe Vale NHS Foundation Trust · Equality and Inclusion Team']]);
    expect(checkPlan(footed, ASAT).identity.trust).toEqual({ value: 'Marlowe Vale NHS Foundation Trust', source: 'the title rows' });
    // A trust that writes its own name with a capital inside it keeps it, where title case would lose it.
    const cover: Grid = { sheetName: 'Cover', values: [['McAllister Bay NHS Trust'], ['Race equality plan']] };
    const sheet = plan([['MCALLISTER BAY NHS TRUST – WRES ACTION PLAN 2023/24']]);
    expect(checkPlan(sheet, { ...ASAT, workbook: readOtherSheets([cover, sheet], 'Plan') }).identity.trust.value).toBe('McAllister Bay NHS Trust');
  });

  it("is read whole when its name holds a word a title also uses ('Disability', 'Race', 'and') (strandley)", () => {
    for (const name of ['Strandley Mental Health and Learning Disability NHS Trust', 'Ashmoor Learning Disability and Autism NHS Foundation Trust']) {
      expect(checkPlan(plan([[name], ['Workforce Disability Equality Standard – our plan for 2026/27']]), ASAT).identity.trust.value).toBe(name);
      // After a title, the title's words are still no part of it.
      expect(checkPlan(plan([[`Workforce Disability Equality Standard Action Plan – ${name}`]]), ASAT).identity.trust.value).toBe(name);
      expect(checkPlan(plan([[`Workforce Disability Equality Standard ${name}`]]), ASAT).identity.trust.value).toBe(name);
    }
  });

  it("is not 'every NHS trust' in a sentence, but the trust the sentence names", () => {
    const report = checkPlan(plan([['Every NHS trust publishes its WRES plan. This is Fenmarsh Community NHS Trust’s plan for 2023/24.']]), ASAT);
    expect(report.identity.trust.value).toBe('Fenmarsh Community NHS Trust');
    expect(checkPlan(plan([['Every NHS trust publishes a plan: Fenmarsh Community NHS Trust WRES plan 2023/24']]), ASAT).identity.trust.value).toBe('Fenmarsh Community NHS Trust');
  });

  it('is read from a footer line under the plan when the plan has no title (holdout14 orrington)', () => {
    const report = checkPlan(plan([], [[null], ['Orrington Healthcare NHS Trust · WDES action plan 2021/22 · page 1 of 1']]), ASAT);
    expect(report.identity.trust).toEqual({ value: 'Orrington Healthcare NHS Trust', source: 'the lines under the plan' });
  });

  it("is read from a cover or read-me sheet when the plan's sheet does not name it (pollardine, harbury, marshbrook)", () => {
    const cover: Grid = { sheetName: 'Cover', values: [[null], ['Pollardine Hospitals NHS Foundation Trust'], [null], ['Action Plan 2020/21']] };
    const sheet = plan([['Workforce Disability Equality Standard – action plan 2020/21']]);
    const report = checkPlan(sheet, { ...ASAT, workbook: { sheetNames: ['Cover', 'Plan'], ...readOtherSheets([cover, sheet], 'Plan') } });
    expect(report.identity.trust).toEqual({ value: 'Pollardine Hospitals NHS Foundation Trust', source: 'the sheet "Cover"' });
    // The plan's own title still comes first.
    const own = plan([['Harbury Vale NHS Foundation Trust – WRES action plan 2023/24']]);
    expect(checkPlan(own, { ...ASAT, workbook: readOtherSheets([cover, own], 'Plan') }).identity.trust.value).toBe('Harbury Vale NHS Foundation Trust');
  });
});
