/**
 * An action cell that only sends the reader to actions written elsewhere: a few words with a pointer in brackets to the
 * row that holds them ('Network (see 7)', holdout52 ockbrook), or a sentence saying the metric's actions are in a plan
 * or part of the document of their own ('A separate action plan for Metric 5 is at Appendix 4B, …', holdout47
 * corvedale). With no lead or timescale of its own it is a cross-reference, not an action. An action that names such a
 * plan as what is to be done, or has a lead and date, stays an action (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WDES 2022' }, { asAt: AS_AT });

describe('an action cell pointing to actions elsewhere', () => {
  it("reads 'Network (see 7)' and 'Panel training (see action 2 above)' as pointers, beside the metric's figures", () => {
    const report = read([
      ['Metric', 'What it measures', 'Disabled', 'Non-disabled', 'Action(s)', 'Owner', 'When'],
      ['2', 'Likelihood of being appointed after shortlisting', '21%', '22%', 'Put a trained panel member on every interview', 'Head of Recruitment', 'Dec 22'],
      ['7', 'Satisfied with extent org values their work', '27%', '38%', 'Set up a disability staff network', 'EDI Lead', 'Nov 22'],
      ['9b', 'Has the trust done things to help disabled staff voices be heard', 'Yes', '', 'Network (see 7)', '', ''],
      ['5', 'Equal opportunities for career progression', '42%', '55%', 'Panel training (see action 2 above)', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3]);
  });

  it("reads 'A separate action plan for Metric 5 is at Appendix 4B' as a pointer though the metric's position sits beside it", () => {
    const report = read([
      ['Metric', 'Target 2016 – 2021', 'Position August 2018', 'Action 2018/19', 'Lead', 'Timescale'],
      ['Metric 4 – Non-mandatory training', 'Equal likelihood (1.00) by 2021', '1.05 – close to target.', 'Record all non-mandatory training on the learning system', 'Head of Learning and Development', 'Dec-18'],
      ['Metric 5 – Harassment from patients', 'No more than 25% by 2021', '33% (2017: 31%) – moving away from the target.', 'A separate action plan for Metric 5 is at Appendix 4B, following the review of racial harassment reporting.', '', ''],
      ['Metric 8 – Discrimination at work', 'No more than 8% by 2021', '12% (2017: 14%).', 'Include a session on race and fairness in the management programme', 'Associate Director of OD', 'Nov-18'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
  });

  it('keeps an action that writes such a plan, and a pointer with its own lead and date (negatives)', () => {
    const report = read([
      ['Metric', 'Action', 'Lead', 'When'],
      ['5', 'Write a separate action plan for Metric 5 with the security team', 'Head of Security', 'Mar 23'],
      ['7', 'Network launch event (see 9)', 'EDI Lead', 'Nov 22'],
      ['9', 'Set up a disability staff network', 'EDI Lead', 'Oct 22'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
  });
});
