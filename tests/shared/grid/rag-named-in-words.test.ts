import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A column naming each action's colour in words beside its status words: a project tool's health flag exported as text
 * (Smartsheet's 'Health': Blue / Green / Yellow / Red / Gray). The named colour is the RAG, the word stays the status:
 * 'In Progress' is green on one row and amber on another. Seen in holdout34 kenmoor (a Smartsheet sheet exported to Excel).
 */
const AS_AT = new Date(Date.UTC(2023, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values }, { asAt: AS_AT });
const rags = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.status, a.statusRag]);
const statusReason = (report: ReturnType<typeof read>) => report.columnEvidence.find((e) => e.field === 'status')?.reason;

describe('a colour named in words beside the status word', () => {
  it("Smartsheet's 'Health' column after 'Status'", () => {
    const report = read([
      ['Row ID', 'Task Name', 'Assigned To', 'Metric', 'End Date', 'Status', 'Health', 'Latest Update'],
      ['WD-003', 'Add a guaranteed-interview offer for disabled applicants who meet the criteria.', 'recruitment@trust.nhs.uk', 'Metric 2', '16/12/22', 'Complete', 'Blue', 'Live from 12 December.'],
      ['WD-004', 'Publish disability declaration rates by directorate each quarter.', 'workforce.info@trust.nhs.uk', 'Metric 1', '31/03/23', 'In Progress', 'Yellow', 'Q3 figures published.'],
      ['WD-007', 'Roll out body-worn cameras to the two stations with the most abuse.', 'ops.support@trust.nhs.uk', 'Metric 4a', '31/03/23', 'In Progress', 'Green', '140 cameras issued.'],
      ['WD-009', 'Add a disability field to the violence and aggression form.', 'risk.team@trust.nhs.uk', 'Metric 4b', '29/09/23', 'At Risk', 'Red', 'Supplier delay.'],
      ['WD-005', 'Check capability cases for whether adjustments were considered.', 'er@trust.nhs.uk', 'Metric 3', '30/06/23', 'Not Started', 'Gray', ''],
    ]);
    expect(rags(report)).toEqual([['Complete', 'blue'], ['In Progress', 'amber'], ['In Progress', 'green'], ['At Risk', 'red'], ['Not Started', null]]);
    expect(statusReason(report)).toMatch(/each action's RAG is the colour named in column G \('Health'; yellow reads as amber, grey as no RAG colour\); the word stays the status$/);
  });

  it("a 'Colour' column before the status, amber and green named, one left blank", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Colour', 'Progress status'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'March 2024', 'Green', 'In progress'],
      ['Review every disciplinary case before a hearing.', 'Head of ER', 'Dec 2023', 'Amber', 'In progress'],
      ['Publish the ethnicity pay gap with the WRES report.', 'Head of Workforce Information', 'Sept 2023', '', 'Complete'],
    ]);
    expect(rags(report).slice(0, 2)).toEqual([['In progress', 'green'], ['In progress', 'amber']]);
    expect(report.actions[2].status).toBe('Complete');
  });

  it("a key's colour names in the plan's last columns, one per row, give no action its RAG (negative)", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status', 'Update', 'Status key', null],
      ['Relaunch the disability declaration campaign.', 'Head of Workforce Information', 'Sept 2020', 'Complete', 'Declaration rose to 5.6%.', 'Blue', 'Complete'],
      ['Publish representation data by band.', 'Head of Workforce Information', 'Dec 2020', 'Complete', 'In the Q3 report.', 'Green', 'On track'],
      ['Monitor appointment from shortlisting at Band 7.', 'Recruitment Lead', 'Ongoing', 'On track', 'Monthly report.', 'Red', 'Off track'],
      ['Separate ill-health capability cases from performance cases.', 'Head of ER', 'March 2021', 'At risk', 'Panel not set up.', null, null],
      ['Run bystander training for ward managers.', 'Head of Nursing Education', 'Q4 20/21', 'Not started', 'Postponed.', null, null],
      ['Add a disability field to the incident form.', 'Risk Manager', 'Nov 2020', 'Complete', 'Added.', null, null],
      ['Give the Disability Network a Committee seat.', 'Company Secretary', 'Sept 2020', 'Complete', 'From October.', null, null],
    ]);
    // Read from the status words, not from the key's colour on their row ('Blue', 'Green', 'Red' would give blue, green, red).
    expect(report.actions.slice(0, 3).map((a) => a.statusRag)).toEqual(['green', 'green', 'green']);
    expect(statusReason(report)).not.toMatch(/colour named in column/);
  });

  it('a status that names colours itself keeps them, beside a column of last quarter’s colours (negative)', () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'RAG', 'Last quarter'],
      ['Sponsor ten BME staff on the senior leadership programme.', 'Head of OD', 'March 2024', 'Green', 'Amber'],
      ['Review every disciplinary case before a hearing.', 'Head of ER', 'Dec 2023', 'Red', 'Amber'],
    ]);
    expect(rags(report)).toEqual([['Green', 'green'], ['Red', 'red']]);
  });
});
