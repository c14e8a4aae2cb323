import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { readLogKind, typesRowsHeader } from '../../../shared/grid/find-row-type-column';
import type { CellValue, Grid, PlanReport } from '../../../shared/types';

/**
 * A LOG WHOSE 'TYPE' COLUMN MARKS ROWS THAT ARE NOT ACTIONS (holdout23 halvergate): RAID logs, committee action logs and
 * issue trackers type each row ('Type' / 'Item type' / 'Category' = Action | Decision | Risk | Issue | Information …),
 * and only the rows typed as actions are actions; the others are records the log keeps beside them, set aside with why.
 * A 'Type' column that classifies ACTIONS (Training | Policy | Recruitment), or a 'Category' of themes, drops nothing.
 */
const AS_AT = new Date(Date.UTC(2024, 5, 1));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const rows = (report: PlanReport) => report.actions.map((a) => a.row);
const asides = (report: PlanReport) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);
const unmapped = (report: PlanReport) => report.issues.filter((i) => i.rule === 'header-unmapped').map((i) => i.message);

/** A RAID log: 'ID | Type | Description | Owner | Due | Status', risks, actions, issues and decisions mixed. */
const RAID: CellValue[][] = [
  ['Kestrelford Community NHS Trust'],
  ['WRES 2024/25 – RAID log (risks, actions, issues, decisions)'],
  [],
  ['ID', 'Type', 'Description', 'Owner', 'Due', 'Status'],
  ['R01', 'Risk', 'Low staff survey response from BME staff may hide the true picture on indicator 5.', 'Head of Staff Engagement', '', 'Open'],
  ['A01', 'Action', 'Run targeted staff survey promotion through the BME staff network (indicator 5).', 'Chair, BME Staff Network', 'Sep 2024', 'In progress'],
  ['A02', 'Action', 'Audit shortlisting to appointment by ethnicity for every Band 7+ post (indicator 2).', 'Head of Recruitment', 'Dec 2024', 'Not started'],
  ['I01', 'Issue', 'ESR ethnicity data missing for 14% of bank staff.', 'Head of Workforce Information', '', 'Open'],
  ['D01', 'Decision', 'People Committee agreed to publish the WRES report with the Board papers in September.', 'People Committee', '', 'Agreed'],
  ['A03', 'Action', 'Cleanse ESR ethnicity records for bank staff through a self-service campaign (indicator 1).', 'Head of Workforce Information', 'Mar 2025', 'In progress'],
  ['R02', 'Risk', 'Reverse mentoring may stall if executive diaries are not protected.', 'Chief People Officer', '', 'Open'],
  ['A04', 'Action', 'Launch reverse mentoring for every executive director (indicator 9).', 'Chief People Officer', 'Jan 2025', 'Complete'],
];

/** A minutes-style log: the type column headed 'Action / Decision', the entry's text 'Minute', plural and lower-case types. */
const MINUTES: CellValue[][] = [
  ['Fenmoor Ambulance Service NHS Trust'],
  ['Workforce Disability Equality Standard – EDI Steering Group: actions and decisions 2023/24'],
  ['Meeting', 'Item', 'Action / Decision', 'Minute', 'Metric', 'Lead', 'By when', 'Progress'],
  ['12/06/2023', '4.1', 'Action', 'Review reasonable adjustment requests by how long each took to agree.', 'M5', 'Head of Occupational Health', 'Sep 2023', 'Complete'],
  ['12/06/2023', '4.2', 'decision', 'The group agreed the Disability Network chair joins as a standing member.', 'M9b', 'Steering Group', '', ''],
  ['12/06/2023', '4.3', 'For information', 'Staff survey 2022 results for disabled staff were received.', 'M4a', 'Head of Staff Engagement', '', ''],
  ['11/09/2023', '5.1', 'Action', 'Add disability to the talent review for acting-up opportunities.', 'M5', 'Head of Talent', 'Next meeting', 'In progress'],
  ['11/09/2023', '5.2', 'Actions', 'Ask disabled leavers why they left using a short exit survey.', 'M6', 'Chair, Disability Network', 'January 2024 meeting', 'Not started'],
  ['11/09/2023', '5.3', 'Decision', 'The group agreed to carry forward open actions into 2024/25.', 'All', 'Steering Group', '', ''],
];

