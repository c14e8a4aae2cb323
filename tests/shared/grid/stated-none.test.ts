import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { Grid } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2024, 5, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const findingsOn = (report: ReturnType<typeof read>, row: number) =>
  report.issues.filter((i) => i.row === row).map((i) => `${i.rule}: ${i.message}`);

/**
 * A lead or timescale cell that says there is none ('N/A', '–', 'Not applicable', 'None') names no lead and no date:
 * the action reads as it would with the cell empty (lead '', no timescale), and the findings an empty cell raises are
 * raised, quoting what the cell says. 'TBC' says one is still to be named: it is kept as written.
 */
describe('a lead or timescale cell that says there is none', () => {
  it("reads 'N/A' as no lead and no timescale, and says so quoting the cell", () => {
    const report = read({
      values: [
        ['WRES 2024-2025 action plan', null, null, null, null],
        ['Indicator', 'Objective', 'Action', 'Delivery Date', 'Leads'],
        ['1', 'Percentage of staff in each AfC band', 'We will keep monitoring this indicator and report it to the People Committee every quarter.', 'N/A', 'N/A'],
        ['2', 'Relative likelihood of appointment from shortlisting', 'Make recruitment panels diverse wherever possible.', new Date(Date.UTC(2025, 2, 31)), 'Head of Resourcing'],
      ],
    });
    const [monitor, panels] = report.actions;
    expect(monitor.lead).toBe('');
    expect(monitor.due).toMatchObject({ text: '', start: null, end: null, parsed: false });
    expect(monitor.writtenAsNone).toEqual({ lead: 'N/A', due: 'N/A' });
    expect(panels.lead).toBe('Head of Resourcing');
    expect(panels.writtenAsNone).toBeUndefined();
    expect(findingsOn(report, 3)).toEqual([
      'due-missing: Row 3: no timescale given — the timescale is "N/A"; add when this action will be done, e.g. "March 2024"',
      'lead-missing: Row 3: no lead named for this action — the lead is "N/A"; name who is accountable for it',
    ]);
    // 'N/A' is not flagged again as a date that cannot be read.
    expect(report.issues.some((i) => i.rule === 'due-unparsed')).toBe(false);
  });

  it("reads a dash as no lead and 'Not applicable' as no timescale, in a plan laid out otherwise", () => {
    const report = read({
      values: [
        ['Kelsey Community Health NHS Trust', null, null, null, null],
        ['WDES action plan 2023/24', null, null, null, null],
        ['No.', 'Responsible', 'Action', 'Status', 'Target date'],
        ['1', '–', 'Publish the WDES report on the website.', 'Complete', 'Not applicable'],
        ['2', 'Head of OD', 'Run a reasonable adjustments campaign.', 'On track', 'Q3 2023/24'],
        ['3', 'None', 'Review the disability leave policy.', 'Not started', 'March 2024'],
      ],
    });
    expect(report.actions.map((a) => a.lead)).toEqual(['', 'Head of OD', '']);
    expect(report.actions.map((a) => a.due.text)).toEqual(['', 'Q3 2023/24', 'March 2024']);
    expect(report.actions.map((a) => a.writtenAsNone ?? null)).toEqual([{ lead: '–', due: 'Not applicable' }, null, { lead: 'None' }]);
    expect(findingsOn(report, 4)).toContain('lead-missing: Row 4: no lead named for this action — the lead is "–"; name who is accountable for it');
    expect(findingsOn(report, 6)).toContain('lead-missing: Row 6: no lead named for this action — the lead is "None"; name who is accountable for it');
  });

  it("keeps 'TBC' as written: a lead or date still to be confirmed is not one stated as none, and is flagged as not yet given", () => {
    const report = read({
      values: [
        ['Dunmere NHS Foundation Trust – WRES action plan 2023/24', null, null, null],
        ['Action', 'Lead', 'Timescale', 'RAG'],
        ['Set up a reverse mentoring scheme for the Board.', 'TBC', 'TBC', 'Amber'],
        ['Report shortlisting outcomes by ethnicity each quarter.', 'Head of Resourcing', 'Quarterly', 'Green'],
      ],
    });
    const [mentoring] = report.actions;
    expect(mentoring.lead).toBe('TBC');
    expect(mentoring.due.text).toBe('TBC');
    expect(mentoring.writtenAsNone).toBeUndefined();
    expect(findingsOn(report, 3)).toEqual([
      'lead-missing: Row 3: no lead named yet — the lead is "TBC"; name who is accountable for it',
      'due-unparsed: Row 3: "TBC" is still to be agreed, so the action cannot be tracked or shown overdue — write the date once it is agreed (e.g. "March 2024")',
    ]);
  });

  it("flags a lead still to be appointed or agreed ('To be appointed', 'Lead TBA – new post'), never one named with a pending note", () => {
    const report = read({
      values: [
        ['Objective', 'What we will do', 'Responsible', 'By when'],
        ['Representation', 'Appoint a race equality lead for each division.', 'To be appointed', 'March 2024'],
        ['Representation', 'Run a talent panel for Band 7 staff.', 'Lead TBA – new post', 'June 2024'],
        ['Experience', 'Launch a bullying and harassment advice line.', 'Head of ER (TBC)', 'June 2024'],
        ['Experience', 'Set up an allyship programme with the networks.', 'TBC/Deputy Chief People Officer', 'June 2024'],
      ],
    });
    expect(report.issues.filter((i) => i.rule === 'lead-missing').map((i) => i.message)).toEqual([
      'Row 2: no lead named yet — the lead is "To be appointed"; name who is accountable for it',
      'Row 3: no lead named yet — the lead is "Lead TBA – new post"; name who is accountable for it',
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['To be appointed', 'Lead TBA – new post', 'Head of ER (TBC)', 'TBC/Deputy Chief People Officer']);
  });
});

/**
 * A timescale or lead cell saying none was given ('not given', 'none set', 'no date') names none, as 'N/A' does: a staff
 * network's tracker writes what the trust said, and 'not given' is what it said (holdout32 stourholme).
 */
describe('a cell saying none was given', () => {
  it("reads 'not given' as no timescale, quoting it, in a network's tracker", () => {
    const report = read({
      values: [
        ['#', 'What the Trust agreed', 'Who (Trust side)', 'By when', 'Network view'],
        ['1', 'Train a pool of BAME panel members and use one on all 8a+ panels.', 'Karen (Dir of Workforce)', 'October', 'Done'],
        ['2', 'WRES actions to go to every Board as a standing item with a named NED.', 'Trust Secretary', 'not given', 'Done'],
      ],
    });
    expect(report.actions.map((a) => a.due.text)).toEqual(['October', '']);
    expect(report.actions[1].writtenAsNone).toEqual({ due: 'not given' });
  });

  it("reads 'None set' as no timescale and 'No date' as none either, the columns in another order", () => {
    const report = read({
      values: [
        ['Deadline', 'Action', 'Owner'],
        ['None set', 'Publish the ethnicity pay gap with the WRES report.', 'Head of Workforce Information'],
        ['No date', 'Sponsor ten BME staff on the senior leadership programme.', 'Head of OD'],
        ['March 2025', 'Review every disciplinary case before a hearing.', 'Head of ER'],
      ],
    });
    expect(report.actions.map((a) => a.due.text)).toEqual(['', '', 'March 2025']);
  });

  it("keeps 'date not yet set – TBC' and 'Not given up: ongoing' as written (negative)", () => {
    const report = read({
      values: [
        ['Action', 'Lead', 'By when'],
        ['Publish the ethnicity pay gap with the WRES report.', 'Head of Workforce Information', 'date not yet set – TBC'],
        ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'Not given up: ongoing'],
      ],
    });
    expect(report.actions.map((a) => a.due.text)).toEqual(['date not yet set – TBC', 'Not given up: ongoing']);
  });
});
