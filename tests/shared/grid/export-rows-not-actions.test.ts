import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * Rows that sit among a plan's actions but are no items of it (holdout27 harbourside, a Trello board's export):
 * - an item the export itself flags ARCHIVED or deleted in a column of its own ('Archived' TRUE / FALSE, 'Is deleted'
 *   Yes / No): taken off the board or list, often a duplicate, whatever else its row still holds;
 * - a row whose action text is a title telling people how to use the sheet or board ('READ ME – how we use this
 *   board', 'Instructions: …') and that names no lead and no timescale.
 * Each is named to the user with why. A plan's actions that merely mention reading or archiving, an 'Archived' column
 * flagging nothing, and a column of other words under such a header read as before. Also: a board's labels naming two
 * indicators ('WRES 6 (green), WRES 8 (green)') give both.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], sheetName = 'Plan') => checkPlan({ values, sheetName }, { asAt: AS_AT });
const rows = (report: ReturnType<typeof read>) => report.actions.map((a) => a.row);
const setAside = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe("an export's rows that are no actions", () => {
  it("sets aside a board's READ ME card and an archived duplicate card, and reads a card's two indicator labels", () => {
    const report = read([
      ['Card Name', 'Card Description', 'Labels', 'Members', 'List Name', 'Due Date', 'Archived'],
      ['READ ME – how we use this board', 'One card per action. Move the card when the work moves.', 'Info (sky)', '', 'Info', '', 'FALSE'],
      ['Publish the ethnicity of staff by band to every division each quarter', '', 'WRES 1 (green), Data (purple)', 'Priya Nair', 'Doing', '2024-09-30T16:00:00.000Z', 'FALSE'],
      ['Publish ethnicity by band', 'Duplicate – see other card', 'WRES 1 (green)', 'Priya Nair', 'To Do', '', 'TRUE'],
      ['Start a Freedom to Speak Up champion in each network with protected time', '', 'WRES 6 (green), WRES 8 (green)', 'Dr Femi Oyelaran', 'To Do', '2025-02-28T17:00:00.000Z', 'FALSE'],
    ]);
    expect(rows(report)).toEqual([3, 5]);
    expect(report.actions[1].indicators).toEqual(['6', '8']);
    expect(report.actions[0].indicators).toEqual(['1']);
    expect(setAside(report)).toEqual([
      `Row 2: "READ ME – how we use this board" is read as instructions for using the sheet, not an action — 'READ ME' opens it: it tells people how to use the sheet or board, and it names no lead or timescale`,
      `Row 4: "Publish ethnicity by band" is read as an item the export archived, not an action — G4 under 'Archived' says TRUE: the export marks it archived, taken off the list or board, so it is no longer one of the plan's actions`,
    ]);
  });

  it("sets aside a list's item flagged 'Is deleted' Yes, and an 'Instructions:' line typed in the title column", () => {
    const report = read([
      ['Westmoor Health – WDES actions (SharePoint list export)'],
      ['Title', 'Assigned To', 'Status', 'Due date', 'Is deleted'],
      ['Instructions: add one item per action and keep the status up to date', '', '', '', 'No'],
      ['Offer every disabled applicant a guaranteed interview when they meet the essential criteria', 'Recruitment Manager', 'In progress', '31/10/2025', 'No'],
      ['Agree a reasonable adjustments passport with every new starter', 'Employee Relations Lead', 'Not started', '31/03/2026', 'Yes'],
      ['Hold a quarterly listening event with the disability network', 'Chair of the Disability Network', 'Complete', '30/06/2025', ''],
    ]);
    expect(rows(report)).toEqual([4, 6]);
    const notes = setAside(report);
    expect(notes[0]).toMatch(/^Row 3: .* is read as instructions for using the sheet, not an action — 'Instructions' opens it/);
    expect(notes[1]).toMatch(/^Row 5: .* is read as an item the export archived, not an action — E5 under 'Is deleted' says Yes/);
  });

  it("reads actions that mention reading or archiving, an 'Archived' column flagging nothing and one of dates, as before (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Archived'],
      ['Write a read me guide for new managers on the WRES data', 'Head of EDI', 'Mar 2026', 'FALSE'],
      ['Archive the old recruitment policy and publish the new one', 'Head of Resourcing', 'Dec 2025', 'FALSE'],
      ['Guidance for managers on reasonable adjustments', '', '', 'FALSE'],
      ['How to use the reasonable adjustments passport – a short film for staff', 'Communications Lead', 'Jan 2026', 'FALSE'],
    ]);
    expect(rows(report)).toEqual([2, 3, 4, 5]);
    const dated = read([
      ['Action', 'Lead', 'Due', 'Archived'],
      ['Archive the old recruitment policy and publish the new one', 'Head of Resourcing', 'Dec 2025', '01/04/2025'],
      ['Publish the ethnicity of staff by band each quarter', 'Workforce Information', 'Jun 2025', ''],
    ]);
    expect(rows(dated)).toEqual([2, 3]);
  });

  it("reads who the plan is from an export's column naming the board every item sits on, the same on every row", () => {
    const board = 'Kestrel Valley NHS Foundation Trust – WRES board 2024/25';
    const report = read([
      ['Card Name', 'Members', 'List Name', 'Due Date', 'Board Name'],
      ['Publish the ethnicity of staff by band to every division each quarter', 'Priya Nair', 'Doing', '2024-09-30', board],
      ['Put a trained BME colleague on every band 7 and above interview panel', 'Tom Reid', 'To Do', '2024-12-31', board],
    ], 'Sheet1');
    expect(report.identity.trust).toEqual({ value: 'Kestrel Valley NHS Foundation Trust', source: "the 'Board Name' column (column E), naming the board every item sits on" });
    expect(report.identity.period.value).toBe('2024-25');
    // An organisation named without a trust's ending is told by the file's short name, as a title row's is.
    const planner = checkPlan(
      {
        values: [
          ['Task Name', 'Assigned To', 'Bucket Name', 'Due date', 'Plan name'],
          ['Offer every disabled applicant a guaranteed interview', 'Recruitment Manager', 'Metric 2', '31/10/2024', 'Ravensmoor Health Partnership – WDES plan'],
          ['Agree a reasonable adjustments passport with every new starter', 'Employee Relations Lead', 'Metric 3', '31/03/2025', 'Ravensmoor Health Partnership – WDES plan'],
        ],
        sheetName: 'Tasks',
      },
      { asAt: AS_AT, workbook: { fileName: 'wdes-ravensmoor-export.xlsx' } },
    );
    expect(planner.identity.trust.value).toBe('Ravensmoor Health Partnership');
    expect(planner.identity.trust.source).toMatch(/^the 'Plan name' column \(column E\), naming the board every item sits on/);
  });

  it("takes no name from a 'Project' column that differs from row to row (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Project'],
      ['Publish the ethnicity of staff by band each quarter', 'Workforce Information', 'Jun 2025', 'Data and reporting'],
      ['Put a trained BME colleague on every band 7 and above interview panel', 'Head of Resourcing', 'Dec 2025', 'Fair recruitment'],
    ], 'Sheet1');
    expect(rows(report)).toEqual([2, 3]);
    expect(report.identity.trust.value).toBeNull();
  });
});