/** A network meeting's log typing its rows by the letters its header lists ('A/D/I'), the type after the text. */
const LETTERS: CellValue[][] = [
  ['Harrowgate and Wold NHS Foundation Trust – BME Staff Network and WRES group log 2024/25'],
  ['Ref', 'Meeting date', 'Description', 'A/D/I', 'WRES indicator', 'Owner', 'Deadline', 'RAG'],
  ['N1', '04/04/2024', 'Share the 2023 WRES data with the network before the Board sees it.', 'A', '1', 'Head of EDI', 'May 2024', 'Green'],
  ['N2', '04/04/2024', 'The network will co-chair the race equality steering group.', 'D', '9', 'Network chair', '', ''],
  ['N3', '04/04/2024', 'Staff survey 2023 results published nationally on 7 March.', 'I', '5', '', '', ''],
  ['N4', '06/06/2024', 'Pilot cultural ambassadors on two disciplinary panels.', 'A', '3', 'Head of Employee Relations', 'Sep 2024', 'Amber'],
  ['N5', '06/06/2024', 'Run a de-biasing workshop for every recruiting manager in Surgery.', 'A', '2', 'Head of Recruitment', 'Oct 2024', 'Red'],
];

/** A negative: 'Type' classifies the ACTIONS (kinds of work), every row an action. */
const KINDS_OF_ACTION: CellValue[][] = [
  ['Ormsby Hospitals NHS Foundation Trust – WRES action plan 2024/25'],
  ['Ref', 'Type', 'Action', 'Indicator', 'Lead', 'Due', 'Status'],
  ['1', 'Training', 'Deliver inclusive recruitment training to every recruiting manager.', '2', 'Head of Recruitment', 'Dec 2024', 'On track'],
  ['2', 'Policy', 'Rewrite the disciplinary policy with a pre-formal decision check.', '3', 'Head of Employee Relations', 'Mar 2025', 'On track'],
  ['3', 'Recruitment', 'Put a BME panel member on every Band 8a+ interview panel.', '7', 'Head of Recruitment', 'Sep 2024', 'Complete'],
  ['4', 'Training', 'Train managers to respond to racist abuse from patients.', '6', 'Head of OD', 'Jan 2025', 'Delayed'],
  ['5', 'Action', 'Publish the WRES report on the website.', '1', 'Head of EDI', 'Oct 2024', 'Complete'],
];

/** A negative: 'Category' of themes beside the actions. */
const THEMES: CellValue[][] = [
  ['Ormsby Hospitals NHS Foundation Trust – WRES action plan 2024/25'],
  ['No.', 'Category', 'Action', 'Indicator', 'Owner', 'Timescale', 'RAG'],
  ['1', 'Recruitment', 'Put a BME panel member on every Band 8a+ interview panel.', '2', 'Head of Recruitment', 'Sep 2024', 'Green'],
  ['2', 'Culture', 'Train managers to respond to racist abuse from patients.', '6', 'Head of OD', 'Jan 2025', 'Amber'],
  ['3', 'Progression', 'Launch a shadowing scheme for Band 6 BME staff.', '7', 'Head of OD', 'Mar 2025', 'Green'],
  ['4', 'Culture', 'Run listening events with the BME staff network.', '8', 'EDI Lead', 'Nov 2024', 'Red'],
];

