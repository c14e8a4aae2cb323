import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Rows under an action that belong to it: milestone sub-rows under a deliverable (the milestone columns beside a
 * "Target completion" column are checkpoints, not the timescale), and a labelled sub-row merged across the table
 * ("Update: …") that is the action's progress, not a heading over the next action. Also: a section that names no
 * indicator ends the previous section's indicators, and an indicator cell "n/a" means none.
 */
const AS_AT = new Date(Date.UTC(2024, 9, 1));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const across = (r: number, left: number, right: number) => ({ top: r, left, bottom: r, right });

describe('milestone sub-rows under a deliverable', () => {
  it('reads the deliverable\'s "Target completion" as its timescale and the milestone rows under it as no actions', () => {
    const report = read([
      ['Ref', 'Deliverable', 'Milestones', 'Milestone date', 'Lead', 'Target completion', 'Status'],
      ['D1', 'Set representation goals for each division at Band 8a and above.', 'Baseline agreed', 'Jun-24', 'Chief People Officer', 'Year 1', 'On track'],
      [null, null, 'Divisional goals signed off', 'Oct-24'],
      [null, null, 'First progress report to Board', 'Q4'],
      ['D2', 'Introduce independent review of every formal investigation.', 'Review panel set up', 'Sep-24', 'Director of People', 'Year 1 Q3', 'At risk'],
      [null, null, 'Audit of first 20 cases', 'Jan-25'],
      ['D3', 'Run a reverse mentoring programme for the executive team.', 'Mentors recruited', 'Jul-24', 'Head of OD', 'Years 1–3', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 5, 7]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Year 1', 'Year 1 Q3', 'Years 1–3']);
    const unmapped = report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);
    expect(unmapped).toContain(`Column D header "Milestone date" is kept but not checked: its milestones are checkpoints on the way; when the action is due is in 'Target completion'`);
  });

  it('does the same with "Key milestones | Due" and the deliverable\'s "Deadline" after them', () => {
    const report = read([
      ['No.', 'Key milestones', 'Action', 'Owner', 'Deadline'],
      ['1', 'Panel trained (May 2024)', 'Put a trained equality adviser on every Band 8a+ interview panel.', 'Head of Resourcing', 'March 2025'],
      [null, 'First quarterly audit (Aug 2024)'],
      ['2', 'Scheme launched (Jun 2024)', 'Launch a sponsorship scheme for ethnic minority staff at Band 7.', 'Head of OD', 'Q4 2024/25'],
      [null, 'Cohort 1 recruited (Sep 2024)'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['March 2025', 'Q4 2024/25']);
  });

  // The whole action's column is known by the header words the reader reads a timescale by, however the trust words it.
  it.each(['By when?', 'When will it be done?', 'Expected date of completion', 'TIME\nFRAME'])('does the same when the deliverable\'s column is headed "%s"', (due) => {
    const report = read([
      ['Ref', 'Deliverable', 'Milestones', 'Milestone date', 'Lead', due, 'Status'],
      ['D1', 'Set representation goals for each division at Band 8a and above.', 'Baseline agreed', 'Jun-24', 'Chief People Officer', 'Year 1', 'On track'],
      [null, null, 'Divisional goals signed off', 'Oct-24'],
      ['D2', 'Introduce independent review of every formal investigation.', 'Review panel set up', 'Sep-24', 'Director of People', 'Year 1 Q3', 'At risk'],
      [null, null, 'Audit of first 20 cases', 'Jan-25'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Year 1', 'Year 1 Q3']);
  });

  it('does the same with the milestones first and the action\'s own "Delivered by" last', () => {
    const report = read([
      ['Key milestones', 'Milestone month', 'Action', 'Owner', 'Delivered by'],
      ['Panel trained', 'May-24', 'Put a trained equality adviser on every Band 8a+ interview panel.', 'Head of Resourcing', 'March 2025'],
      ['First quarterly audit', 'Aug-24'],
      ['Scheme launched', 'Jun-24', 'Launch a sponsorship scheme for ethnic minority staff at Band 7.', 'Head of OD', 'Q4 2024/25'],
      ['Cohort 1 recruited', 'Sep-24'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['March 2025', 'Q4 2024/25']);
  });

  it('still reads a "Milestone" column as the timescale when it is the plan\'s only one', () => {
    const report = read([
      ['No.', 'Action', 'Champion', 'Milestone', 'RAG'],
      ['1', 'Run a disability declaration campaign on ESR.', 'Head of Workforce', 'Dec 2024', 'Green'],
      ['2', 'Audit shortlisting of disabled applicants.', 'Head of Resourcing', 'March 2025', 'Amber'],
      ['3', 'Review the capability policy with the disability network.', 'Head of ER', 'Q4 2024/25', 'Green'],
    ]);
    expect(report.actions.map((a) => a.due.text)).toEqual(['Dec 2024', 'March 2025', 'Q4 2024/25']);
  });
});

describe('a labelled sub-row under each action', () => {
  it('reads "Update: …" merged across under an action as its progress, not as the next action\'s theme', () => {
    const report = read(
      [
        ['No', 'Metric', 'Action', 'Lead', 'Timescale'],
        ['1', '1', 'Run a staff declaration campaign through the staff app.', 'Workforce Information Lead', 'Dec 2024'],
        [null, null, 'Update: campaign launched 1 September; declaration up from 2.8% to 4.1%.'],
        ['2', '2', 'Train every recruiting manager in the guaranteed interview scheme.', 'Head of Recruitment', 'March 2025'],
        [null, null, 'Update: e-learning launched in August, 38% completion.'],
        ['3', '3', 'Review the capability policy with Occupational Health.', 'Head of ER', 'Q4'],
      ],
      { merges: [across(2, 2, 4), across(4, 2, 4)] },
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 4, 6]);
    expect(report.actions.map((a) => a.theme)).toEqual([null, null, null]);
    expect(report.actions[0].progress).toBe('Update: campaign launched 1 September; declaration up from 2.8% to 4.1%.');
    expect(report.actions[1].progress).toBe('Update: e-learning launched in August, 38% completion.');
  });

  it('adds "Position at Q2: …" and "Outcome: …" sub-rows alone on their row to the action above', () => {
    const report = read(
      [
        ['Ref', 'Action', 'Lead', 'Due', 'Progress'],
        ['1.1', 'Publish the ethnicity pay gap with an action plan.', 'Director of People', 'March 2025', 'Data gathered.'],
        ['Position at Q2: report drafted, goes to Board in November.'],
        ['1.2', 'Set up a race equality network with protected time.', 'EDI Lead', 'Q3 2024/25', ''],
        ['Outcome: network chair appointed and terms agreed.'],
      ],
      { merges: [across(2, 0, 4), across(4, 0, 4)] },
    );
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(report.actions[0].progress).toBe('Data gathered.\nPosition at Q2: report drafted, goes to Board in November.');
    expect(report.actions[1].outcome).toBe('Outcome: network chair appointed and terms agreed.');
    expect(report.actions[1].theme).toBeNull();
  });
});

describe('sections and cells that name no indicator', () => {
  it('ends the indicators of "Indicators 5 to 8" at a "Governance" section that names none', () => {
    const report = read([
      ['Ref', 'Action required', 'Lead officer', 'Timescale'],
      ['Indicators 5 to 8 – Staff Survey'],
      ['5.1', 'Run listening events with ethnic minority staff.', 'EDI Lead', 'Dec 2024'],
      ['Governance'],
      ['G.1', 'Report WRES progress to the People Committee quarterly.', 'Director of People', 'Quarterly'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['5', '6', '7', '8'], []]);
  });

  it('reads an indicator cell "n/a – not a WRES indicator" as none, not the indicator of the row above', () => {
    const report = read([
      ['No.', 'Intervention', 'WRES indicator', 'Accountable officer', 'Target completion'],
      ['1', 'Use diverse interview panels for Band 7 and above.', '2', 'Head of Resourcing', 'Q3 2024/25'],
      ['2', 'Publish the ethnicity pay gap with an action plan.', 'n/a – not a WRES indicator', 'Director of People', 'March 2025'],
      ['3', 'Offer coaching to staff after a formal process.', '3', 'Head of ER', 'Q4 2024/25'],
      ['3.1', 'Close the ethnicity pay gap at Band 8a and above.', 'N/A', 'Director of People', 'March 2026'],
    ]);
    expect(report.actions.map((a) => a.indicators)).toEqual([['2'], [], ['3'], []]);
  });
});
