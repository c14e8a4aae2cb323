import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Cells a plan used for a year keeps its history in (holdout29 tillmouth): a lead HANDED OVER written into the lead
 * cell ('Head of Learning and Development (left Oct 16) – now Education Lead', '… (vacant) – covered by Deputy Director
 * of Nursing') is read as who holds it now; an action REWORDED with its old wording kept in a bracket after the new
 * ('… [Reworded Sept 16 – original: "Introduce anonymised shortlisting".]') is read as it says now; and an indicator
 * cell calling the indicators 'standards' ('Standard 1', 'Standards 5 & 6') names them.
 */
const AS_AT = new Date(Date.UTC(2017, 0, 15));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT }).actions;

describe('a WRES plan after a year of use', () => {
  const values: CellValue[][] = [
    ['WRES ACTION PLAN 2016-17'],
    ['Tillbury Community NHS Trust'],
    ['WRES Standard', 'Action', 'Lead', 'Completion date', 'RAG'],
    ['Standard 1', 'Set a target for BME staff at Band 7 and above and report it to the Board.', 'Director of Workforce', 'Mar 2017', 'A'],
    ['Standard 2', 'Ask every panel to record why each BME applicant was or was not shortlisted. [Reworded Sept 16 – original: "Introduce anonymised shortlisting".]', 'Recruitment Manager', 'Dec 2016', 'G'],
    ['Standard 4', 'Publish training funding decisions by ethnicity.', 'Head of Learning and Development (left Oct 16) – now Education Lead', 'Jan 2017', 'R'],
    ['Standards 5 & 6', 'Give teams guidance on responding to racist behaviour from service users.', 'Head of Nursing (vacant) – covered by Deputy Director of Nursing', 'Feb 2017', 'A'],
  ];

  it('reads the current wording, the current lead and the standards as indicators', () => {
    const actions = read(values);
    expect(actions.map((a) => a.indicators)).toEqual([['1'], ['2'], ['4'], ['5', '6']]);
    expect(actions[1].action).toBe('Ask every panel to record why each BME applicant was or was not shortlisted.');
    expect(actions.map((a) => a.lead)).toEqual(['Director of Workforce', 'Recruitment Manager', 'Education Lead', 'Deputy Director of Nursing']);
    expect(actions[2].sources.lead?.why).toBe("Lead: Education Lead, who holds the action now (C6: 'Head of Learning and Development (left Oct 16) – now Education Lead'); the post before is history");
  });
});

describe('another layout: the new holder first, the old post in brackets', () => {
  const values: CellValue[][] = [
    ['Marsh Vale NHS Trust – WDES plan 2016/17'],
    ['Ref', 'Owner', 'What we will do', 'By when'],
    ['1', 'Chief People Officer (was Director of HR)', 'Run a disability declaration campaign. (Amended Nov 16: "Run a survey")', 'Mar 2017'],
    ['2', 'Director of People (now Chief People Officer)', 'Agree protected time for the disability network.', 'Dec 2016'],
  ];

  it('reads who holds each action now and its current wording', () => {
    const actions = read(values);
    expect(actions.map((a) => a.lead)).toEqual(['Chief People Officer', 'Chief People Officer']);
    expect(actions[0].action).toBe('Run a disability declaration campaign.');
  });
});

describe('negatives', () => {
  it('leads and actions that only mention such words are read as written', () => {
    const actions = read([
      ['Holme NHS Trust – WRES plan 2016/17'],
      ['Indicator', 'Action', 'Lead', 'Due'],
      ['1', 'Publish the WRES data on the website. [HIA 1]', 'Head of OD, now also covering training for all new managers in the trust', 'Mar 2017'],
      ['2', 'Review shortlisting (was done yearly, now every quarter).', 'EDI Lead / Head of Resourcing', 'Dec 2016'],
    ]);
    expect(actions.map((a) => a.action)).toEqual(['Publish the WRES data on the website. [HIA 1]', 'Review shortlisting (was done yearly, now every quarter).']);
    expect(actions.map((a) => a.lead)).toEqual(['Head of OD, now also covering training for all new managers in the trust', 'EDI Lead / Head of Resourcing']);
  });
});