describe('a log typing each row: only the rows typed as actions are actions', () => {
  it('reads a RAID log\'s Action rows and sets the risks, issues and decision aside with why', () => {
    const report = read({ values: RAID, sheetName: 'RAID log' });
    expect(rows(report)).toEqual([6, 7, 10, 12]);
    expect(report.actions.map((a) => [a.ref, a.lead, a.due.text])).toEqual([
      ['A01', 'Chair, BME Staff Network', 'Sep 2024'],
      ['A02', 'Head of Recruitment', 'Dec 2024'],
      ['A03', 'Head of Workforce Information', 'Mar 2025'],
      ['A04', 'Chief People Officer', 'Jan 2025'],
    ]);
    expect(asides(report)).toContain(`Row 5: "Low staff survey response from BME staff may hide the true …" is read as a record of the log, not an action — it is typed 'Risk' in B5 under 'Type', which types each row of the log (4 'Action', 2 'Risk', 1 'Issue', 1 'Decision'): only the rows typed 'Action' are actions`);
    expect(asides(report).filter((m) => m.includes('a record of the log')).map((m) => m.split(':')[0])).toEqual(['Row 5', 'Row 8', 'Row 9', 'Row 11']);
    expect(unmapped(report).some((m) => m.includes(`Column B header "Type"`) && m.includes("only the rows typed 'Action' are read as actions"))).toBe(true);
  });

  it('reads a minutes-style log whose type column is headed by its types, in any case and number', () => {
    const report = read({ values: MINUTES, sheetName: 'Log' });
    expect(rows(report)).toEqual([4, 7, 8]);
    expect(report.actions.map((a) => a.action)).toEqual([
      'Review reasonable adjustment requests by how long each took to agree.',
      'Add disability to the talent review for acting-up opportunities.',
      'Ask disabled leavers why they left using a short exit survey.',
    ]);
    // A meeting written as the due is kept as written.
    expect(report.actions.map((a) => a.due.text)).toEqual(['Sep 2023', 'Next meeting', 'January 2024 meeting']);
    const set = asides(report).filter((m) => m.includes('a record of the log'));
    expect(set.map((m) => m.split(':')[0])).toEqual(['Row 5', 'Row 6', 'Row 9']);
    expect(set[1]).toContain(`it is typed 'For information' in C6 under 'Action / Decision'`);
  });

  it('reads the letters a header lists as types (A/D/I), with the type column after the text', () => {
    const report = read({ values: LETTERS, sheetName: 'Log' });
    expect(rows(report)).toEqual([3, 6, 7]);
    expect(asides(report).filter((m) => m.includes('a record of the log')).map((m) => m.split(':')[0])).toEqual(['Row 4', 'Row 5']);
    expect(asides(report)).toContain(`Row 4: "The network will co-chair the race equality steering group." is read as a record of the log, not an action — it is typed 'D' in D4 under 'A/D/I', which types each row of the log (3 'A', 1 'D', 1 'I'): only the rows typed 'A' are actions`);
  });

  it('keeps every action where the type column classifies the actions themselves', () => {
    const report = read({ values: KINDS_OF_ACTION, sheetName: 'Plan' });
    expect(rows(report)).toEqual([3, 4, 5, 6, 7]);
    expect(asides(report).filter((m) => m.includes('a record of the log'))).toEqual([]);
    // A stray log word among the kinds of work ('Decision' on one row) is too little to say the column types log entries.
    const stray = KINDS_OF_ACTION.map((row, r) => (r === 3 ? [row[0], 'Decision', ...row.slice(2)] : row));
    expect(rows(read({ values: stray, sheetName: 'Plan' }))).toEqual([3, 4, 5, 6, 7]);
  });

  it('keeps every action under a Category of themes', () => {
    const report = read({ values: THEMES, sheetName: 'Plan' });
    expect(rows(report)).toEqual([3, 4, 5, 6]);
    expect(asides(report).filter((m) => m.includes('a record of the log'))).toEqual([]);
  });

  it('keeps every row where the log words sit under a header that types nothing', () => {
    // 'Source' (where the action came from: an action or decision of a meeting) is no type of the row.
    const values = RAID.map((row, r) => (r === 3 ? ['ID', 'Source', ...row.slice(2)] : row));
    expect(rows(read({ values, sheetName: 'RAID log' }))).toHaveLength(8);
  });
});

describe('the words a log types its rows with', () => {
  it('reads log kinds, singular or plural, and nothing else', () => {
    expect(readLogKind('Decision')).toBe('decision');
    expect(readLogKind(' Actions ')).toBe('action');
    expect(readLogKind('Action point')).toBe('action');
    expect(readLogKind('Dependencies')).toBe('dependency');
    expect(readLogKind('For information')).toBe('information');
    expect(readLogKind('Training')).toBeNull();
    // A letter alone is read only where the header lists it ('A/D/I'), never from a cell by itself.
    expect(readLogKind('A')).toBeNull();
    expect(readLogKind('Decision on the new policy was deferred to the next meeting')).toBeNull();
  });

  it('scores a header by how plainly it types each row', () => {
    expect(typesRowsHeader('Type')).toBe(1);
    expect(typesRowsHeader('Item type')).toBe(1);
    expect(typesRowsHeader('Action / Decision')).toBe(1);
    expect(typesRowsHeader('A/D/I')).toBe(1);
    expect(typesRowsHeader('Category')).toBe(0.7);
    expect(typesRowsHeader('Action')).toBe(0);
    expect(typesRowsHeader('Owner')).toBe(0);
    expect(typesRowsHeader('R/A/G')).toBe(0);
    expect(typesRowsHeader('What type of support will be offered to staff')).toBe(0);
  });
});
