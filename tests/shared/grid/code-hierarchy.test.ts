/**
 * A list where every line carries a hierarchical code ('RE1' priority, 'RE1.01' outcome, 'RE1.01.01' action), as a
 * council's framework action list does (holdout48 stainmore): only the deepest codes are actions. A shallower code
 * heading the deeper ones under it, with no timescale, status or progress of its own, is a heading — its description
 * is the theme of the actions under it — even when it is written in the same columns as an action. A shallower code
 * that gives a date of its own stays an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 11, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Action list' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('a list whose rows carry a hierarchical code', () => {
  it("reads only the three-part codes as actions under a 'Code' header, the outcome's description as their theme", () => {
    const report = read([
      ['Harbourside Community Health – WRES delivery plan 2025/26'],
      ['Code', 'Action', 'WRES', 'Lead', 'Target date'],
      ['EQ1', 'Fair recruitment'],
      ['EQ1.01', 'Shortlist without bias', '', '', ''],
      ['EQ1.01.01', 'Remove names from every application before shortlisting.', '2', 'Head of Resourcing', 'Jun 2025'],
      ['EQ1.01.02', 'Put a trained diverse panel member on every Band 7+ interview.', '2', 'Recruitment Manager', 'Sep 2025'],
      ['EQ1.02', 'Grow our own talent', '7', '', ''],
      ['EQ1.02.01', 'Fund ten places on the aspiring leaders programme for ethnic minority staff.', '7', 'Head of OD', 'Mar 2026'],
      ['EQ2', 'Safe workplaces'],
      ['EQ2.01', 'Act on abuse from the public', '', '', ''],
      ['EQ2.01.01', 'Log and follow up every racist incident reported by staff within five days.', '4', 'Head of Security', 'Ongoing'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([5, 6, 8, 11]);
    expect(report.actions.map((a) => a.ref)).toEqual(['EQ1.01.01', 'EQ1.01.02', 'EQ1.02.01', 'EQ2.01.01']);
    expect(report.actions.map((a) => a.theme)).toEqual(['Shortlist without bias', 'Shortlist without bias', 'Grow our own talent', 'Act on abuse from the public']);
    const why = setAside(report).join('\n');
    expect(why).toMatch(/Row 3: "Fair recruitment" is read as an objective, not an action — its number 'EQ1' heads the numbers of the actions under it \('EQ1\.01'…\)/);
    expect(why).toMatch(/Row 7: "Grow our own talent" is read as an objective, not an action — its number 'EQ1\.02' heads/);
  });

  it("reads two-level codes under a 'Ref' header in the middle of the row, laid out otherwise", () => {
    const report = read([
      ['Action', 'Ref', 'Responsible officer', 'Deadline', 'Status'],
      ['Workforce data', 'WD1', '', '', ''],
      ['Run a campaign so that staff update their disability status on ESR.', 'WD1.1', 'Workforce Information Lead', '30/09/2025', 'On track'],
      ['Publish the WDES metrics on the staff intranet each quarter.', 'WD1.2', 'Head of EDI', '31/12/2025', 'Not started'],
      ['Reasonable adjustments', 'WD2', '', '', ''],
      ['Launch a reasonable adjustments passport for every team.', 'WD2.1', 'Head of OD', '31/03/2026', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 6]);
    expect(report.actions.map((a) => a.theme)).toEqual(['Workforce data', 'Workforce data', 'Reasonable adjustments']);
    expect(setAside(report).join('\n')).toMatch(/Row 5: "Reasonable adjustments" is read as an objective, not an action — its number 'WD2' heads/);
  });

  it('keeps a shallower code as an action when it gives a date of its own (negative)', () => {
    const report = read([
      ['Code', 'Action', 'Lead', 'Target date'],
      ['RE1', 'Review the recruitment policy with the staff network.', 'Head of Resourcing', 'Jun 2025'],
      ['RE1.01', 'Add a diverse panel member to every interview.', 'Recruitment Manager', 'Sep 2025'],
      ['RE1.02', 'Remove names from applications before shortlisting.', 'Recruitment Manager', 'Dec 2025'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(setAside(report)).toEqual([]);
  });
});
