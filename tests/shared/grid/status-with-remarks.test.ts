import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue } from '../../../shared/types';

/**
 * A status column whose cells open with the status and run on with a remark on how that action went ('Complete – policy
 * amended and in use', 'Partly complete – first audit done', 'Carried forward – session booked for June'), in a plan
 * that keeps no progress column: the opening words are the status (so a complete action is not overdue and the status
 * fits the key), and the whole cell is the action's progress. A key's wording after each colour ('Amber – some delay',
 * the same words after the same colour every time) stays part of the status, and a plan with a progress column of its
 * own keeps the status cell as written.
 */
const AS_AT = new Date(Date.UTC(2025, 5, 30));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });

describe('a status column whose cells run on with remarks', () => {
  it('reads the opening words as the status and the whole cell as progress, saying so', () => {
    const report = read([
      ['Ref', 'WDES metric', 'Action', 'Executive lead', 'Due', 'Position at 31 March 2025'],
      ['D1', '1', 'Invite every colleague to check their disability record on ESR', 'Chief People Officer', '31/12/2024', 'Complete – declared rate up from 4.1% to 6.0%.'],
      ['D2', '2', 'Audit shortlisting for disabled applicants every six months', 'Chief People Officer', '31/03/2025', 'Partly complete – first audit done; second moved to May.'],
      ['D3', '3', 'Require an occupational health review before any formal capability meeting', 'Director of Workforce', '30/11/2024', 'Complete – policy amended and in use.'],
      ['D4', '4a', 'Replace the adjustments form with a passport that moves with the colleague', 'Director of Workforce', '31/01/2025', 'Carried forward – system change delayed by supplier.'],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete', 'Partly complete', 'Complete', 'Carried forward']);
    expect(report.actions[0].progress).toBe('Complete – declared rate up from 4.1% to 6.0%.');
    expect(report.actions[2].sources.status?.why).toContain('the remark after them differs from action to action');
    // Complete actions past their date are not overdue; the one still open is.
    expect(report.issues.filter((i) => i.rule === 'overdue').map((i) => i.row)).toEqual([3, 5]);
    // 'Carried forward' is read as written, and said to be no status of how far the action has got, as ever.
    expect(report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.row)).toEqual([5]);
  });

  it('reads a colon and other wording the same way, in a differently laid out plan', () => {
    const report = read([
      ['Race equality action plan 2023/24'],
      [],
      ['Action', 'Owner', 'By', 'Indicator', 'Status at year end'],
      ['Publish the ethnicity pay gap by band', 'Head of Reward', 'Mar 2024', '1', 'Completed: published with the annual report in March.'],
      ['Train recruiting managers in inclusive recruitment', 'Head of Resourcing', 'Dec 2023', '2', 'On track: 60 of 90 managers trained.'],
      ['Review disciplinary referrals by ethnicity', 'HR Director', 'Jan 2024', '3', 'Completed: review reported to People Committee.'],
      ['Set up reverse mentoring for the executive team', 'Chief Executive', 'Feb 2024', '9', 'Delayed: mentors recruited, pairing in April.'],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Completed', 'On track', 'Completed', 'Delayed']);
    expect(report.actions[3].progress).toBe('Delayed: mentors recruited, pairing in April.');
  });

  it("negative: a key's words after each colour, the same each time, stay the status as written", () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'RAG status'],
      ['Publish the ethnicity pay gap', 'Head of Reward', 'Mar 2025', 'Blue – complete'],
      ['Train recruiting managers', 'Head of Resourcing', 'Sep 2025', 'Amber – some delay'],
      ['Review disciplinary referrals', 'HR Director', 'Jun 2025', 'Green – on track'],
      ['Set up a race equality network', 'EDI Lead', 'Dec 2025', 'Amber – some delay'],
      ['Launch reverse mentoring', 'Chief Executive', 'Nov 2025', 'Blue – complete'],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Blue – complete', 'Amber – some delay', 'Green – on track', 'Amber – some delay', 'Blue – complete']);
    expect(report.actions.map((a) => a.progress)).toEqual(['', '', '', '', '']);
  });

  it('negative: with a progress column of its own, the status cell is kept as written', () => {
    const report = read([
      ['Action', 'Lead', 'Due', 'Status', 'Progress update'],
      ['Publish the ethnicity pay gap', 'Head of Reward', 'Mar 2025', 'Complete – early', 'Published with the annual report.'],
      ['Train recruiting managers', 'Head of Resourcing', 'Sep 2025', 'On track – half done', 'Sixty managers trained.'],
      ['Review disciplinary referrals', 'HR Director', 'Jun 2025', 'Complete – late', 'Reported to People Committee.'],
    ]);
    expect(report.actions.map((a) => a.status)).toEqual(['Complete – early', 'On track – half done', 'Complete – late']);
    expect(report.actions.map((a) => a.progress)).toEqual(['Published with the annual report.', 'Sixty managers trained.', 'Reported to People Committee.']);
  });
});
