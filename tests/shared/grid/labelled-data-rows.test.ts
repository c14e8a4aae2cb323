/**
 * A labelled data row under each block's heading: the ref cell holds a label ('Evidence', 'Our data') instead of a ref
 * and the action cell gives the block's figures, this year against last, with no lead, timescale or status (holdout42
 * kirkhavel, a Word table pasted into Excel). The block's data, not an action: set aside with why. A labelled row that
 * says what to do, or a numbered row stating figures with a lead, is still an action (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2017, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Action plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a labelled data row under each block heading', () => {
  it("sets aside an 'Evidence' row comparing this year's figure with last year's under each indicator heading", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Timescale', 'Progress to date'],
      ['Indicator 2 – Appointment from shortlisting', '', '', '', ''],
      ['Evidence', '2017: White applicants 1.62 times more likely to be appointed from shortlisting (2016: 1.48).', '', '', ''],
      ['2.1', 'Put a trained BME panel member on every Band 7 and above interview panel', 'Head of Recruitment', 'Nov 2017', 'Pool of 12 trained'],
      ['2.2', 'Audit shortlisting scores for 50 recent campaigns', 'Workforce Information Manager', 'Feb 2018', ''],
      ['Indicator 3 – Entry into the formal disciplinary process', '', '', '', ''],
      ['Evidence', '2017: BME staff 1.91 times more likely to enter a formal investigation (2016: 1.70).', '', '', ''],
      ['3.1', 'Introduce a pre-investigation check by a senior HR partner', 'Deputy Director of Workforce', 'Sept 2017', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 8]);
    const msgs = setAside(report).join('\n');
    expect(msgs).toMatch(/Row 3: .*its Ref cell 'Evidence' is a label, not a ref, and '2017: White applicants 1\.62 times.*gives the block's figures: data, not an action/);
    expect(msgs).toMatch(/Row 7: .*'Evidence' is a label/);
    expect(report.actions[0].theme).toMatch(/Indicator 2/);
  });

  it("sets aside an 'Our data' row with percentages, the ref column last and the heading one cell", () => {
    const report = read([
      ['Action', 'Owner', 'By when', 'No.'],
      ['Metric 5 – Career progression', '', '', ''],
      ['Survey 2023: 47% of disabled staff believe the Trust offers equal opportunities, against 58% of others (2022: 45% v 57%).', '', '', 'Our data'],
      ['Reserve places on the leadership programme for disabled staff', 'Head of Education', 'Mar 2024', '5a'],
      ['Publish the progression of programme members after a year', 'Head of Education', 'Jun 2024', '5b'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 3: .*its Ref cell 'Our data' is a label, not a ref.*data, not an action/);
  });

  it('keeps a labelled row that says what to do, and a numbered row stating figures with a lead (negatives)', () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Timescale'],
      ['Indicator 1 – Representation', '', '', ''],
      ['Baseline', 'Agree the baseline figures for each care group with the BME network', '', ''],
      ['1.1', 'Raise BME representation at Band 8a+ from 9.8% to 12%', 'Director of Workforce', 'Mar 2018'],
      ['1.2', 'Run a development programme for Bands 5 and 6', 'Head of Learning', 'Jan 2018'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    expect(setAside(report).join('\n')).not.toMatch(/is a label, not a ref/);
  });
});
