/**
 * Rows recording what became of an action, kept among the actions of a committee paper to account for every action it
 * reported before ('Closed – merged into action 1.1 at the December Board' with 'Merged' on a grey RAG cell; 'Moved to
 * the Health and Wellbeing plan (action HW-07)' with 'Transferred' under the status; 'Actions 6, 8 and 10 of the 2023-24
 * plan were completed and closed by the People Committee'; holdout66): no lead, no timescale, no work — set aside with
 * why. An action keeping its own words with 'Withdrawn' or 'Closed' as its status, and an action whose words start
 * 'Close …' or 'Move …', stay actions (negatives).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2025, 0, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'WRES 2024-25' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message).join('\n');

describe('rows recording what became of an action', () => {
  it("sets aside a ref'd row saying it was closed and merged, or withdrawn, its status saying the same", () => {
    const report = read([
      ['Ref', 'Action', 'Indicator', 'Lead', 'Target date', 'Status'],
      ['1.1', 'Put a trained inclusion adviser on every interview panel at Band 8a and above', '2', 'Head of Resourcing', 'Jun 2024', 'On track'],
      ['1.2', 'Publish shortlisting-to-appointment ratios by ethnicity for each division', '2', 'Workforce Information Manager', 'Sep 2024', 'Complete'],
      ['1.3', 'Closed – merged into action 1.1 at the December Board (the civility module is now part of it).', '', '', '', 'Merged'],
      ['1.4', 'Withdrawn – superseded by the regional mentoring scheme the ICB now runs (see 1.5).', '', '', '', 'Withdrawn'],
      ['1.5', 'Refer Band 7 colleagues from ethnic minority backgrounds to the regional mentoring scheme', '7', 'Head of Leadership', 'Mar 2025', 'On track'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 6]);
    expect(setAside(report)).toMatch(/Row 4: .*records what became of an action \('Closed', its status 'Merged'\) and names no lead or timescale/);
    expect(setAside(report)).toMatch(/Row 5: .*records what became of an action \('Withdrawn', its status 'Withdrawn'\)/);
  });

  it('sets aside a line naming earlier actions by number and what became of them, and a row moved to another plan, in another layout', () => {
    const report = read([
      ['Metric', 'What we will do', 'Owner', 'Deadline', 'Status'],
      ['1', 'Ask every new starter to answer the disability question at the pre-employment check', 'Head of Workforce Planning', '31/07/2024', 'Complete'],
      ['4', 'Moved to the Health and Wellbeing plan 2024-25 (action HW-07) – no longer reported here.', '', '', 'Transferred'],
      ['7', 'Publish a yearly "you said, we did" note from the Disability Network to all staff', 'Head of Communications', '31/03/2025', 'Not started'],
      ['9', 'Action 9.3 from 2023-24 (listening event) – closed: replaced by the network, above.', '', '', ''],
      ['—', 'Actions 6, 8 and 10 of the 2023-24 plan were completed and closed by the People Committee in May 2024.', '', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 4]);
    expect(setAside(report)).toMatch(/Row 3: .*records what became of an action \('Moved', its status 'Transferred'\)/);
    expect(setAside(report)).toMatch(/Row 5: .*records what became of an action \('closed'\)/);
    expect(setAside(report)).toMatch(/Row 6: .*records what became of an action \('closed'\)/);
  });

  it("keeps an action with its own words and 'Withdrawn' or 'Closed' status, and actions that say to close or move something (negative)", () => {
    const report = read([
      ['Ref', 'Action', 'Lead', 'Due', 'Status'],
      ['A1', 'Run a reverse mentoring scheme for executive directors', 'Chief People Officer', 'Mar 2025', 'Withdrawn'],
      ['A2', 'Close the gap in appointment rates from shortlisting at Band 7', '', '', 'Closed'],
      ['A3', 'Move the reasonable adjustments passport onto the HR system', '', '', ''],
      ['A4', 'Publish the WRES data and this plan on the website', 'EDI Lead', 'Oct 2024', 'Closed'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([2, 3, 4, 5]);
    expect(setAside(report)).not.toMatch(/records what became/);
  });
});
