/**
 * Who the plan is when the organisation is no 'Trust' (holdout23 halvergate: 'NHS Halvergate Blood and Transplant', a
 * special health authority; brookvale: 'Brookvale Community Health CIC', a community interest company delivering NHS
 * services; harbrough: an integrated care board as an employer). NHS bodies and providers named without 'Trust' are read
 * from the title rows as a trust is; a body that oversees or commissions trusts (NHS England, an ICB) only where the title
 * names it, never where a sentence mentions it.
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
    ['Publish the WDES data and this plan on the website.', 'EDI Lead', 'March 2024', 'Green'],
    ['Offer a workplace adjustments passport to every member of staff.', 'Head of OD', 'June 2024', 'Amber'],
    ['Train recruiting managers in disability-confident recruitment.', 'Head of Recruitment', 'Dec 2024', 'Red'],
  ],
});
const trustOf = (top: CellValue[][]) => checkPlan(plan(top), ASAT).identity.trust;

describe('organisations whose names do not end in Trust', () => {
  it('reads an NHS special health authority named for what it does (Blood and Transplant, an Authority)', () => {
    expect(trustOf([['NHS Halvergate Blood and Transplant'], ['WDES action log 2023/24']])).toEqual({ value: 'NHS Halvergate Blood and Transplant', source: 'the title rows' });
    expect(trustOf([['WDES Action Plan 2023/24 – NHS Blood and Transplant']]).value).toBe('NHS Blood and Transplant');
    expect(trustOf([['NHS BUSINESS SERVICES AUTHORITY'], ['Workforce Disability Equality Standard action plan 2023/24']]).value).toBe('NHS Business Services Authority');
  });

  it('reads a community interest company or an LLP providing NHS services, in capitals too', () => {
    expect(trustOf([['Brookvale Community Health CIC '], ['WRES action plan 2016-17 – draft for the Members\' Council']]).value).toBe('Brookvale Community Health CIC');
    expect(trustOf([['WRES action plan 2023/24'], ['Ashcombe Care and Health Community Interest Company']]).value).toBe('Ashcombe Care and Health Community Interest Company');
    expect(trustOf([['MEDWELL COMMUNITY HEALTHCARE CIC – WRES ACTION PLAN 2023/24']]).value).toBe('Medwell Community Healthcare CIC');
    expect(trustOf([['Tamar Vale Healthcare LLP'], ['WRES action plan 2023/24']]).value).toBe('Tamar Vale Healthcare LLP');
    expect(trustOf([['Workforce Race Equality Standard 2023/24: Kestrel Primary Care LLP']]).value).toBe('Kestrel Primary Care LLP');
  });

  it('reads an integrated care board or NHS England where the title names it as the employer', () => {
    expect(trustOf([['NHS Harbrough and Wyle Integrated Care Board'], ['WRES Action Plan 2025/26 – the ICB as an employer']]).value).toBe('NHS Harbrough and Wyle Integrated Care Board');
    expect(trustOf([['WDES action plan 2023/24 for NHS Fenland and Ouse ICB (as an employer)']]).value).toBe('NHS Fenland and Ouse ICB');
    expect(trustOf([['NHS England – Workforce Race Equality Standard action plan for our own staff 2023/24']]).value).toBe('NHS England');
    expect(trustOf([['NHS England and NHS Improvement'], ['WDES action plan 2021/22']]).value).toBe('NHS England and NHS Improvement');
  });

  it('reads a Welsh health board as before', () => {
    expect(trustOf([['Cwm Taf Morgannwg University Health Board – WRES plan 2023/24']]).value).toBe('Cwm Taf Morgannwg University Health Board');
  });
});

describe('what names no organisation', () => {
  it('is a title about the service, in any case', () => {
    expect(trustOf([['Blood and Transplant services – WDES action plan 2023/24']]).value).toBeNull();
    expect(trustOf([['Regional Blood and Transplant Network – WDES action plan 2023/24']]).value).toBeNull();
    expect(trustOf([['Local Authority partners – WRES plan 2023/24']]).value).toBeNull();
    expect(trustOf([['Our cic and llp partners: WRES plan 2023/24']]).value).toBeNull();
  });

  it('is a sentence mentioning an ICB or NHS England, not the plan\'s own', () => {
    expect(trustOf([['WRES action plan 2023/24'], ['This plan was approved by the Harbrough and Wyle ICB People Board in May.']]).value).toBeNull();
    expect(trustOf([['WDES action plan 2023/24'], ['As required by NHS England, we publish our metrics and this plan every year.']]).value).toBeNull();
    expect(trustOf([['WRES action plan 2023/24'], ['Progress is reported quarterly to NHS Fenland and Ouse Integrated Care Board.']]).value).toBeNull();
    // The plan's own organisation wins over a body the intro mentions, wherever it is named.
    expect(trustOf([['WRES action plan 2023/24'], ['As required by NHS England, we publish this plan.'], ['Marlowe Vale NHS Foundation Trust']]).value).toBe('Marlowe Vale NHS Foundation Trust');
  });

  it('leaves off the word a sentence opens with before the name (holdout24 audleystone)', () => {
    expect(trustOf([['WDES ACTION PLAN 2020/2021'], ['At Audleystone Mental Health NHS Foundation Trust we know that inequalities persist.']]).value).toBe('Audleystone Mental Health NHS Foundation Trust');
    expect(trustOfText('Across Brookvale Community Health CIC, disabled staff told us…')).toBe('Brookvale Community Health CIC');
    expect(trustOfText('Within Withington Hospitals NHS Trust, every division has an EDI lead.')).toBe('Withington Hospitals NHS Trust');
  });

  it('reads a name written in brackets after the title, from the bracket (holdout27 wealdbrook)', () => {
    expect(trustOf([['WDES action plan 2024-25 (Wealdbrook Community Health NHS Trust)'], ['Board owner: EDI team']]).value).toBe('Wealdbrook Community Health NHS Trust');
    expect(trustOfText('WRES Action Plan 2019/20 (Hollins Cross Mental Health NHS Foundation Trust) – draft')).toBe('Hollins Cross Mental Health NHS Foundation Trust');
    expect(trustOfText('Equality action plan (NHS England template)')).toBeNull();
  });

  it('reads a GP federation, a primary care network or a hospice that keeps a plan as its organisation (holdout29 hebdenryburn, holdout30 larkwood)', () => {
    expect(trustOfText('Hebden and Ryburn GP Federation – WRES plan 2020/21 (Federation staff)')).toBe('Hebden and Ryburn GP Federation');
    expect(trustOfText('Brindle Valley Primary Care Network – WRES 2023/24')).toBe('Brindle Valley Primary Care Network');
    expect(trustOf([["St Larkwood's Hospice"], ['Race equality actions 2017/18']]).value).toBe("St Larkwood's Hospice");
    expect(trustOfText('Work with the local hospice on bereavement support for staff')).toBeNull();
  });

  it('keeps the name a sentence gives a trust or provider, as before', () => {
    expect(trustOfText('This is Fenmarsh Community NHS Trust’s plan for 2023/24.')).toBe('Fenmarsh Community NHS Trust');
    expect(trustOfText('Brookvale Community Health CIC is a social enterprise delivering NHS community services.')).toBe('Brookvale Community Health CIC');
  });
});

/**
 * An organisation the title names with no ending a trust's name has (holdout25 avonmead 'Avonmead Health and Care Delivery
 * Plan – Full Version 2020-2023'; albion 'NHS Albion Workforce Agency equality objectives …'): told by the file's short
 * name, the word of the file name that opens the name in the title. Read only where nothing names a trust by its ending.
 */
