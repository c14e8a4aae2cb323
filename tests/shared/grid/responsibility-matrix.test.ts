import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A responsibility matrix: a column per role ('Director of Workforce | Head of OD | Equality Lead …'), often under a
 * label merged over them ('Responsibility', 'RACI', 'Who'), with a letter or tick under each role saying what it does
 * for the action. No cell of the row names the lead: the lead is the header of the role marked responsible ('R'), as
 * the reader's lead is everywhere who does the work; a role accountable for it ('A') leads only where none is marked
 * 'R'; roles that support ('S'), are consulted ('C') or informed ('I') never lead. Ticks are the same pattern with
 * one mark. Shown in plans laid out differently, and against plans whose letters are no matrix.
 */
const AS_AT = new Date(Date.UTC(2019, 5 /* Jun */, 30));
const grid = (values: CellValue[][], more: Partial<Grid> = {}): Grid => ({ values, ...more });
const leadsOf = (g: Grid) => checkPlan(g, { asAt: AS_AT }).actions.map((a) => a.lead);
const leadReason = (g: Grid) => checkPlan(g, { asAt: AS_AT }).columnEvidence.find((e) => e.field === 'lead')?.reason;
/** Merges each listed column down over the header's two rows, and a label across columns on the first. */
const twoRowHeader = (top: number, down: number[], across: [number, number]) => [
  ...down.map((c) => ({ top, left: c, bottom: top + 1, right: c })),
  { top, left: across[0], bottom: top, right: across[1] },
];

describe("a responsibility matrix: the lead is the role marked 'R'", () => {
  it("reads 'R' / 'S' under role columns beneath a merged 'Responsibility' on a two-row header", () => {
    const roles = ['Director of Workforce', 'Head of OD', 'Head of Recruitment', 'Equality Lead'];
    const g = grid(
      [
        ['WRES action plan 2018/19'],
        ['Ref', 'Action', 'Responsibility', null, null, null, 'Target date', 'Status'],
        [null, null, ...roles, null, null],
        ['1', 'Publish a breakdown of BME staff by band for each directorate.', 'S', null, null, 'R', 'July 2018', 'Complete'],
        ['2', 'Agree aspirational targets for BME representation at Band 7 and above.', 'R', 'S', null, 'S', 'October 2018', 'In progress'],
        ['3', 'Put a trained BME panel member on every Band 7+ interview panel.', null, null, 'R', 'S', 'September 2018', 'In progress'],
        ['4', 'Run a positive action leadership programme for Bands 5–7.', null, 'S', null, 'S', 'January 2019', 'Not started'],
        [null],
        ['R = responsible for delivery (lead); S = supports delivery.'],
      ],
      { merges: twoRowHeader(1, [0, 1, 6, 7], [2, 5]) },
    );
    // The fourth action marks only roles that support: it has no lead, and says so.
    expect(leadsOf(g)).toEqual(['Equality Lead', 'Director of Workforce', 'Head of Recruitment', '']);
    expect(leadReason(g)).toBe("Lead: the role marked 'R' under 'Responsibility' (a responsibility matrix: columns C–F, 'Director of Workforce' … 'Equality Lead'); 'S' marks a role that supports, not the lead");
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.issues.filter((i) => i.rule === 'lead-missing').map((i) => i.row)).toEqual([7]);
    expect(report.columnQuestions.map((q) => q.field)).not.toContain('lead');
  });

  it("reads RACI letters under 'RACI' after the timescale: 'R' leads, 'A' only where no role is 'R', 'R/A' both", () => {
    const roles = ['Chief People Officer', 'Head of Resourcing', 'EDI Manager', 'Disability Network'];
    const g = grid(
      [
        ['Workforce Disability Equality Standard action plan 2019/20'],
        ['No.', 'Metric', 'What we will do', 'By when', 'RACI', null, null, null],
        [null, null, null, null, ...roles],
        ['1', '2', 'Guarantee an interview to disabled applicants who meet the essential criteria.', 'Q2 2019/20', 'A', 'R', 'C', 'I'],
        ['2', '4a', 'Set up a reporting route for harassment from patients, with the Disability Network.', 'Q3 2019/20', 'A', null, 'C', 'R'],
        ['3', '9', 'Publish the WDES report and this plan to the Board.', 'Q4 2019/20', 'A', null, 'R/A', 'I'],
        ['4', '10', 'Offer Board members development on disability inclusion.', 'March 2020', 'A', null, 'C', null],
      ],
      { merges: twoRowHeader(1, [0, 1, 2, 3], [4, 7]) },
    );
    expect(leadsOf(g)).toEqual(['Head of Resourcing', 'Disability Network', 'EDI Manager', 'Chief People Officer']);
    expect(leadReason(g)).toMatch(/^Lead: the role marked 'R', 'R\/A' \(responsible: who does the work; 'A', accountable, only where no role is\) under 'RACI' \(a responsibility matrix: columns E–H/);
    expect(leadReason(g)).toMatch(/'C', 'I' mark roles that take part, not the lead$/);
  });

  it("reads a tick under one of three role columns on a one-row header, with no label over them", () => {
    const g = grid([
      ['Race equality action plan 2019/20'],
      ['Action', 'Director of People', 'Head of OD', 'BAME Network Chair', 'Deadline'],
      ['Launch reverse mentoring for the Executive Team.', null, '✓', null, 'Dec 2019'],
      ['Review every disciplinary case involving BME staff before a hearing.', '✓', null, null, 'Ongoing'],
      ['Hold listening events with BAME staff on each site.', null, null, 'x', 'Mar 2020'],
    ]);
    expect(leadsOf(g)).toEqual(['Head of OD', 'Director of People', 'BAME Network Chair']);
    expect(leadReason(g)).toBe("Lead: the role ticked ('✓', 'x') (a responsibility matrix: columns B–D, 'Director of People' … 'BAME Network Chair')");
  });
});

