/**
 * An export joining each action to its indicators: one row per indicator, every other cell the same (holdout34 aldric,
 * an Access query: action 104 on two rows, IndicatorNo 5 then 6). The repeat is no action of its own: its indicator
 * joins the first row's, and the row is set aside with why. Two actions that differ in any other cell, and a row typed
 * twice with the same indicator, stay as they were (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2017, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'qryActions' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const ORG = "St Aldric's Hospital NHS Foundation Trust";

describe('one row per indicator, as a query joins them', () => {
  it("reads an Access export's repeated rows as one action with both indicators", () => {
    const report = read([
      ['ActionID', 'OrgName', 'ReportYear', 'IndicatorNo', 'ActionText', 'LeadName', 'TargetDate', 'StatusDesc'],
      ['103', ORG, '2016/17', 3, 'Check every disciplinary case involving a BME member of staff at the weekly case review', 'Angela Fry', '31/12/2016', 'On Track'],
      ['104', ORG, '2016/17', 5, 'Launch a Dignity at Work advisers scheme with trained volunteers on every site', 'Angela Fry', '31/03/2017', 'Behind Plan'],
      ['104', ORG, '2016/17', 6, 'Launch a Dignity at Work advisers scheme with trained volunteers on every site', 'Angela Fry', '31/03/2017', 'Behind Plan'],
      ['105', ORG, '2016/17', 4, 'Record the ethnicity of staff granted study leave and funding', 'Peter Halloran', '31/01/2017', 'Not Started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 5]);
    expect(report.actions[1]).toMatchObject({ ref: '104', indicators: ['5', '6'] });
    expect(setAside(report).join('\n')).toMatch(/Row 4: .*repeats row 3's action in every cell but its indicator \('6'\)/);
  });

  it('reads three rows of one action, the indicator column first, as one action with three indicators', () => {
    const report = read([
      ['Indicator', 'Ref', 'Action', 'Owner', 'Due'],
      ['Metric 4a', 'A2', 'Train managers to respond to harassment reported by disabled staff', 'Head of OD', 'Mar 2023'],
      ['Metric 4b', 'A2', 'Train managers to respond to harassment reported by disabled staff', 'Head of OD', 'Mar 2023'],
      ['Metric 7', 'A2', 'Train managers to respond to harassment reported by disabled staff', 'Head of OD', 'Mar 2023'],
      ['Metric 1', 'A3', 'Run a declaration campaign on ESR', 'Head of Workforce Information', 'Dec 2022'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5]);
    expect(report.actions[0].indicators).toEqual(['4a', '4b', '7']);
  });

  it('keeps rows differing in another cell, or typed twice with the same indicator, as they were (negative)', () => {
    const report = read([
      ['Indicator', 'Ref', 'Action', 'Owner', 'Due'],
      ['2', 'B1', 'Put a BME member on every interview panel', 'Head of Resourcing', 'Mar 2023'],
      ['3', 'B1', 'Put a BME member on every interview panel', 'Head of Nursing', 'Mar 2023'],
      ['5', 'B2', 'Run a speak-up roadshow', 'FTSU Guardian', 'Jun 2023'],
      ['5', 'B2', 'Run a speak-up roadshow', 'FTSU Guardian', 'Jun 2023'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
  });
});
