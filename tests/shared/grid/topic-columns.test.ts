import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { ColumnChoice, Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2021, 2, 31));
const read = (grid: Grid, columns: ColumnChoice = {}) => checkPlan(grid, { asAt: AS_AT, columns });
const themeReason = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'theme')?.reason ?? '';
const keptBecause = (report: ReturnType<typeof read>, column: string) =>
  report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message ?? '';

/**
 * A subject column the plan writes on every action row ('Workstream': 'Recruitment' beside each recruitment action,
 * again on the next row) describes each action, the plan's topic word for it: not a group the actions sit in, so not
 * their theme, unless its header calls it one ('Theme'). Written once over each block of actions (merged down, or left
 * blank below its entry) such a column groups them, and is their theme whatever its header says. The corpus's golds
 * agree (harnham's and kirkbyvale's 'Area' on every row: no theme; stonegate's 'Theme' on every row and brackenfield's
 * 'PRIORITY' merged down over its blocks: the theme).
 */
describe('a topic column written on every row is context, not the theme, unless headed as one', () => {
  it("keeps a 'Workstream' written on every action row as context, saying why, and reads no theme", () => {
    const report = read({
      values: [
        ['Aldbury Mental Health NHS Trust – WRES action plan 2020/21'],
        ['Ref', 'Workstream', 'Action', 'Owner', 'Deadline', 'RAG'],
        ['1.1', 'Recruitment', 'Put a BME panel member on every Band 7 and above interview.', 'Head of Resourcing', 'Sep 2020', 'Green'],
        ['1.2', 'Recruitment', 'Audit shortlisting outcomes by ethnicity each quarter.', 'Head of Resourcing', 'Dec 2020', 'Amber'],
        ['2.1', 'Disciplinary', 'Have every case checked by a senior adviser before it goes formal.', 'Head of Employee Relations', 'Jan 2021', 'Green'],
        ['3.1', 'Leadership', 'Fund ten places on the Stepping Up programme.', 'Head of OD', 'Mar 2021', 'Red'],
        ['3.2', 'Leadership', 'Start reverse mentoring with the executive team.', 'Head of OD', 'Mar 2021', 'Amber'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null, null, null]);
    expect(report.columns.theme).toBeUndefined();
    expect(keptBecause(report, 'B')).toContain(
      "\"Workstream\" is kept but not checked: it is written on every action row (5 of 5; row 3: 'Recruitment'), so it describes each action, not a group of them: kept as context, not their theme",
    );
    // The other fields read as before.
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of Resourcing', 'Head of Resourcing', 'Head of Employee Relations', 'Head of OD', 'Head of OD']);
  });

  it("reads an 'Area' merged down over each block as the theme of the block's actions", () => {
    const report = read({
      values: [
        ['Corbridge Hospitals NHS Foundation Trust', null, null, null, null],
        ['Area', 'Action', 'Lead', 'By when', 'Status'],
        ['Declaration rates', 'Run a declaration campaign with the Disability Network.', 'Workforce Systems Manager', 'Q2 2020/21', 'Complete'],
        [null, 'Add disability to the starter form.', 'HR Systems Manager', 'Q3 2020/21', 'On track'],
        ['Reasonable adjustments', 'Introduce a health passport for Disabled staff.', 'Head of Health and Wellbeing', 'Q4 2020/21', 'Delayed'],
        [null, 'Set up a central fund for adjustments.', 'Deputy Director of Workforce', 'Q1 2021/22', 'On track'],
        [null, 'Train managers in agreeing adjustments.', 'Head of OD', 'Q1 2021/22', 'On track'],
      ],
      merges: [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 6, right: 0 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Declaration rates', 'Declaration rates', 'Reasonable adjustments', 'Reasonable adjustments', 'Reasonable adjustments']);
    expect(report.columns.theme).toBe('A');
  });

  it("reads a 'Priority area' merged down over each block as the theme", () => {
    const report = read({
      values: [
        ['No.', 'Priority area', 'What we will do', 'Responsible officer', 'Target date', 'RAG'],
        [1, 'Fair recruitment', 'Anonymise application forms seen by shortlisting panels.', 'Recruitment Lead', 'Oct 2020', 'Green'],
        [2, null, 'Train 40 BME staff as recruitment panel members.', 'Recruitment Lead', 'Mar 2021', 'Amber'],
        [3, 'Board representation', 'Ask for a diverse shortlist for each non-executive post.', 'Trust Secretary', 'Mar 2021', 'Amber'],
        [4, null, "Publish the Board's ethnicity each year.", 'Trust Secretary', 'Jun 2020', 'Green'],
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Fair recruitment', 'Fair recruitment', 'Board representation', 'Board representation']);
  });

  it("reads a column headed 'Theme' as the theme though it is written on every row", () => {
    const report = read({
      values: [
        ['Action', 'Key theme', 'Lead', 'Due', 'Status'],
        ['Report the ethnicity of staff by band to the Board each quarter.', 'Workforce data', 'Workforce Information Lead', 'Jun 2020', 'Complete'],
        ['Remove names from application forms seen by shortlisting panels.', 'Recruitment', 'Recruitment Lead', 'Oct 2020', 'Complete'],
        ['Train BME staff as recruitment panel members.', 'Recruitment', 'Recruitment Lead', 'Mar 2021', 'In progress'],
        ['Check every case before a formal disciplinary investigation.', 'Discipline', 'Employee Relations Manager', 'Sep 2020', 'Complete'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Workforce data', 'Recruitment', 'Recruitment', 'Discipline']);
    expect(themeReason(report)).toContain("header 'Key theme'");
  });

  it("reads a 'Workstream' whose entries number the plan's workstreams as the theme, though written on every row", () => {
    const report = read({
      values: [
        ['Workstream', 'Action', 'Lead', 'Due'],
        ['Workstream 1 – Representation', 'Set a target for Band 8a and above.', 'Director of HR', 'Q3 2020/21'],
        ['Workstream 1 – Representation', 'Publish representation by band each quarter.', 'Head of Workforce Information', 'Q4 2020/21'],
        ['Workstream 2 – Bullying and harassment', 'Publicise the Freedom to Speak Up Guardian.', 'FTSU Guardian', 'Q4 2020/21'],
      ],
    });
    expect(report.actions.map((a) => a.theme)).toEqual(['Workstream 1 – Representation', 'Workstream 1 – Representation', 'Workstream 2 – Bullying and harassment']);
  });

  it('reads an every-row topic column as the theme when the user chooses it', () => {
    const report = read({
      values: [
        ['Area of focus', 'Action', 'Lead', 'By when', 'BRAG'],
        ['Declaration rates', 'Promote declaration through ESR self-service.', 'Workforce Systems Manager', 'Q2 2020/21', 'B'],
        ['Recruitment', 'Check the guaranteed interview scheme is applied.', 'Head of Recruitment', 'Q3 2020/21', 'G'],
        ['Capability', 'Separate ill-health capability from performance capability.', 'Head of Employee Relations', 'Q4 2020/21', 'R'],
      ],
    }, { theme: 'A' });
    expect(report.actions.map((a) => a.theme)).toEqual(['Declaration rates', 'Recruitment', 'Capability']);
  });
});
