import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { parseTimescale } from '../../../shared/timescale';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Plans exported from a database or a work-management tool write their values the tool's way: a placeholder word where a
 * value is missing ('NULL' from SQL Server, 'null' from Power Query, '(blank)' from a pivot), dates as text — a date
 * serial typed as text ('45565' from Power BI's 'Export data'), an ISO stamp with its time ('2021-03-31 00:00:00.000'),
 * Jira's '31/Jan/23' — and each person twice, by name and by email address. A user reads the placeholder as nothing,
 * the serial and the stamp as the day they name, and the lead by name.
 */
const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });

describe('a placeholder word for a missing value is no value', () => {
  it("reads SQL Server's NULL as an empty lead, due and indicator, never as a field's value", () => {
    const report = read([
      ['ActionID', 'IndicatorNo', 'ActionText', 'OwnerName', 'TargetDate', 'StatusDesc'],
      ['2041', '1', 'Refresh the WRES data pack for each care group and present it at the quarterly reviews.', 'Caroline Westby', '2020-12-31 00:00:00.000', 'Complete'],
      ['2042', '2', 'Add an independent inclusion assessor to interview panels for all posts at Band 8a and above.', 'Marcus Adu-Boateng', '2021-03-31 00:00:00.000', 'On track'],
      ['2043', 'NULL', 'Publish shortlisting-to-appointment ratios by ethnicity for each staff group.', 'NULL', 'NULL', 'Delayed'],
      ['2044', '5', 'Apply the Just Culture checklist before any formal disciplinary process starts.', 'Helen Dorrington', '2020-10-30 00:00:00.000', 'Complete'],
    ]);
    expect(report.actions.map((a) => [a.row, a.lead, a.due.text, a.indicators])).toEqual([
      [2, 'Caroline Westby', '2020-12-31 00:00:00.000', ['1']],
      [3, 'Marcus Adu-Boateng', '2021-03-31 00:00:00.000', ['2']],
      [4, '', '', []],
      [5, 'Helen Dorrington', '2020-10-30 00:00:00.000', ['5']],
    ]);
    // The stamp is the day it names: the action due on 31 March 2021 is read as that day, not as words.
    expect(report.actions[1].due.end).toBe('2021-03-31');
    expect(report.issues.filter((i) => i.row === 4).map((i) => i.rule)).toContain('lead-missing');
  });

  it("reads Power Query's null and the bracketed (null) as nothing too, and keeps a sentence naming null", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status'],
      ['Review the disciplinary data by ethnicity every quarter with the People Committee.', 'null', 'Mar 2021', 'On track'],
      ['Set up reverse mentoring for every executive director.', 'Head of OD', '(null)', 'Not started'],
      ['Null and void: the old policy is withdrawn and the new one published.', 'Director of People', 'Dec 2020', 'Complete'],
    ]);
    expect(report.actions.map((a) => [a.lead, a.due.text])).toEqual([['', 'Mar 2021'], ['Head of OD', ''], ['Director of People', 'Dec 2020']]);
    expect(report.actions[2].action).toContain('Null and void');
  });
});

