/**
 * A programme office's highlight report keeps, under its milestones, a section of risks and issues and one of decisions
 * asked of the board (holdout32 cardenmoor: 'Section B – Risks and issues' with its own header, R01 / R02 / I01 rows
 * whose mitigations carry owners and RAG fills, then 'Section C – Decisions required' over D01). Their rows have an
 * action's shape but are no actions: each is set aside, naming the caption it sits under, down to the next section
 * heading. A theme about risk ('Managing the risk of bias') is no log's caption (negative).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { namesRecordLog } from '../../../shared/grid/names-record-log';
import type { CellValue } from '../../../shared/types';
import { readGoldGrid } from '../../support/learnt-plans';
import { gridOf, layoutOf, STRAY_CHANGES } from '../../support/vary-layout';

const AS_AT = new Date(Date.UTC(2016, 10, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Milestones & RAID' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("a log's records under their caption", () => {
  it('knows a log of risks and issues, and decisions asked for, by the heading’s subject', () => {
    expect(namesRecordLog('Section B – Risks and issues')).toMatch(/risks and issues/);
    expect(namesRecordLog('3. Risk register')).toMatch(/risks and issues/);
    expect(namesRecordLog('Decisions needed from the Project Board')).toMatch(/decisions asked/);
    expect(namesRecordLog('WS2 – Fair treatment')).toBeNull();
    expect(namesRecordLog('Managing the risk of bias in recruitment')).toBeNull();
  });

  it("sets aside the risks and the decision under a milestone plan's own sections", () => {
    const report = read([
      ['Section A – Milestones'],
      ['ID', 'Milestone / deliverable', 'WRES ind.', 'Owner', 'Forecast', 'BRAG', 'Commentary'],
      ['M1.1', 'Diverse interview panels in place for all Band 7+ posts', '2', 'Head of Recruitment', '30-Sep-16', 'B', 'Pool of 38 trained.'],
      ['M2.1', 'Disciplinary investigations reviewed by a second manager before a hearing', '3', 'Head of Employee Relations', '31-Jan-17', 'R', 'Re-tabled for January.'],
      [],
      ['Section B – Risks and issues'],
      ['ID', 'Description', 'Type', 'Owner', 'Score', 'RAG', 'Mitigation'],
      ['R01', 'Union side does not agree the disciplinary policy change, delaying M2.1', 'Risk', 'Director of HR', '12', 'A', 'Early sight of the draft for staff side leads.'],
      ['I01', 'University has not confirmed dates for the taster days', 'Issue', 'Head of Education', '', 'R', 'Escalated to the partnership lead.'],
      [],
      ['Section C – Decisions required'],
      ['D01', 'Project Board to agree that M1.2 may slip to February'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
    const why = setAside(report).join('\n');
    expect(why).toMatch(/Row 8: .*it sits under 'Section B – Risks and issues' \(row 6\): a log of risks and issues kept beside the plan/);
    expect(why).toMatch(/Row 9: .*Section B – Risks and issues/);
    expect(why).toMatch(/Row 12: .*it sits under 'Section C – Decisions required' \(row 11\): decisions asked of a board or group/);
  });

  it("reads a version history typed under the log's records as the document's, not actions (cardenmoor's stray-rows counterexample)", async () => {
    const plan = 'tests/corpus/holdout32/holdout32-wres-2016-17-cardenmoor';
    const grid = await readGoldGrid(plan);
    const before = checkPlan(grid, { asAt: AS_AT });
    const layout = layoutOf(grid);
    const dice = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1832254995];
    let i = 0;
    const pick = (n: number) => (n <= 1 ? 0 : dice[i++ % dice.length] % n);
    for (const name of ['addTotalLine', 'addDocumentControl', 'addSignOff']) STRAY_CHANGES[name](layout, before, pick);
    const after = checkPlan(gridOf(layout), { asAt: AS_AT });
    expect(after.actions.map((a) => a.action)).toEqual(before.actions.map((a) => a.action));
  });

  it("sets aside a 'RAID log' section's rows read through the plan's own columns, the plan's next section read again", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'RAG'],
      ['Recruitment'],
      ['Put a BME assessor on every Band 7+ panel', 'Head of Resourcing', 'Mar 2017', 'G'],
      ['RAID log'],
      ['Low declaration rate undermines indicator 1 – mitigate with a payslip reminder', 'Workforce Information Manager', '', 'A'],
      ['Progression'],
      ['Open a second cohort of the leadership programme for BME staff', 'Head of OD', 'Jun 2017', 'A'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 7]);
    expect(report.actions[1].theme).toBe('Progression');
    expect(setAside(report).join('\n')).toMatch(/Row 5: .*it sits under 'RAID log' \(row 4\)/);
  });

  it("reads the actions under a theme about risk as actions (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'RAG'],
      ['Managing the risk of bias in recruitment'],
      ['Put a BME assessor on every Band 7+ panel', 'Head of Resourcing', 'Mar 2017', 'G'],
      ['Audit shortlisting decisions by ethnicity', 'Workforce Information Manager', 'Dec 2016', 'A'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4]);
  });
});
