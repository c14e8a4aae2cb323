import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * Leads and indicators written the ways people type them (session 18, fields18b, second round):
 * - a lead of 'me': the plan's author, as a line above the plan names them ('Put together by Tom Reyes, …');
 * - a lead cell naming a team and, in a bracket, its lead ('Operations Managers (lead: Ravi Chaudhry)'): the whole cell;
 * - a further code in brackets with 'and' ('7 (and 9a?)'): both; 'tbc' in the metric column: none, not the one above;
 * - the header naming one standard's indicators ('WDES metric') decides the standard over a page above naming both.
 */
const read = (g: Grid) => checkPlan(g, { asAt: new Date(Date.UTC(2022, 0, 15)) });

describe("a lead of 'me'", () => {
  it('is the author a line above names (a sentence, or a label)', () => {
    const a: Grid = { values: [
      ['Penhallow Ambulance Service NHS Trust'],
      ['Put together by Tom Reyes, Clinical Team Leader, for the EDI Steering Group'],
      ['Metric', 'Action', 'Owner', 'When'],
      ['1', 'Get crews to update ESR at the start of a shift', 'me', 'Dec 21'],
      ['7', 'Set up a disability staff network', 'Workforce Lead', 'Nov 21'],
    ] };
    const b: Grid = { values: [
      ['WRES action plan 2021/22', '', 'Prepared by: Dr Amara Osei (EDI Lead)'],
      ['Action', 'Indicator', 'Who', 'By'],
      ['Run reverse mentoring for executives', '7', 'Chief Executive', 'Mar 22'],
      ['Publish the WRES data by division', '1', 'Me', 'Dec 21'],
    ] };
    expect(read(a).actions.map((x) => x.lead)).toEqual(['Tom Reyes', 'Workforce Lead']);
    expect(read(a).actions[0].sources.lead?.why).toBe("Lead: 'Tom Reyes', who wrote the plan (row 2 names them): 'me' in C4 is the author speaking");
    expect(read(b).actions.map((x) => x.lead)).toEqual(['Chief Executive', 'Dr Amara Osei']);
  });

  it("stays 'me' where no line names the author (negative)", () => {
    const g: Grid = { values: [
      ['WDES plan 2021/22'],
      ['Action', 'Lead', 'When'],
      ['Run a declaration campaign', 'me', 'Dec 21'],
      ['Audit capability cases', 'Head of ER', 'Mar 22'],
    ] };
    expect(read(g).actions.map((x) => x.lead)).toEqual(['me', 'Head of ER']);
  });
});

describe('a team and its lead in a bracket', () => {
  it('reads the whole cell, on one line or two', () => {
    const g: Grid = { values: [
      ['Action', 'Who', 'When'],
      ['Run two disability awareness sessions for practice managers', 'Operations Managers\n(lead: Ravi Chaudhry)', 'Sep 21'],
      ['Fund adjustments from one budget', 'Finance and Contracts (lead: Shona Barraclough)', 'Oct 21'],
      ['Ask the Board to declare on ESR', 'Chair of the Board', 'Dec 21'],
    ] };
    expect(read(g).actions.map((x) => x.lead.replace(/\s+/g, ' '))).toEqual(['Operations Managers (lead: Ravi Chaudhry)', 'Finance and Contracts (lead: Shona Barraclough)', 'Chair of the Board']);
  });

  it("still reads a lead label heading a column that holds several labelled values (negative)", () => {
    const g: Grid = { values: [
      ['Action', 'Lead / timescale'],
      ['Review exit interviews by ethnicity', 'Lead: Head of OD\nTimescale: Q3 2021/22'],
      ['Audit shortlisting', 'Lead: Head of Resourcing\nTimescale: Q4 2021/22'],
    ] };
    expect(read(g).actions.map((x) => x.lead)).toEqual(['Head of OD', 'Head of Resourcing']);
  });
});

describe("metric codes: '7 (and 9a?)' and 'tbc'", () => {
  it("reads the bracket's further code, and no metric for 'tbc'", () => {
    const g: Grid = { values: [
      ['Workforce Disability Equality Standard (WDES) – our action plan for 2021/22'],
      ['Metric(s)', 'Action', 'Lead', 'Target'],
      ['1', 'Run a "Why declare?" campaign', 'EDI Officer', 'Oct-21'],
      ['4a/4b', 'Add disability to the harassment reporting form', 'Head of H&S', 'Jan 2022'],
      ['7 (and 9a?)', 'Exec sponsor for the Ability network', 'Director of Workforce', 'Sept 21'],
      ['9b', 'Protected time for the network chair', 'Director of Workforce', 'Dec 21'],
      ['tbc', 'Easy read version of this plan', 'Comms', 'tbc'],
      ['5 (also 6)', 'Coaching for disabled staff', 'Head of OD', 'Spring 22'],
    ] };
    expect(read(g).actions.map((x) => x.indicators)).toEqual([['1'], ['4a', '4b'], ['7', '9a'], ['9b'], [], ['5', '6']]);
  });

  it("keeps a bracket of words or of the first code's parts (negative)", () => {
    const g: Grid = { values: [
      ['WDES action plan 2021/22'],
      ['Metric', 'Action', 'Lead'],
      ['4 (a and b)', 'Body-worn cameras for crews', 'AD Ops'],
      ['4 (patients)', 'Signs in every waiting room', 'Head of Security'],
      ['8', 'Relaunch the adjustments passport', 'OH Manager'],
    ] };
    expect(read(g).actions.map((x) => x.indicators)).toEqual([['4a', '4b'], ['4'], ['8']]);
  });
});

describe("the header's standard over a page naming both", () => {
  const page = (metricHeader: string): Grid => ({ values: [
    ['Equality reports and data'],
    ['Workforce Race Equality Standard (WRES)'],
    ['The WRES asks trusts to compare the experience of white and BME staff; our WRES plan and WRES report are linked below.'],
    ['WRES Action Plan 2023'],
    ['Workforce Disability Equality Standard (WDES)'],
    ['WDES Action Plan 2023-24'],
    ['No.', metricHeader, 'What we will do', 'Lead', 'Target date'],
    ['1', 'Metrics 4a and 4b – harassment', 'A confidential route to raise harassment', 'FTSU Guardian', '31/03/2024'],
    ['2', 'Metric 9a – engagement', 'Add disability to the survey action pack', 'Head of Staff Experience', '29/02/2024'],
  ] });

  it("reads a 'WDES metric' column's parts as the WDES's", () => {
    const r = read(page('WDES metric'));
    expect(r.standard).toBe('WDES');
    expect(r.actions.map((x) => x.indicators)).toEqual([['4a', '4b'], ['9a']]);
  });

  it("leaves a header naming no standard to the title lines, as before (negative)", () => {
    expect(read(page('Metric')).standard).toBe('WRES');
  });
});
