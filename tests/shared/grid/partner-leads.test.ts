import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * A system plan names its own lead for each action ('STP lead', 'Programme lead') and, beside it, the leads at its
 * partners or supporting it ('Partner leads', 'Supporting leads'): the plan's lead does the work, whichever column
 * comes first. Shown by holdout50 marchwood under the layout property's reorderColumns ('Partner leads' put first was
 * read as the lead). A column of partner leads with no other lead beside it is still the lead.
 */
const AS_AT = new Date(Date.UTC(2019, 2, 31));
const read = (values: CellValue[][], more: Partial<Grid> = {}) => checkPlan({ values, ...more }, { asAt: AS_AT });
const unmapped = (report: ReturnType<typeof read>, column: string) => report.issues.find((i) => i.rule === 'header-unmapped' && i.column === column)?.message;

describe('leads at the partners support the action; the plan\'s own lead does the work', () => {
  it("reads 'STP lead' after 'Partner leads'", () => {
    const report = read([
      ['Action', 'Partner leads', 'STP lead', 'By', 'RAG'],
      ['Produce one system-wide WRES summary from the partners\' returns', 'Workforce information leads (all partners)', 'STP Workforce Programme Director', 'Oct-18', 'G'],
      ['Set up a cross-organisation mentoring scheme for BME staff', 'Heads of learning and development', 'STP OD Lead', 'Dec-18', 'A'],
      ['Agree system rotations for BME band 6 nurses', 'Directors of Nursing', 'Chief Nurse, Marchwood CCG', 'Mar-19', 'R'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['STP Workforce Programme Director', 'STP OD Lead', 'Chief Nurse, Marchwood CCG']);
    expect(report.columns.lead).toBe('C');
    expect(unmapped(report, 'B')).toMatch(/^Column B header "Partner leads" is kept but not checked: it names who supports the action/);
  });

  it("reads 'Programme lead' after 'Supporting leads', in another layout", () => {
    const report = read([
      ['No.', 'Supporting leads', 'What we will do', 'Programme lead', 'Target date', 'Update'],
      ['1', 'HR business partners', 'Offer reciprocal mentoring to every partner board', 'Head of System OD', 'Jun 2019', 'Pairs matched'],
      ['2', 'Recruitment managers', 'Put a BME panel member on every Band 8a interview across the system', 'System Workforce Lead', 'Sep 2019', 'Started'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Head of System OD', 'System Workforce Lead']);
    expect(report.columns.lead).toBe('D');
  });

  it("keeps 'Partner leads' as the lead when no other lead is beside it", () => {
    const report = read([
      ['Action', 'Partner leads', 'Timescale'],
      ['Run a shared declaration campaign at every partner', 'Workforce information leads', 'Sep 2018'],
      ['Launch reciprocal mentoring for every partner board', 'Heads of OD', 'Jan 2019'],
    ]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Workforce information leads', 'Heads of OD']);
  });
});
