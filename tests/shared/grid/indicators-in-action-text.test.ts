import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Indicators written only inside the action's own text, in a plan with no indicator column, heading or objective that
 * names them: as a prefix ('WRES 2 – Put a BME panel member…'), in brackets at the end ('(indicators 5 & 6)', '(WRES 3)')
 * or all of them ('(all indicators)'). Numbers that follow no indicator word ('Bands 5 to 7') name none, and an
 * indicator column, where a plan has one, still decides. Shown in a WRES and a WDES plan.
 */
const AS_AT = new Date(Date.UTC(2019, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Sheet1' } as Grid, { asAt: AS_AT });

describe('indicators named inside the action text', () => {
  it('reads a prefix, a bracket at the end and (all indicators) in a WRES plan', () => {
    const report = read([
      ['WRES Action Plan 2018/19'],
      ['Ref', 'Action', 'Lead', 'Timescale'],
      [1, 'WRES 1 – Break down the workforce profile by band for each care group.', 'Workforce Information Manager', 'Q1'],
      [2, 'Introduce a decision-making checklist before formal disciplinary action (WRES 3).', 'Head of Employee Relations', 'Q2'],
      [3, 'Launch a zero-tolerance campaign on racist abuse of staff (indicators 5 & 6).', 'Director of Nursing', 'Q3'],
      [4, 'WRES 7 – Run a development programme for BME staff at Bands 5 to 7.', 'Head of OD', 'Q4'],
      [5, 'Report progress to the Equality Steering Group each quarter (all indicators).', 'Equality Lead', 'Quarterly'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['1'], ['3'], ['5', '6'], ['7'], ['1', '2', '3', '4', '5', '6', '7', '8', '9']]);
  });

  it('reads metrics named in the action in a WDES plan; a row of its own indicator column still decides', () => {
    const report = read([
      ['WDES action plan 2021/22'],
      ['Metric', 'Action', 'Lead', 'By when'],
      ['Metric 2', 'Guarantee an interview to disabled applicants who meet the essential criteria (metric 2).', 'Head of Resourcing', 'Sep 2021'],
      [null, 'Central reasonable adjustments budget (Metrics 4a and 4b).', 'Director of Finance', 'Dec 2021'],
      ['Metric 9b', 'Support the Disability Network to co-produce the plan (metric 5).', 'EDI Lead', 'Mar 2022'],
    ]);
    // Row 4 has no metric of its own: the metric above is carried down, as an indicator column's blanks always are.
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], ['2'], ['9b']]);
  });
});

/**
 * An amount at the start of an action ('M1.5 million …', '2.5 million pounds …', '£40k …', '9k …', '4.5% of …') counts
 * money, staff or a share: its number names no indicator, as a metric's code ('M4 –') or the action's own number by
 * indicator ('2.3 Introduce …') does.
 */
describe('an amount opening the action is no indicator', () => {
  it("reads 'M1.5 million' and 'M2.3m' in a WDES plan as money, and 'M4 –' still as metric 4", () => {
    const report = read([
      ['WDES action plan 2022/23'],
      ['Action', 'Lead', 'Due'],
      ['M1.5 million invested in workplace adjustments equipment over two years.', 'Director of Finance', 'March 2023'],
      ['M2.3m of the training budget ring-fenced for disabled staff.', 'Director of Finance', 'Dec 2022'],
      ['M4 – Give managers a guide to responding to harassment of disabled staff.', 'Head of OD', 'Q4'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([[], [], ['4']]);
  });

  it("reads '2.5 million pounds' and '9k' in a WRES plan as amounts, and '2.3 Introduce…' still as indicator 2's action", () => {
    const report = read([
      ['WRES action plan 2022/23'],
      ['Action', 'Lead', 'Due'],
      ['2.5 million pounds invested in leadership programmes for BME staff.', 'Director of Finance', 'March 2023'],
      ['9k set aside for the BME network conference.', 'EDI Lead', 'Q4'],
      ['2.3 Introduce diverse interview panels for Band 8a and above.', 'Head of Resourcing', 'Dec 2022'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([[], [], ['2']]);
    expect(report.actions[2].sources.indicators?.why).toBe("Indicator: from the action's number '2.3'");
  });
});