describe('a date serial typed as text in a date column is that date', () => {
  it("reads Power BI's '45565' under 'Target Date' as 30/09/2024 and takes the column as the due over a plan-year column", () => {
    const report = read([
      ['Financial Year', 'Indicator', 'Action', 'Action Owner', 'Target Date', 'Status', 'Update Date'],
      ['2024/25', '1', 'Set representation goals for minority ethnic staff at Band 8a and above.', 'Director of People', '45565', 'Complete', '45567'],
      ['2024/25', '2', 'Put an inclusion adviser on every shortlisting panel for Band 7 and above.', 'Head of Resourcing', '45747', 'On track', '45614'],
      ['2024/25', '4', 'Publish access to non-mandatory training by ethnicity each quarter.', 'Head of Education', 'TBC', 'Not started', '45593'],
      ['2024/25', '5', 'Give every ward a no-excuse-for-abuse pack with a clear reporting route.', 'Associate Director of Nursing', '45625', 'Complete', '45628'],
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['30/09/2024', '31/03/2025', 'TBC', '29/11/2024']);
    expect(report.actions[0].due.end).toBe('2024-09-30');
  });

  it('reads the serial as text the same as the serial as a number, and no other number as a date', () => {
    expect(parseTimescale('45565')).toEqual(parseTimescale(45565));
    expect(parseTimescale('2024').text).toBe('2024');
    expect(parseTimescale('12345').parsed).toBe(false);
    expect(parseTimescale('1200981123456701').parsed).toBe(false);
  });

  it("reads Jira's '31/Jan/23' and an ISO stamp with a time zone as their days, as written", () => {
    expect(parseTimescale('31/Jan/23')).toMatchObject({ text: '31/Jan/23', start: '2023-01-31', end: '2023-01-31' });
    expect(parseTimescale('2021-01-12T10:03:41.5528313+00:00')).toMatchObject({ start: '2021-01-12', end: '2021-01-12' });
    expect(parseTimescale('2021-03-31 00:00:00.000')).toMatchObject({ start: '2021-03-31', end: '2021-03-31' });
  });
});

describe("a person's email address beside their name is not the lead", () => {
  it("reads the name column as the lead and sets the email column aside, saying it is the same person's address", () => {
    const report = read([
      ['Ref', 'Action', 'Assignee', 'Assignee Email', 'Due Date', 'Status'],
      ['A1', 'Add disability declaration prompts to the onboarding checklist.', 'Bethan Pryce', 'bethan.pryce@gresholt.nhs.uk', '31/10/2020', 'Done'],
      ['A2', 'Offer disabled applicants the chance to ask for adjustments at every stage.', 'Tariq Aslam', 'tariq.aslam@gresholt.nhs.uk', '31/01/2021', 'Doing'],
      ['A3', 'Change the capability policy so that disability-related absence is handled apart.', 'Mairead Quill', 'm.quill@gresholt.nhs.uk', '31/03/2021', 'To do'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Bethan Pryce', 'Tariq Aslam', 'Mairead Quill']);
    const aside = report.issues.find((i) => i.rule === 'header-unmapped' && i.message.includes('Assignee Email'));
    expect(aside?.message).toContain("email address of the person named in column C ('Assignee')");
  });

  it('keeps a column of addresses as the lead when no column names the same people', () => {
    const report = read([
      ['Action', 'Owner email', 'Reviewer', 'Due'],
      ['Publish the WRES data pack for every division.', 'k.osei@trust.nhs.uk', 'Head of OD', 'Mar 2021'],
      ['Train every recruiting manager in inclusive shortlisting.', 'l.henderson@trust.nhs.uk', 'Head of OD', 'Feb 2021'],
      ['Run a reverse mentoring scheme for the board.', 'k.osei@trust.nhs.uk', 'EDI Lead', 'Jan 2021'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['k.osei@trust.nhs.uk', 'l.henderson@trust.nhs.uk', 'k.osei@trust.nhs.uk']);
  });
});

describe("the organisation or project an export names on every row is who the plan is for", () => {
  it("reads the trust from a database's 'org_name' and from Asana's 'Projects', the sheet having no title", () => {
    const rows = (header: string, name: string): CellValue[][] => [
      ['id', header, 'action_text', 'owner', 'due_date'],
      [101, name, 'Add ethnicity to the monthly workforce dashboard for each directorate.', 'Head of Workforce Information', '31/10/2020'],
      [102, name, 'Ask every member of staff with no recorded ethnicity to update ESR self-service.', 'EDI Lead', '31/12/2020'],
      [103, name, 'Publish shortlisting ratios by ethnicity for every staff group.', 'Head of Resourcing', '31/03/2021'],
    ];
    expect(read(rows('org_name', 'Kettleby and District Hospitals NHS Trust')).identity.trust.value).toBe('Kettleby and District Hospitals NHS Trust');
    expect(read(rows('Projects', 'Gresholt Hospitals NHS Foundation Trust – WDES Action Plan 2021-22')).identity.trust.value).toBe('Gresholt Hospitals NHS Foundation Trust');
  });
});