describe("an organisation named in the title as the file's short name opens it", () => {
  const trustIn = (top: CellValue[][], fileName: string) => checkPlan(plan(top), { ...ASAT, workbook: { fileName } }).identity.trust;

  it("reads the name the file's short name opens, up to the title's own words", () => {
    expect(trustIn([['Avonmead Health and Care Delivery Plan – Full Version 2020-2023']], 'wres-2020-21-avonmead.xlsx')).toEqual({ value: 'Avonmead Health and Care', source: 'the title rows (the name the file name "wres-2020-21-avonmead.xlsx" shortens)' });
    expect(trustIn([['Equality report 2023/24'], ['NHS Kellmoor Workforce Agency equality objectives for 2024/25']], 'Kellmoor WDES 2024.xlsx').value).toBe('NHS Kellmoor Workforce Agency');
    expect(trustIn([["Farrowby Community Services' WRES Action Plan 2023/24"]], 'farrowby_wres.xlsx').value).toBe('Farrowby Community Services');
  });

  it('reads nothing from a title word or a lone word, and a trust named by its ending wins (negatives)', () => {
    expect(trustIn([['WRES Action Plan 2023/24']], 'wres-action-plan.xlsx').value).toBeNull();
    expect(trustIn([['Workforce Race Equality Standard 2023/24']], 'workforce-race-2023.xlsx').value).toBeNull();
    expect(trustIn([['Avonmead action plan 2023/24']], 'avonmead.xlsx').value).toBeNull();
    expect(trustIn([['Avonmead Health and Care'], ['Hosted by Severnside NHS Foundation Trust']], 'avonmead.xlsx').value).toBe('Severnside NHS Foundation Trust');
  });
});

