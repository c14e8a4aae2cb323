/**
 * A row that sits where a commitment would but holds none: an ask the trust turned down ('Not agreed this year – …',
 * holdout32 stourholme) or a return that never came in ('No return received – …', holdout32 wyvernside's ICB tracker).
 * Naming no lead, timescale or status, it is set aside with why; a row saying so but naming its lead and timescale, or an
 * action that only mentions a refusal, stays an action.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import { saysNoCommitment } from '../../../shared/grid/says-no-commitment';
import type { CellValue } from '../../../shared/types';

const AS_AT = new Date(Date.UTC(2020, 2, 31));
const read = (values: CellValue[][]) => checkPlan({ values, sheetName: 'Plan' }, { asAt: AS_AT });
const setAside = (r: ReturnType<typeof read>) => r.issues.filter((i) => i.rule === 'row-set-aside').map((i) => i.message);

describe('rows holding no commitment', () => {
  it('knows a refusal and a missing return by their opening words', () => {
    expect(saysNoCommitment('Not agreed this year – CEO wants to try it with the exec team first, see 7.')).toMatch(/not agreed \('Not agreed this year'\)/);
    expect(saysNoCommitment('Declined: no budget in 2020/21.')).toMatch(/not agreed \('Declined'\)/);
    expect(saysNoCommitment('No return received – 2023/24 commitments carried forward pending return.')).toMatch(/no return came in \('No return received'\)/);
    expect(saysNoCommitment('Update not received – chased 07/10')).toMatch(/no return came in/);
    expect(saysNoCommitment('Agree protected time for the network chairs')).toBeNull();
    expect(saysNoCommitment('Not agreeing to a target is no option: set one for Band 8a+')).toBeNull();
    expect(saysNoCommitment('Declare a disability target for the Board')).toBeNull();
    expect(saysNoCommitment('No return to work without a wellbeing conversation')).toBeNull();
  });

  it("sets aside an ask the trust did not agree in a tracker of asks and answers", () => {
    const report = read([
      ['BAME Staff Network – what the Trust agreed, WRES 2019/20'],
      ['#', 'What we asked for', 'What the Trust agreed', 'Who', 'By when', 'Status'],
      ['5', 'Network chair time', 'Chair and vice chair get one day a month each, backfilled from the workforce budget.', 'Director of Workforce', 'from July', 'Done'],
      ['6', 'Reverse mentoring for the Board', 'Not agreed this year – CEO wants to try it with the exec team first, see 7.', '', '', ''],
      ['7', 'Exec team to hear from BAME staff', 'Reverse mentoring for the six executive directors, mentors from the Network.', 'Head of OD', 'Feb 2020', 'Not started'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .* it holds no commitment: it says the ask was not agreed \('Not agreed this year'\), and the row names no lead, timescale or status/);
  });

  it("sets aside an organisation's row saying no return was received in a system tracker", () => {
    const report = read([
      ['ICB system WDES commitments tracker 2024/25'],
      ['Org', 'Metric', 'Commitment', 'Provider lead', 'Due', 'Assurance'],
      ['North Acute', 'Metric 2', 'Guarantee an interview to every disabled applicant who meets the essential criteria.', 'Head of Recruitment', 'Dec 2024', 'G'],
      ['South Community', '', 'Update not received – last year\'s commitments carried forward.', '', '', ''],
      ['ICB', 'Metric 5', 'Add a disability-inclusive question to promotion panels.', 'ICB Head of People', 'Mar 2025', 'A'],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 5]);
    expect(setAside(report).join('\n')).toMatch(/Row 4: .*no return came in \('Update not received'\)/);
  });

  it('keeps a refusal that names its lead and timescale, and an action mentioning a refusal, as actions (negative)', () => {
    const report = read([
      ['WRES action plan 2019/20'],
      ['Ref', 'Action', 'Lead', 'Due'],
      ['1', 'Not agreed by JNCC in October: re-table the disciplinary policy change in January.', 'Head of Employee Relations', 'Jan 2020'],
      ['2', 'Re-table the policy change not agreed by JNCC, with staff side comments.', '', ''],
      ['3', 'No return to work without a wellbeing conversation for staff off after racist abuse.', '', ''],
    ]);
    expect(report.actions.map((a) => a.row)).toEqual([3, 4, 5]);
  });
});
