import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Actions typed above the plan's header in its own columns: one added over the header in a hurry (an urgent action
 * inserted on the row above it), or those a sort took above the header when the table was sorted with its header row
 * inside the range (the header then sits in the middle). They are actions of the same table, read by its columns,
 * each saying why. A title, a caption or a key line above the header stays what it is.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => a.row);

describe('actions typed above the header', () => {
  it('reads an urgent action inserted right above the header, every field from its column', () => {
    const report = read([
      ['Northfield Community Trust – WRES action plan 2024/25'],
      ['Indicator 5', 'URGENT: publish a statement that abuse of staff by patients will not be tolerated', 'Director of Nursing', 'Dec 2024', 'In progress'],
      ['WRES indicator', 'What we will do', 'Responsible lead', 'Deadline', 'Status'],
      ['Indicator 1', 'Share the ethnicity of staff by band with each division every quarter', 'Workforce Information', 'Sep 2024', 'Complete'],
      ['Indicator 2', 'Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2025', 'In progress'],
      ['Indicator 7', 'Run career conversations for BME band 5 and 6 staff twice a year', 'Head of OD', 'Jan 2025', 'Not started'],
    ]);
    expect(rows(report)).toEqual([2, 4, 5, 6]);
    const urgent = report.actions[0];
    expect(urgent).toMatchObject({ indicator: '5', lead: 'Director of Nursing', status: 'In progress' });
    expect(urgent.due.text).toBe('Dec 2024');
    expect(urgent.sources.action?.why).toBe("it is typed above the header (row 3) in its columns, as the actions under it are: 'WRES indicator', 'What we will do', 'Responsible lead', 'Deadline', 'Status'");
  });

  it('reads the actions a sort took above the header, under a title and a blank row, in another column order', () => {
    const report = read([
      ['Riverside Mental Health Trust'],
      ['Workforce Disability Equality Standard – our plan for 2023/24'],
      [],
      ['Agree reasonable adjustments passports with every new starter who declares a disability', 'Metric 9', 'Apr 2024', 'Employee Relations Lead'],
      ['Review capability cases for disabled staff every six months', 'Metric 3', 'Jun 2024', 'HR Business Partner'],
      ['Action', 'Metric', 'By when', 'Owner'],
      ['Offer every disabled applicant a guaranteed interview when they meet the essential criteria', 'Metric 2', 'Oct 2023', 'Recruitment Manager'],
      ['Train line managers in supporting staff with long-term conditions', 'Metric 4a', 'Feb 2024', 'Training Lead'],
      [],
      ['Next review: April 2024, People Committee'],
    ]);
    expect(rows(report)).toEqual([4, 5, 7, 8]);
    expect(report.actions[0]).toMatchObject({ lead: 'Employee Relations Lead', indicators: ['9'] });
    expect(report.actions[1].due.text).toBe('Jun 2024');
    expect(report.actions[1].sources.action?.why).toMatch(/^it is typed above the header \(row 6\) in its columns/);
  });

  it('reads them over a column the header names but gives no field, and across spacer rows as the plan spaces its actions', () => {
    const report = read([
      ['Westmoor Ambulance Service – WRES plan 2022/23'],
      ['Indicator 6', 'Publish the zero tolerance statement in every station and vehicle', 'Chief Executive', 'Head of Security', 'Nov 2022'],
      [],
      ['Indicator 2', 'Shortlist every band 6 and above post with a diverse panel', 'Director of People', 'Recruitment Manager', 'Jan 2023'],
      [],
      ['Indicator', 'Action', 'Accountable director', 'Lead', 'Target date'],
      [],
      ['Indicator 1', 'Report the ethnicity of staff by band to the People Committee twice a year', 'Director of People', 'Workforce Analyst', 'Sep 2022'],
      [],
      ['Indicator 4', 'Publish who is offered non-mandatory training, by ethnicity', 'Medical Director', 'Head of Education', 'Mar 2023'],
    ]);
    expect(rows(report)).toEqual([2, 4, 8, 10]);
    expect(report.actions[0]).toMatchObject({ lead: 'Head of Security', indicators: ['6'] });
    expect(report.actions[1].due.text).toBe('Jan 2023');
    expect(report.actions[1].sources.action?.why).toContain("'Accountable director', 'Lead', 'Target date'");
  });

  it("reads past a page's number and the title printed again at a page's top, over the header printed again", () => {
    const header = ['Indicator', 'Action', 'Lead', 'Target date'];
    const report = read([
      ['Marshfield Partnership NHS Foundation Trust'],
      ['WRES action plan 2017/18 – community services'],
      ['Indicator 2', 'Recruitment training for every recruiting manager to include unconscious bias, refreshed every two years', 'Associate Director of HR', 'Dec 2017'],
      [null, '2'],
      ['Indicator 6', 'Network to run listening events on inpatient wards about harassment from service users and relatives', 'BME Staff Network', 'Feb 2018'],
      ['WRES action plan 2017/18 – community services – continued'],
      header,
      ['Indicator 1', 'Ethnicity by band for each care group to the workforce group', 'Director of Nursing', 'Nov 2017'],
      ['Indicator 4', 'Publish how leadership programme places are given', 'Head of Learning', 'Mar 2018'],
      header,
      ['Indicator 9', 'Reach a wider field of applicants for the next NED post', 'Trust Secretary', 'Mar 2018'],
    ]);
    expect(rows(report)).toEqual([3, 5, 8, 9, 11]);
    expect(report.actions[0]).toMatchObject({ lead: 'Associate Director of HR', indicators: ['2'] });
  });

  it('does not take a note running across columns the header leaves blank, above a spacer (negative)', () => {
    const report = read([
      ['Owlbury Community Health – WDES plan 2023/24'],
      ['Carried over from last year', 'Review the staff passport for reasonable adjustments with staff side colleagues', 'Head of HR', 'Mar 2024', 'see the 2022/23 plan', 'archived'],
      [],
      ['Metric', 'Action', 'Lead', 'By when'],
      ['Metric 9', 'Agree reasonable adjustments passports with every new starter who declares a disability', 'Employee Relations Lead', 'Apr 2024'],
      ['Metric 3', 'Review capability cases for disabled staff every six months', 'HR Business Partner', 'Jun 2024'],
    ]);
    expect(rows(report)).toEqual([5, 6]);
  });

  it('leaves a title, a caption and a key line above the header as they were (negative)', () => {
    const report = read([
      ['Eastbrook Hospitals NHS Trust', null, 'WRES action plan', '2024/25'],
      ['Key:', 'Green = on track', 'Amber = at risk', 'Red = off track'],
      ['Plan agreed by the People Committee in June, owned by the Director of People', null, 'People Committee', 'June 2024'],
      ['Indicator', 'Action', 'Lead', 'Due', 'RAG'],
      ['1', 'Share the ethnicity of staff by band with each division every quarter', 'Workforce Information', 'Sep 2024', 'Green'],
      ['2', 'Put a trained BME panel member on every band 7 and above interview', 'Head of Resourcing', 'Mar 2025', 'Amber'],
    ]);
    expect(rows(report)).toEqual([5, 6]);
    expect(report.actions.every((a) => a.sources.action === undefined)).toBe(true);
  });
});
