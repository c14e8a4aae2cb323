/**
 * Who the plan is, where the title rows hold more than a title: a page's prose naming NHS England, a signature before the
 * trust's name, two years in one paper's title, a long preamble above the plan's own title line, a sentence closing on the
 * trust's name, and a database export naming the organisation on every row. Seen in holdout33 brightlingham, tamarisk,
 * marcliffe, copperdale and holdout34 fenmarch, aldric; each made again here in two ways, with a negative.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

const ASAT = { asAt: new Date(Date.UTC(2024, 0, 15)) };
const plan = (top: CellValue[][]): Grid => ({
  sheetName: 'Plan',
  values: [
    ...top,
    [null],
    ['Action', 'Lead', 'Timescale', 'Status'],
    ['Publish the WRES data and this plan on the website.', 'EDI Lead', 'March 2024', 'Green'],
    ['Offer reverse mentoring to every executive director.', 'Head of OD', 'June 2024', 'Amber'],
  ],
});
const trust = (top: CellValue[][], options = {}) => checkPlan(plan(top), { ...ASAT, ...options }).identity.trust.value;
const period = (top: CellValue[][]) => checkPlan(plan(top), ASAT).identity.period.value;

describe("the trust a plan's title rows name", () => {
  it("is not NHS England where a sentence goes on about it ('NHS England asked that …')", () => {
    expect(trust([['Implementing the WDES'], ['NHS England asked that WDES action plans be published by 30 September 2019.'], ['Brightwell and Stour Hospitals NHS Foundation Trust – WDES Action Plan 2019/20']])).toBe('Brightwell and Stour Hospitals NHS Foundation Trust');
    expect(trust([['About the WRES'], ['Since 2015 NHS England requires every trust to publish its data.'], ['Ormside Community NHS Trust WRES plan 2023/24']])).toBe('Ormside Community NHS Trust');
    // A title naming NHS England is still its (negative).
    expect(trust([['NHS England – WRES action plan 2023/24']])).toBe('NHS England');
  });

  it("is the body after a signature's name and post ('Dr Lena Ashworth, Chief Executive, …')", () => {
    expect(trust([['Foreword by our Chief Executive'], ['Dr Lena Ashworth, Chief Executive, Tamarind Community Health CIC'], ['WRES action plan 2019/20']])).toBe('Tamarind Community Health CIC');
    expect(trust([['Signed: Jo Bell, Chair, Westmere Partnership NHS Foundation Trust'], ['WRES action plan 2023/24']])).toBe('Westmere Partnership NHS Foundation Trust');
    // Places listed with commas are still the name's (negative).
    expect(trust([['Barking, Havering and Redbridge University Hospitals NHS Trust – WRES plan 2023/24']])).toBe('Barking, Havering and Redbridge University Hospitals NHS Trust');
  });

  it('is read from the title line right over the plan after a long preamble', () => {
    const bullets: CellValue[][] = Array.from({ length: 12 }, (_, k) => [null, `- Metric ${k + 1} wording as the standard writes it.`]);
    expect(trust([['Workforce Disability Equality Standard (WDES)'], ['This annual reporting process lets the Trust compare experiences.'], ...bullets, ['Copperfield Orthopaedic Hospital NHS Foundation Trust – WDES Action Plan 2020/21']])).toBe('Copperfield Orthopaedic Hospital NHS Foundation Trust');
  });

  it("ends at a sentence's full stop when the file's short name finds it ('… by NHS Fenmoor Integrated Care Board. Owner: …')", () => {
    const workbook = { fileName: 'wres-2024-25-fenmoor.xlsx' };
    expect(trust([['WRES Action Plan 2024-25'], ['Actions agreed by the People Committee for staff employed by NHS Fenmoor Integrated Care Board. Owner: People team.']], { workbook })).toBe('NHS Fenmoor Integrated Care Board');
  });

  it("is the organisation a database export names on every row ('OrgName')", () => {
    const org = "St Wilfrid's Orthopaedic Hospital NHS Foundation Trust";
    const values: CellValue[][] = [
      ['ActionID', 'OrgName', 'IndicatorNo', 'ActionText', 'LeadName', 'TargetDate'],
      [101, org, 1, 'Run a data cleanse of ethnicity records on ESR.', 'Maureen Cole', '30/09/2016'],
      [102, org, 2, 'Introduce a standard interview question bank.', 'David Okonjo', '31/03/2017'],
    ];
    const report = checkPlan({ sheetName: 'qryExport', values }, ASAT);
    expect(report.identity.trust).toEqual({ value: org, source: "the 'OrgName' column (column B), naming the organisation every row is for" });
    expect(report.actions.map((a) => a.action)).toHaveLength(2);
    // A 'Trust' column naming a different trust on each row (a system's joint plan) names no one organisation (negative).
    const joint = checkPlan({ sheetName: 'ICS plan', values: [['Trust', 'Action', 'Lead', 'Due'], ['Avon NHS Trust', 'Publish the data.', 'EDI Lead', 'May 2024'], ['Brent NHS Trust', 'Train panels.', 'Head of HR', 'June 2024']] }, ASAT);
    expect(joint.identity.trust.value).toBeNull();
  });
});

describe('the period of a paper naming two years', () => {
  it("is the action plan's year, not the annual report's", () => {
    expect(period([['Report Title:', 'WDES 2024/25 Annual Report & WDES 2025/26 Action Plan']])).toBe('2025-26');
    expect(period([['WRES report 2022/23 and 2023/24 action plan']])).toBe('2023-24');
    // One year alone is read as before (negative).
    expect(period([['WDES 2024/25 Annual Report']])).toBe('2024-25');
  });
});
