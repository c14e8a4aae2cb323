import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A responsibility band split in two under a two-row header ('Responsibility' over 'Executive' | 'Operational', 'Lead'
 * over 'Strategic' | 'Delivery'): the executive names who answers for the action, the operational one who does the
 * work, and the lead is the one who does it (holdout41 hazelmere). A band over two person columns named otherwise
 * ('Lead' over 'Name' | 'Team') keeps its first as the lead.
 */
const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const leads = (report: ReturnType<typeof read>) => report.actions.map((a) => a.lead);

describe("a responsibility band over 'Executive' and 'Operational'", () => {
  it("reads the Operational column as the lead, 'Responsibility' merged over both, the Executive first", () => {
    const report = read(
      [
        ['WRES', 'Action', 'Responsibility', '', 'Timescale', '', 'RAG'],
        ['', '', 'Executive', 'Operational', 'Start', 'Finish', ''],
        ['1', 'Report BME representation by band for each staff group.', 'Chief People Officer', 'Workforce Information Manager', 'Apr-19', 'Jun-19', 'G'],
        ['2', 'Introduce name-blind shortlisting for all posts.', 'Chief People Officer', 'Head of Recruitment', 'May-19', 'Sep-19', 'A'],
        ['9', 'Put board diversity into the search brief for the next appointments.', 'Chair', 'Company Secretary', 'Jan-20', 'Mar-20', 'G'],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }, ...[0, 1, 6].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(leads(report)).toEqual(['Workforce Information Manager', 'Head of Recruitment', 'Company Secretary']);
    const why = report.columnEvidence.find((e) => e.field === 'lead')?.reason ?? '';
    expect(why).toContain("the one who does the work, while 'Responsibility Executive' (C) answers for it");
  });

  it("reads 'Delivery' under 'Lead' as the lead, after the action, its 'Strategic' before it", () => {
    const report = read(
      [
        ['Metric', 'What we will do', 'Lead', '', 'By when'],
        ['', '', 'Strategic', 'Delivery', ''],
        ['2', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Director of People', 'Recruitment Manager', 'Dec 2021'],
        ['8', 'Set up a central adjustments budget.', 'Chief Nurse', 'Occupational Health Manager', 'Mar 2022'],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, ...[0, 1, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(leads(report)).toEqual(['Recruitment Manager', 'Occupational Health Manager']);
  });

  it("keeps the first of two person columns under 'Lead' named otherwise ('Name' | 'Team') as the lead", () => {
    const report = read(
      [
        ['Metric', 'What we will do', 'Lead', '', 'By when'],
        ['', '', 'Name', 'Team', ''],
        ['2', 'Guarantee an interview to disabled applicants who meet the criteria.', 'Recruitment Manager', 'People Directorate', 'Dec 2021'],
        ['8', 'Set up a central adjustments budget.', 'Occupational Health Manager', 'Occupational Health', 'Mar 2022'],
      ],
      { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, ...[0, 1, 4].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))] },
    );
    expect(leads(report)).toEqual(['Recruitment Manager', 'Occupational Health Manager']);
  });
});
