import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';
import { namesDecision } from '../../../shared/grid/names-decision';

/**
 * A plan that answers a staff network's asks or a review's recommendations records the board's decision on each
 * ('Accepted' on green, 'Accepted in part' on amber, 'Not accepted' on red). Those fills colour the decision, not how
 * the action is going: the status is the column of status words beside it ('Complete', 'On track', 'Slipped'), and
 * with none, no status is made up from the decision.
 */
const AS_AT = new Date(Date.UTC(2023, 2, 31));
const GREEN = '#C6EFCE';
const AMBER = '#FFEB9C';
const RED = '#FFC7CE';
const read = (values: CellValue[][], fills: (string | null)[][]) => checkPlan({ values, fills, sheetName: 'Asks' }, { asAt: AS_AT });
const fillsAt = (rows: number, column: number, colours: (string | null)[]) => Array.from({ length: rows }, (_, r) => Array.from({ length: column + 1 }, (_, c) => (c === column && r > 0 ? colours[r - 1] ?? null : null)));

describe('a decision on each ask is not its status', () => {
  it("reads the status from the check column, not the board response's fills", () => {
    const values: CellValue[][] = [
      ['Ask', 'What the network asked for', 'Board response', 'What the Trust will do', 'Executive sponsor', 'Target', 'Six-month check'],
      ['Ask 1', 'A central budget for adjustments', 'Accepted', 'Set up a central reasonable adjustments budget held by Occupational Health', 'Director of People', 'September 2022', 'Complete'],
      ['Ask 2', 'Guaranteed interviews', 'Accepted', 'Check every vacancy to make sure the guaranteed interview scheme is switched on', 'Director of People', 'July 2022', 'On track'],
      ['Ask 3', 'Disability awareness for managers', 'Accepted in part', 'Add a disability module, co-written with the network, to the management course', 'Chief Nurse', 'December 2022', 'Slipped'],
      ['Ask 4', 'A passport for adjustments', 'Accepted', 'Introduce a health passport that moves with the colleague between teams', 'Director of People', 'March 2023', 'On track'],
    ];
    const report = read(values, fillsAt(5, 2, [GREEN, GREEN, AMBER, GREEN]));
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track', 'Slipped', 'On track']);
    expect(report.columnEvidence.find((e) => e.field === 'status')?.column).toBe('G');
  });

  it('gives no status from a recommendations log whose only coloured column is the decision', () => {
    const values: CellValue[][] = [
      ['Review of race equality 2024'],
      ['No.', 'Recommendation', 'Decision', 'Our response', 'Responsible', 'By'],
      ['R1', 'Publish pay gap data by band', 'Agreed', 'Publish the ethnicity pay gap by band with the annual report', 'Head of Reward', 'Mar 2025'],
      ['R2', 'Diverse panels for senior posts', 'Partially agreed', 'Put a trained inclusion panel member on every Band 8a and above panel', 'Head of Resourcing', 'Dec 2024'],
      ['R3', 'Independent review of every dismissal', 'Agreed', 'Have an independent reviewer check every dismissal of a BME colleague', 'HR Director', 'Jun 2025'],
      ['R4', 'Mentoring for all BME staff', 'Agreed in principle', 'Offer reciprocal mentoring to the executive team first', 'Chief Executive', 'Sep 2025'],
    ];
    const report = read(values, fillsAt(6, 2, [null, GREEN, AMBER, GREEN, AMBER]));
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['', null], ['', null], ['', null], ['', null]]);
  });

  it('negative: status words on fills are still the status, and the decision words are only decisions', () => {
    const values: CellValue[][] = [
      ['Action', 'Lead', 'Due', 'RAG'],
      ['Publish the ethnicity pay gap', 'Head of Reward', 'Mar 2023', 'Complete'],
      ['Train recruiting managers', 'Head of Resourcing', 'Sep 2023', 'On track'],
      ['Review disciplinary referrals', 'HR Director', 'Jun 2023', 'Delayed'],
    ];
    const report = read(values, fillsAt(4, 3, [GREEN, GREEN, AMBER]));
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Complete', 'green'], ['On track', 'green'], ['Delayed', 'amber']]);
    expect(['Accepted', 'Not accepted', 'Accepted in part', 'Agreed in principle', 'Rejected.'].every(namesDecision)).toBe(true);
    expect(['Complete', 'On track', 'Agreed with the network in May', 'Policy accepted by JNCC and published'].some(namesDecision)).toBe(false);
  });
});
