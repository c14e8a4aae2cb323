import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

/**
 * An action log's date for when each entry was put on it ('Opened', 'Date raised', 'Logged on'), beside the date it is due
 * by under a header that says less ('Target'): the log's own date is when the entry was opened, never the timescale, so
 * the column of dates it stands beside is read as when each action is due, and overdue is judged on that.
 */
const read = (g: Grid, asAt = new Date(Date.UTC(2020, 0, 15))) => checkPlan(g, { asAt });
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;

describe("a log's opened date before its target", () => {
  const g: Grid = {
    values: [
      ['WDES 2019/20 – action log (Harrowgate Community NHS Trust)'],
      ['Ref', 'Opened', 'Metric', 'Action', 'Owner', 'Target', 'Open / Closed'],
      ['L1', new Date(Date.UTC(2019, 8, 2)), '1', 'Remind every colleague to update their disability status through ESR.', 'HR Systems Lead', new Date(Date.UTC(2019, 10, 30)), 'Closed'],
      ['L2', new Date(Date.UTC(2019, 8, 2)), '2', 'Sign up to Disability Confident Leader level.', 'Head of Resourcing', new Date(Date.UTC(2020, 2, 31)), 'Open'],
      ['L3', new Date(Date.UTC(2019, 9, 14)), '4', 'Put disability into the Respect at Work campaign.', 'Communications Manager', new Date(Date.UTC(2019, 11, 31)), 'Open'],
    ],
  };

  it('reads the target as the timescale and says why the opened date is not', () => {
    const r = read(g);
    expect(r.columns.due).toBe('F');
    expect(r.actions.map((a) => a.due.end)).toEqual(['2019-11-30', '2020-03-31', '2019-12-31']);
    expect(unmapped(r, 'B')).toBe('Column B header "Opened" is kept but not checked: its dates say when each entry was opened on the log, not when the action is due');
    expect(r.actions.filter((a) => a.overdue).map((a) => a.row)).toEqual([5]);
  });
});

describe("a network's log: the date raised after the action, the target last", () => {
  const g: Grid = {
    values: [
      ['Race Equality Network – actions agreed with the Trust, 2022/23'],
      ['Action agreed', 'Who', 'Date raised', 'Target', 'Update'],
      ['Publish the WRES data by division on the intranet.', 'Workforce Analyst', '12/05/2022', 'Jul-22', 'Done.'],
      ['Add a network member to every band 8a interview panel.', 'Head of Recruitment', '12/05/2022', 'Dec-22', ''],
      ['Offer reverse mentoring to every executive director.', 'Chief People Officer', '08/09/2022', 'Mar-23', ''],
    ],
  };

  it('reads the target, not the date raised', () => {
    const r = read(g, new Date(Date.UTC(2023, 0, 15)));
    expect(r.columns.due).toBe('D');
    expect(r.actions.map((a) => a.due.text)).toEqual(['Jul-22', 'Dec-22', 'Mar-23']);
    expect(unmapped(r, 'C')).toContain('its dates say when each entry was opened on the log');
  });
});

describe("a target of figures and a 'Raised by' name stay as before (negative)", () => {
  const g: Grid = {
    values: [
      ['WRES action plan 2021/22'],
      ['Action', 'Raised by', 'Lead', 'Target', 'By when'],
      ['Put a trained BME panel member on every band 8a interview.', 'Staff network', 'Head of Resourcing', 'BME appointments at 8a up to 12%', 'March 2022'],
      ['Review every disciplinary case by ethnicity before a hearing.', 'Staff side', 'Head of ER', 'Relative likelihood below 1.25', 'December 2021'],
    ],
  };

  it("keeps 'By when' as the timescale and the names' column read as before", () => {
    const r = read(g, new Date(Date.UTC(2022, 0, 15)));
    expect(r.columns.due).toBe('E');
    expect(r.columns.lead).toBe('C');
    expect(r.actions.map((a) => a.due.text)).toEqual(['March 2022', 'December 2021']);
    expect(unmapped(r, 'B') ?? '').not.toContain('opened on the log');
  });
});