describe('a column among the role columns', () => {
  it("a 'Budget' column under the merged 'Responsibility' takes no lead from the label; the matrix around it still leads", () => {
    const g = grid(
      [
        ['Action', 'Responsibility', null, null, null, 'Due'],
        [null, 'Head of OD', 'Budget', 'Equality Lead', 'BME Network', null],
        ['Launch reverse mentoring for the Executive Team.', 'R', '£5,000', 'S', 'S', 'Dec 2019'],
        ['Hold listening events with BME staff on each site.', null, 'Nil', 'S', 'R', 'Mar 2020'],
        ['Publish the WRES report and this plan.', null, 'Within existing budget', 'R', null, 'Sep 2019'],
      ],
      { merges: twoRowHeader(0, [0, 5], [1, 4]) },
    );
    expect(leadsOf(g)).toEqual(['Head of OD', 'BME Network', 'Equality Lead']);
  });
});

describe('letters that are no responsibility matrix', () => {
  it("a 'RAG' column of 'R' / 'A' / 'G' beside a lead column stays the status, the lead column the lead", () => {
    const g = grid([
      ['WRES action plan 2019/20'],
      ['Action', 'Lead', 'Exec sponsor', 'Due', 'RAG'],
      ['Publish workforce data by band and ethnicity.', 'Head of Workforce Information', 'Director of Workforce', 'Q2 2019/20', 'G'],
      ['Audit shortlisting by ethnicity for every campaign.', 'Head of Resourcing', 'Director of Workforce', 'Q3 2019/20', 'A'],
      ['Review disciplinary cases before a hearing.', 'Head of Employee Relations', 'Chief Nurse', 'Q1 2019/20', 'R'],
    ]);
    const report = checkPlan(g, { asAt: AS_AT });
    expect(report.actions.map((a) => [a.lead, a.statusRag])).toEqual([
      ['Head of Workforce Information', 'green'], ['Head of Resourcing', 'amber'], ['Head of Employee Relations', 'red'],
    ]);
    expect(leadReason(g)).not.toMatch(/responsibility matrix/);
  });

  it("names under 'Lead' | 'Support' beneath a merged 'Responsibility' are read as the lead column, not as a matrix", () => {
    const g = grid(
      [
        ['Ref', 'Action', 'Responsibility', null, 'Due'],
        [null, null, 'Lead', 'Support', null],
        ['1', 'Publish workforce data by band and ethnicity.', 'Head of Workforce Information', 'BME Network', 'Q2 2019/20'],
        ['2', 'Audit shortlisting by ethnicity for every campaign.', 'Head of Resourcing', 'EDI Lead', 'Q3 2019/20'],
        ['3', 'Review disciplinary cases before a hearing.', 'Head of Employee Relations', 'Staff Side', 'Q1 2019/20'],
      ],
      { merges: twoRowHeader(0, [0, 1, 4], [2, 3]) },
    );
    expect(leadsOf(g)).toEqual(['Head of Workforce Information', 'Head of Resourcing', 'Head of Employee Relations']);
    expect(leadReason(g)).not.toMatch(/responsibility matrix/);
  });
});
