/**
 * A KEY WRITTEN INTO A HEADER CELL THE READER HAS NO WORDS FOR ('Board response Green = accepted Amber = accepted in
 * part Red = not accepted' over 'Accepted | Not accepted' on their fills). A header naming only two or three fields is
 * made one by its other labels over data (see labels-over-contents.ts); the key had made that label a long caption, so
 * the row was no header and the plan had no actions (holdout46 wrenfield under the layout property's key written into
 * its status header). The key says what the column's colours mean; the words before it are the label.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2023, 2, 31));
const FILL: Record<string, string> = { Accepted: '#C6EFCE', 'Accepted in part': '#FFEB9C', 'Not accepted': '#FFC7CE', Agreed: '#C6EFCE', 'Agreed in part': '#FFEB9C', Declined: '#FFC7CE' };

function read(values: CellValue[][], statusColumn: number) {
  const fills = values.map((row) => row.map((v, c) => (c === statusColumn && typeof v === 'string' && FILL[v] ? FILL[v] : null)));
  return checkPlan({ values, sheetName: 'Asks', fills }, { asAt: AS_AT });
}

describe('a key written into a header cell the reader has no words for', () => {
  it("reads a network's asks headed 'Ask | What the network asked for | Why it matters | Board response Green = accepted Amber = … | What the Trust will do | Executive sponsor | Six-month check'", () => {
    const report = read([
      ['Enable Network asks and the Board response – WDES 2022-23'],
      ['Ask', 'What the network asked for', 'Why it matters (WDES metric)', 'Board response Green = accepted Amber = accepted in part Red = not accepted', 'What the Trust will do', 'Executive sponsor', 'Six-month check'],
      ['Ask 1', 'A central budget for adjustments.', 'Staff wait longer for adjustments (metric 7).', 'Accepted', 'Set up a central reasonable adjustments budget held by Occupational Health.', 'Director of People', 'Complete'],
      ['Ask 2', 'Guaranteed interviews for disabled applicants.', 'Fewer are appointed from shortlisting (metric 2).', 'Accepted', 'Check every vacancy applies the guaranteed interview scheme, and report breaches monthly.', 'Director of People', 'On track'],
      ['Ask 3', 'Managers trained in disability awareness.', 'Disabled staff feel less valued (metric 8).', 'Accepted in part', 'Add a disability module, co-written with the network, to the management course.', 'Chief Nurse', 'On track'],
      ['Ask 4', 'Help for staff with hidden conditions.', 'Declaration rates are low (metric 1).', 'Accepted', "Run a 'This is me' story campaign with network members.", 'Director of Communications', 'Slipped'],
    ], 3);
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5, 6]);
    // The Board's decision, keyed in its header, is not how each action is going: the six-month check is the status
    // (decision-not-status.test.ts).
    expect(report.actions[2]).toMatchObject({ lead: 'Chief Nurse', status: 'On track' });
    expect(report.actions[2].action).toMatch(/^Add a disability module/);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'On track', 'On track', 'Slipped']);
  });

  it("reads 'Lead | Forum ask | Action agreed | By | Decision: G = agreed, A = agreed in part, R = declined', the keyed label last", () => {
    const report = read([
      ['Race Equality Forum – what was agreed, WRES 2022/23'],
      ['Lead', 'Forum ask', 'Action agreed', 'By', 'Decision: G = agreed, A = agreed in part, R = declined'],
      ['Head of Resourcing', 'Fairer shortlisting', 'Remove names from application forms before shortlisting for every post.', 'Sept 2022', 'Agreed'],
      ['Head of OD', 'More BME leaders', 'Ring-fence places on each leadership cohort for BME colleagues.', 'Mar 2023', 'Agreed in part'],
      ['Director of People', 'Reverse mentoring', 'Pair each executive director with a mentor from the Forum.', 'Jan 2023', 'Agreed'],
    ], 4);
    expect(report.headerRows).toEqual([2]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
    // A decision on each ask ('Agreed in part') says nothing of how the action is going: no status is made from it.
    expect(report.actions[1]).toMatchObject({ lead: 'Head of OD', status: '', statusRag: null });
    expect(report.actions[1].due.text).toBe('Mar 2023');
  });

  it('leaves a key line above the plan no header: a key with a long caption heads no column', () => {
    const report = read([
      ['Enable Network asks – WDES 2022-23'],
      ['How the Board has answered each of the asks (Green = accepted, Red = not accepted)', 'Updated by: EDI lead'],
      ['Ask', 'What the network asked for', 'Board response', 'What the Trust will do', 'Executive sponsor', 'Target'],
      ['Ask 1', 'A central budget for adjustments.', 'Accepted', 'Set up a central reasonable adjustments budget held by Occupational Health.', 'Director of People', 'September 2022'],
      ['Ask 2', 'Guaranteed interviews for disabled applicants.', 'Not accepted', 'Check every vacancy applies the guaranteed interview scheme, and report breaches monthly.', 'Director of People', 'July 2022'],
      ['Ask 3', 'Managers trained in disability awareness.', 'Accepted', 'Add a disability module, co-written with the network, to the management course.', 'Chief Nurse', 'December 2022'],
    ], 2);
    expect(report.headerRows).toEqual([3]);
    expect(report.actions.map((a) => a.row)).toEqual([4, 5, 6]);
    expect(report.actions.map((a) => a.lead)).toEqual(['Director of People', 'Director of People', 'Chief Nurse']);
  });
});
