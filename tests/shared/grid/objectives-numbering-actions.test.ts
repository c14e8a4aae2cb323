import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * An objective column merged down over its actions, whose entries state objectives ('1. Make our recruitment fairer for
 * BME applicants'), is context and no theme — unless the plan numbers its actions under those objectives ('1.1', '1.2'
 * under the first; '1a', '1b' beside the first aim): then the objectives are the plan's outline and the actions' theme
 * (holdout84 saltmere, fennimore; holdout47 leadonvale). Refs counting the actions straight through ('1' … '5') leave
 * the objective as context, as the corpus's other objective plans have it.
 */
type Merge = { top: number; left: number; bottom: number; right: number };
const AS_AT = new Date(Date.UTC(2017, 0, 31));
const read = (values: CellValue[][], merges: Merge[]) => checkPlan({ values, merges, sheetName: 'Plan' }, { asAt: AS_AT });
const themes = (values: CellValue[][], merges: Merge[]) => read(values, merges).actions.map((a) => [a.row, a.theme ?? '']);
const down = (c: number, top: number, bottom: number): Merge => ({ top: top - 1, left: c, bottom: bottom - 1, right: c });

describe('objectives the plan numbers its actions under', () => {
  it("reads a numbered objective merged over actions '1.1'–'1.3' as their theme", () => {
    const plan: CellValue[][] = [
      ['Workforce Race Equality Standard – Action Plan 2016/17'],
      ['Objective', 'No.', 'WRES ind.', 'Action', 'Lead', 'Timescale'],
      ['1. Make our recruitment fairer for BME applicants', '1.1', '2', 'Check every shortlisting panel includes a BME member', 'Head of Recruitment', 'Oct 2016'],
      [null, '1.2', '2', 'Remove names from application forms before shortlisting', 'Head of Recruitment', 'Dec 2016'],
      ['2. Reduce the number of BME staff entering formal disciplinary', '2.1', '3', 'Introduce a pre-formal check by a senior HR partner', 'Deputy Director of HR', 'Sept 2016'],
      [null, '2.2', '3', 'Train investigating officers in fair investigation', 'Deputy Director of HR', 'Feb 2017'],
    ];
    expect(themes(plan, [down(0, 3, 4), down(0, 5, 6)])).toEqual([
      [3, '1. Make our recruitment fairer for BME applicants'],
      [4, '1. Make our recruitment fairer for BME applicants'],
      [5, '2. Reduce the number of BME staff entering formal disciplinary'],
      [6, '2. Reduce the number of BME staff entering formal disciplinary'],
    ]);
  });

  it("reads an 'Aim' merged beside lettered sub-actions '1a'–'1c' as their theme", () => {
    const plan: CellValue[][] = [
      ['WRES Action Plan 2018/19'],
      ['WRES indicator', 'Aim', 'Ref', 'What we will do', 'Who', 'When'],
      ['2', 'More BME applicants appointed as paramedics', '1a', 'Attend recruitment events at two sixth-form colleges', 'Recruitment Manager', 'Oct 2018'],
      [null, null, '1b', 'Offer driving assessment practice sessions', 'Fleet Training Lead', 'Jan 2019'],
      ['3', 'Crews and control room staff feel safe and supported', '2a', 'Add a second-level review before a formal investigation', 'Head of HR', 'Mar 2019'],
      [null, null, '2b', 'Report disciplinary cases by ethnicity and station', 'HR Information Analyst', 'Mar 2019'],
    ];
    expect(themes(plan, [down(0, 3, 4), down(1, 3, 4), down(0, 5, 6), down(1, 5, 6)]).map((r) => r[1])).toEqual([
      'More BME applicants appointed as paramedics',
      'More BME applicants appointed as paramedics',
      'Crews and control room staff feel safe and supported',
      'Crews and control room staff feel safe and supported',
    ]);
  });

  it('keeps objectives as context where the refs count the actions straight through', () => {
    const plan: CellValue[][] = [
      ['WDES action plan 2020-21'],
      ['No.', 'Metric(s)', 'Objective', 'Actions', 'Lead', 'Deadline'],
      ['1', '1', 'Know our workforce: improve the quality of our disability data', 'Add a disability question to the staff app', 'Head of Digital Workforce', 'Oct 2020'],
      ['2', '1, 5', null, 'Publish WDES metrics by division', 'Workforce Intelligence Manager', 'Dec 2020'],
      ['3', '2', 'Make recruitment and processes fair', 'Offer an interview to disabled applicants who meet the criteria', 'Head of Resourcing', 'Dec 2020'],
      ['4', '3', null, 'Add an adjustments check to the capability policy', 'Head of Employee Relations', 'Jan 2021'],
    ];
    expect(themes(plan, [down(2, 3, 4), down(2, 5, 6)]).map((r) => r[1])).toEqual(['', '', '', '']);
  });
});
