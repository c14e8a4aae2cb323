/**
 * A lead split over two rows by Enter ('Recruitment & Onboarding' | 'Manager' on the row under it, nothing else on that
 * row): the second row holds only the rest of the lead, so it belongs to the action above and is no action of its own
 * (holdout84 cradwell row 9). So is 'Head of Patient' | 'Safety'. Two posts, one a row ('Head of HR' | 'Director of
 * Nursing'), and a page's number printed in the lead column are no such rest.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, PlanReport } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 8, 1));
const read = (rows: CellValue[][]): PlanReport => checkPlan({ values: rows, sheetName: 'Plan' }, { asAt: AS_AT });

describe('a lead split over two rows by Enter', () => {
  it("joins 'Recruitment & Onboarding' | 'Manager' into the action above's lead", () => {
    const r = read([
      ['Ref', 'WDES metric', 'Action', 'Lead', 'Target date', 'Status'],
      ['1.1', '1', 'Run a declaration week in each locality so staff can update their disability status.', 'Workforce Information Lead', 'Dec 2025', 'On track'],
      ['1.2', '2', 'Review job descriptions for Band 3–6 community roles to remove requirements that exclude disabled applicants.', 'Recruitment & Onboarding', 'Mar 2026', 'At risk'],
      [null, null, null, 'Manager'],
      ['1.3', '3', 'Route capability cases through Occupational Health before any formal stage.', 'Employee Relations Lead', 'Jan 2026', 'Achieved'],
    ]);
    expect(r.actions.map((a) => a.row)).toEqual([2, 3, 5]);
    expect(r.actions[1].lead).toBe('Recruitment & Onboarding Manager');
  });

  it("joins 'Head of Patient' | 'Safety' in another column order", () => {
    const r = read([
      ['Lead', 'Action', 'By when', 'No.'],
      ['Head of Patient', 'Add a disability field to every violence and aggression incident report.', 'Mar 2026', 'A1'],
      ['Safety'],
      ['Head of Wellbeing', 'Offer every disabled member of staff a wellbeing conversation with their manager.', 'Jun 2026', 'A2'],
    ]);
    expect(r.actions.map((a) => [a.row, a.lead])).toEqual([[2, 'Head of Patient Safety'], [4, 'Head of Wellbeing']]);
  });

  it("leaves a page's number printed in the lead column out of the lead", () => {
    const r = read([
      ['Action', 'Lead', 'Due'],
      ['Publish the band profile to each directorate.', 'Head of Learning and Development', 'Mar 2025'],
      [null, 'Page 1 of 3'],
      ['Run listening events with the BME Network on each site.', 'Head of Equality and Diversity', 'Jun 2025'],
    ]);
    expect(r.actions.map((a) => a.lead)).toEqual(['Head of Learning and Development', 'Head of Equality and Diversity']);
  });
});
