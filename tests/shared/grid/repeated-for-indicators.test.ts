import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A database query joining each action to its indicators one-to-many writes the action once per indicator: rows
 * repeating the row above cell for cell but for the indicator are that action's, for one more indicator, and no
 * actions of their own. Seen in holdout34 aldric (an Access query exported to Excel: 'ActionID | … | IndicatorNo | ActionText').
 */
const AS_AT = new Date(Date.UTC(2017, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.ref, a.indicators]);
const notes = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('an action written again for each of its indicators', () => {
  it("an Access export: 'ActionID | OrgName | IndicatorNo | ActionText | LeadName | TargetDate | StatusDesc', one action on three rows", () => {
    const org = "St Wilfrid's Hospital NHS Foundation Trust";
    const report = read([
      ['ActionID', 'OrgName', 'IndicatorNo', 'ActionText', 'LeadName', 'TargetDate', 'StatusDesc'],
      [101, org, 1, 'Run a data cleanse of ethnicity records on ESR.', 'Maureen Cole', '30/09/2016', 'Complete'],
      [104, org, 5, 'Launch a Dignity at Work advisers scheme on every site.', 'Angela Fry', '31/03/2017', 'Behind Plan'],
      [104, org, 6, 'Launch a Dignity at Work advisers scheme on every site.', 'Angela Fry', '31/03/2017', 'Behind Plan'],
      [104, org, 8, 'Launch a Dignity at Work advisers scheme on every site.', 'Angela Fry', '31/03/2017', 'Behind Plan'],
      [107, org, 9, 'Nominate a Non-Executive Director as Board champion for the WRES.', 'Company Secretary', '31/10/2016', 'Complete'],
    ]);
    expect(rows(report)).toEqual([[2, '101', ['1']], [3, '104', ['5', '6', '8']], [6, '107', ['9']]]);
    expect(notes(report).find((m) => m.startsWith('Row 4:'))).toMatch(/it repeats row 3's action \('104'\) cell for cell but for its indicator \('6'\)/);
  });

  it("no ref column, the indicator after the action ('WRES 7' then 'WRES 8')", () => {
    const report = read([
      ['Action', 'Indicator', 'Owner', 'Due'],
      ['Hold focus groups with BME theatre and ward staff on career progression.', 'WRES 7', 'Head of OD', 'Nov 2016'],
      ['Hold focus groups with BME theatre and ward staff on career progression.', 'WRES 8', 'Head of OD', 'Nov 2016'],
      ['Record the ethnicity of staff granted study leave.', 'WRES 4', 'Head of Education', 'Jan 2017'],
    ]);
    expect(rows(report)).toEqual([[2, null, ['7', '8']], [4, null, ['4']]]);
  });

  it('the same words for two indicators with different leads are two actions (negative)', () => {
    const report = read([
      ['Action', 'Indicator', 'Owner', 'Due'],
      ['Hold focus groups with BME staff.', 'WRES 7', 'Head of OD', 'Nov 2016'],
      ['Hold focus groups with BME staff.', 'WRES 8', 'Head of Nursing', 'Nov 2016'],
    ]);
    expect(rows(report)).toEqual([[2, null, ['7']], [3, null, ['8']]]);
  });
});
