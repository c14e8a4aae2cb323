import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readTimescaleSection } from '../../../shared/grid/read-timescale-section';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Timescale from section rows: a plan may group its actions by when they will be delivered, under section rows stating
 * a horizon or a date ('Immediate – by 30 September 2018', 'Year 1 (2021/22)', 'By December 2023'). Such a row gives
 * the actions under it that state no timescale of their own their timescale (the heading as written) and is no theme;
 * the timescale says where it came from. A subject heading ('Fair recruitment', 'Recruitment 2019') stays the theme.
 */
const AS_AT = new Date(Date.UTC(2022, 3, 30));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const across = (r: number, right: number) => ({ top: r, left: 0, bottom: r, right });

describe('the timescale given by the section heading the actions sit under', () => {
  it('reads merged year headings as each action\'s timescale, not its theme, and says where it came from', () => {
    const values: CellValue[][] = [
      ['Ashby Community NHS Trust'],
      ['WRES action plan 2021–2024: what we will do and when'],
      [],
      ['Ref', 'Indicator', 'Action', 'Lead', 'Status'],
      ['Year 1 (2021/22)'],
      ['1', '1', 'Audit ethnicity recording in the electronic staff record.', 'Head of Workforce Information', 'Complete'],
      ['2', '2', 'Add a BME panel member to every Band 8a+ interview.', 'Head of Resourcing', 'On track'],
      ['Year 2 (2022/23)'],
      ['3', '7', 'Launch reverse mentoring for the executive team.', 'Director of People', 'Not started'],
      ['Quarter 1'],
      ['4', '4', 'Publish access to CPD by ethnicity.', 'Head of Learning', 'Not started'],
    ];
    const report = read(values, { merges: [across(0, 4), across(1, 4), across(4, 4), across(7, 4), across(9, 4)] });
    expect(report.actions.map((a) => [a.row, a.due.text, a.theme])).toEqual([
      [6, 'Year 1 (2021/22)', null],
      [7, 'Year 1 (2021/22)', null],
      [9, 'Year 2 (2022/23)', null],
      [11, 'Quarter 1', null],
    ]);
    // The timescale is read as a window, so an action past it shows overdue.
    expect(report.actions[2].due.end).toBe('2023-03-31');
    expect(report.actions[1].sources.due).toEqual({ kind: 'section', cell: 'A5', why: "Due: from the section heading on row 5, 'Year 1 (2021/22)' (a heading that says when its actions are done, not what they are about)" });
    const evidence = report.columnEvidence.find((e) => e.field === 'due');
    expect(evidence?.reason).toContain("'Year 2 (2022/23)' on row 8");
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('due');
    expect(report.issues.filter((i) => i.rule === 'due-missing')).toEqual([]);
  });

  it("keeps an action's own timescale cell, and keeps subject headings as themes with no timescale", () => {
    const report = read([
      ['WDES action plan 2023/24'],
      ['No.', 'Action', 'Metric', 'Owner', 'Target date', 'RAG'],
      ['By December 2023'],
      ['1', 'Run a declaration campaign with the Disability Network.', '1', 'Head of EDI', '', 'Green'],
      ['2', 'Review reasonable adjustment passports.', '2', 'Head of OD', 'Oct 2023', 'Amber'],
      ['Fair recruitment'],
      ['3', 'Audit the guaranteed interview scheme.', '2', 'Head of Resourcing', '', 'Green'],
      ['Recruitment 2019'],
      ['4', 'Repeat the shortlisting audit.', '2', 'Head of Resourcing', 'Mar 2024', 'Green'],
    ]);
    expect(report.actions.map((a) => [a.row, a.due.text, a.theme])).toEqual([
      [4, 'By December 2023', null],
      [5, 'Oct 2023', null],
      [7, '', 'Fair recruitment'],
      [9, 'Mar 2024', 'Recruitment 2019'],
    ]);
    expect(report.actions[1].sources.due?.kind).toBe('column');
  });
});

describe('readTimescaleSection', () => {
  it('reads horizons and dates as timescales', () => {
    for (const heading of ['Immediate – by 30 September 2018', 'Short term – by 31 March 2019', 'Medium term – during 2019/20', 'Ongoing – throughout the plan', 'Long-term (12–24 months)', 'Phase 2', 'Q4 2023/24', 'By December 2023']) {
      expect(readTimescaleSection(heading), heading).toBe(heading);
    }
  });

  it('leaves subjects, subjects with a year and phases with a subject as themes', () => {
    for (const heading of ['Fair recruitment', 'Recruitment 2019', 'Phase 1 – Listening to staff', 'April 2022 – Data and recruitment', 'Short-term secondments', '12', 'Board representation']) {
      expect(readTimescaleSection(heading), heading).toBeNull();
    }
  });
});