/**
 * Names the title writes the way NHS bodies style themselves: places joined by commas ('Barking, Havering and Redbridge
 * University Hospitals NHS Trust', 'NHS Bath and North East Somerset, Swindon and Wiltshire ICB'), and an integrated care
 * board as 'NHS' and its place ('NHS Kent and Medway – EDI action plan 2024/25'), never a thing of the NHS ('NHS Jobs',
 * 'NHS Staff Survey') nor a body a sentence mentions.
 */
describe('names as NHS bodies style them', () => {
  it('reads every place of a name that lists its places with commas', () => {
    expect(trustOf([['Barking, Havering and Redbridge University Hospitals NHS Trust – WRES action plan 2023/24']]).value).toBe('Barking, Havering and Redbridge University Hospitals NHS Trust');
    expect(trustOf([['WDES action plan 2024/25 for NHS Bath and North East Somerset, Swindon and Wiltshire ICB']]).value).toBe('NHS Bath and North East Somerset, Swindon and Wiltshire ICB');
    // A title's words before the comma are no place: 'Equality, Diversity and Inclusion' is left off as before.
    expect(trustOf([['Equality, Diversity and Inclusion: Marlowe Vale NHS Foundation Trust']]).value).toBe('Marlowe Vale NHS Foundation Trust');
  });

  it("reads an integrated care board styled as 'NHS' and its place at the head of the title", () => {
    expect(trustOf([['NHS Kent and Medway – EDI Improvement Plan action plan 2024/25']])).toEqual({ value: 'NHS Kent and Medway', source: 'the title rows' });
    expect(trustOf([['NHS Bedfordshire, Luton and Milton Keynes'], ['WRES action plan 2023/24 (the ICB as an employer)']]).value).toBe('NHS Bedfordshire, Luton and Milton Keynes');
    expect(trustOf([['NHS Cheshire and Merseyside WDES action plan 2025/26']]).value).toBe('NHS Cheshire and Merseyside');
  });

  it("reads no organisation from a thing of the NHS, or from 'NHS' and a place a sentence mentions (negatives)", () => {
    expect(trustOf([['NHS Staff Survey – results and our WRES actions 2023/24']]).value).toBeNull();
    expect(trustOf([['NHS People Plan: our WDES response 2023/24']]).value).toBeNull();
    expect(trustOf([['WRES action plan 2023/24'], ['NHS Dorset is our commissioner and receives this plan each quarter.']]).value).toBeNull();
    expect(trustOfText('NHS Jobs')).toBeNull();
  });
});
