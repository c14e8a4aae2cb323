import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A section row naming its block in one cell and defining it in the next, merged across the rest of the row
 * (holdout48 ardenvale's RACE Code principles: 'Reporting' | 'A clear commitment to be open with all stakeholders …',
 * 'Actions' | 'Measurable actions and outcomes …'): the name is the theme of the actions under it, even a name that
 * elsewhere would caption the table ('Actions'). Two short texts, or a label with a colon, head no theme, as before.
 */
const AS_AT = new Date(Date.UTC(2025, 9, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const themes = (report: ReturnType<typeof read>) => report.actions.map((a) => [a.row, a.theme]);

describe("a block's name beside its definition", () => {
  it('principles named in the ref column, each defined across the rest of the row', () => {
    const report = read(
      [
        ['Ref', 'High impact action', 'What we will do', 'WRES indicator', 'Executive owner', 'Deadline'],
        ['Reporting', 'A clear commitment to be open with all stakeholders about the progress and impact of our work.'],
        ['R1', 'HIA 1', 'Publish our WRES data and a six-monthly progress report.', '1, 9', 'Chief People Officer', 'Oct 2025'],
        ['Actions', 'Measurable actions and outcomes, with targets and plans, that shift our approach.'],
        ['A1', 'HIA 2', 'Use de-biased shortlisting for every post at Band 8a and above.', '2', 'Chief People Officer', 'Jul 2025'],
        ['A2', 'HIA 6', 'Review each formal employee relations case at a monthly panel.', '3', 'Director of Corporate Affairs', 'Sep 2025'],
      ],
      { merges: [1, 3].map((r) => ({ top: r, left: 1, bottom: r, right: 5 })) },
    );
    expect(themes(report)).toEqual([[3, 'Reporting'], [5, 'Actions'], [6, 'Actions']]);
  });

  it('a WDES plan: the name in the first column, a definition with no full stop merged across', () => {
    const report = read(
      [
        ['No.', 'Metric', 'What we will do', 'Owner', 'By when'],
        ['Composition', 'Key indicators that make a visible difference to diversity at every level of the organisation'],
        ['1', '1', 'Set a goal for disabled staff at Band 8c and above and report it to the Board', 'Chief Executive', 'Jun 2025'],
        ['Education', 'A framework that builds the case for disability inclusion in our leadership and teams'],
        ['2', '4a', 'Deliver disability confidence learning to every line manager', 'Director of Nursing', 'Jan 2026'],
      ],
      { merges: [1, 3].map((r) => ({ top: r, left: 1, bottom: r, right: 4 })) },
    );
    expect(themes(report)).toEqual([[3, 'Composition'], [5, 'Education']]);
  });

  it('NEGATIVE: a name beside two or three words, or a label with a colon, heads no theme as before', () => {
    const report = read(
      [
        ['Ref', 'WRES', 'Action', 'Lead', 'Due'],
        ['Recruitment'],
        ['R1', '2', 'Audit shortlisting each quarter.', 'Head of Resourcing', 'Q2'],
        ['Composition', 'Board and senior roles'],
        ['C1', '1', 'Set a goal for representation at Band 8c and above.', 'Chief Executive', 'Q4'],
        ['Note:', 'Actions below were agreed at the People Committee in a meeting held in July.'],
        ['C2', '9', 'Include an ethnic minority candidate on every Board shortlist.', 'Chair', 'Q4'],
      ],
      { merges: [3, 5].map((r) => ({ top: r, left: 1, bottom: r, right: 4 })) },
    );
    expect(themes(report)).toEqual([[3, 'Recruitment'], [5, 'Recruitment'], [7, 'Recruitment']]);
  });
});
