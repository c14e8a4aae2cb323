import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A plan numbering its actions by group ('1a', '1b', '1c' under its first aim) beside an indicator cell MERGED DOWN over
 * each group ('2' over 1a–1c, '5, 6, 8' over 3a–3c). The indicator cells show the numbers count the aims, not the
 * indicators ('1a' beside '2'), so every row the merged cell covers takes the merged cell's indicators — the lower rows
 * too, which used to read their number's ('1b' → indicator 1; holdout84 fennimore).
 */
type Merge = { top: number; left: number; bottom: number; right: number };
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][], merges: Merge[]) => checkPlan({ values, merges, sheetName: 'Plan' }, { asAt: AS_AT });
const indicators = (values: CellValue[][], merges: Merge[]) => read(values, merges).actions.map((a) => [a.row, a.indicators.join(',')]);
const down = (c: number, top: number, bottom: number): Merge => ({ top: top - 1, left: c, bottom: bottom - 1, right: c });

describe('an indicator cell merged down beside actions numbered by group', () => {
  it('gives its indicators to every row it covers (an ambulance trust, lettered sub-actions)', () => {
    const plan: CellValue[][] = [
      ['WRES action plan 2018/19'],
      ['WRES indicator', 'Ref', 'What we will do', 'Who', 'When'],
      ['2', '1a', 'Attend recruitment events at two sixth-form colleges', 'Recruitment Manager', 'Oct 2018'],
      [null, '1b', 'Offer driving assessment practice sessions to BME applicants', 'Fleet Training Lead', 'Jan 2019'],
      [null, '1c', 'Put a BME assessor on every assessment centre panel', 'Head of Education', 'Dec 2018'],
      ['3', '2a', 'Add a second-level review before a formal investigation', 'Head of HR', 'Mar 2019'],
      [null, '2b', 'Report disciplinary cases by ethnicity and station', 'HR Information Analyst', 'Mar 2019'],
      ['5, 6, 8', '3a', 'Give crews a body-worn camera option on two stations', 'Head of Operations', 'Feb 2019'],
      [null, '3b', 'Train control room supervisors to take reports of racist abuse', 'EOC Training Manager', 'Nov 2018'],
    ];
    expect(indicators(plan, [down(0, 3, 5), down(0, 6, 7), down(0, 8, 9)])).toEqual([
      [3, '2'], [4, '2'], [5, '2'], [6, '3'], [7, '3'], [8, '5,6,8'], [9, '5,6,8'],
    ]);
  });

  it('reads workstreams numbered 1.1, 2.1 the same way (a WDES plan, metric in the last column)', () => {
    const plan: CellValue[][] = [
      ['WDES action plan 2022/23'],
      ['No.', 'Action', 'Lead', 'Target date', 'WDES metric'],
      ['1.1', 'Guarantee an interview to disabled applicants', 'Head of Resourcing', 'Oct 2022', '2'],
      ['1.2', 'Train recruiting managers in adjustments at interview', 'Head of Resourcing', 'Jan 2023', null],
      ['2.1', 'Add a disability tick box to the incident form', 'Head of Patient Safety', 'Dec 2022', '4a, 4b'],
      ['2.2', 'Brief team leaders on recording disability-related abuse', 'Head of Patient Safety', 'Mar 2023', null],
      ['3.1', 'Launch a reasonable adjustments passport', 'Head of Wellbeing', 'Nov 2022', '8'],
      ['3.2', 'Hold a central adjustments budget', 'Head of Wellbeing', 'Mar 2023', null],
      ['3.3', 'Report adjustment waiting times to the People Committee', 'Head of Wellbeing', 'Mar 2023', null],
    ];
    expect(indicators(plan, [down(4, 3, 4), down(4, 5, 6), down(4, 7, 9)])).toEqual([
      [3, '2'], [4, '2'], [5, '4a,4b'], [6, '4a,4b'], [7, '8'], [8, '8'], [9, '8'],
    ]);
  });

  it('keeps an action number that names its indicator where the merged cells agree with the numbers', () => {
    const plan: CellValue[][] = [
      ['WRES action plan 2020/21'],
      ['Indicator', 'Action', 'Lead', 'Due'],
      ['1', '1a. Publish the band profile by division', 'Head of Workforce Information', 'Sep 2020'],
      [null, '1b. Set aspirations for each division', 'Director of People', 'Dec 2020'],
      [null, '2a. Review the shortlisting guidance', 'Head of Resourcing', 'Jan 2021'],
      ['2', '2b. Put a trained panel member on every Band 7 panel', 'Head of Resourcing', 'Mar 2021'],
    ];
    expect(indicators(plan, [down(0, 3, 5), down(0, 6, 6)])).toEqual([[3, '1'], [4, '1'], [5, '2'], [6, '2']]);
  });
});
