import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { ruleFillToRag } from '../../../shared/rag/rule-fill-to-rag';
import type { CellValue, ConditionalFill, Grid } from '../../../shared/types';

/**
 * A board's (kanban's) statuses — 'To do', 'Doing', 'Stuck', 'Done' — are statuses wherever they are written, so a
 * column of them is the status column whatever its header ('Where is it?'). They say where a card sits, not how it is
 * going: the plan's own colour gives the RAG — here a conditional format 'cell value equal to' each word, whose fill
 * may be one of Excel's palest theme tints ('Green, Accent 6, Lighter 80%' #E2EFDA): a rule written for one status
 * colours it on purpose. Shown by holdout77 brooksby (status 0/10 → 10/10); porthaven (holdout23) fills its cells.
 */
const AS_AT = new Date(Date.UTC(2025, 11, 1));
const equalTo = (text: string, fill: string): ConditionalFill => ({ ranges: [{ top: 2, bottom: 7, left: 4, right: 4 }], column: null, test: 'equals', text, fill });

describe("a board's statuses", () => {
  const values: CellValue[][] = [
    ['Holmfirth Primary Care Collaborative – WRES action plan 2025/26'],
    ['Ref', 'What we will do', 'Who leads', 'When', 'Where is it?', 'Notes'],
    ['A1', 'Use the same anonymised application form at every practice', 'Collaborative Workforce Lead', 'Oct-25', 'Done', 'In use at 11 of 12 practices.'],
    ['A2', 'Agree one zero-tolerance message and a reception-desk script', 'Clinical Director', 'Nov-25', 'Doing', 'Script drafted.'],
    ['A3', 'Set up a confidential route for staff to raise discrimination', 'Freedom to Speak Up Guardian', 'Dec-25', 'Doing', 'Guardian appointed.'],
    ['A4', 'Offer every receptionist the care navigator development programme', 'Training Hub Lead', 'Mar-26', 'To do', ''],
    ['A5', 'Pay for workplace adjustments from the shared fund', 'Collaborative Finance Lead', 'Jan-26', 'Stuck', 'Fund not agreed.'],
    ['A6', 'Give internationally trained GPs a named buddy', 'Training Hub Lead', 'Ongoing', 'Doing', 'Three buddies in place.'],
  ];
  const grid: Grid = { values, conditionalFills: [equalTo('Done', '#9BC2E6'), equalTo('Doing', '#E2EFDA'), equalTo('Stuck', '#FFC7CE')] };

  it("reads the 'Where is it?' column as the status, and each word's colour from its conditional format", () => {
    const report = checkPlan(grid, { asAt: AS_AT });
    expect(report.columns.status).toBe('E');
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([
      ['Done', 'blue'], ['Doing', 'green'], ['Doing', 'green'], ['To do', null], ['Stuck', 'red'], ['Doing', 'green'],
    ]);
  });

  it('gives the words no colour of their own where the plan colours nothing', () => {
    const report = checkPlan({ values }, { asAt: AS_AT });
    expect(report.actions.map((a) => a.statusRag)).toEqual(['green', null, null, null, null, null]);
  });

  it("reads a rule's pale theme tints as their colour, never greys or lavender", () => {
    expect(['#E2EFDA', '#DDEBF7', '#FCE4D6', '#D9D9D9', '#E4DFEC'].map(ruleFillToRag)).toEqual(['green', 'blue', 'amber', null, null]);
  });
});
