import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../shared/check-plan';
import type { CellValue, Grid } from '../../../shared/types';

/**
 * Two ways a key and its statuses were reported as "not in the plan's key" though the key names them (5 findings over
 * the corpus, 4 Dec 2026):
 * - a key entry marked by a colour that is no RAG colour ('⚪ not started yet' after '🔵 done 🟢 on track …', 'Grey = not
 *   due'): the entry names a status with no colour, and a status written as that mark or colour ('⚪', 'Grey') is it;
 * - a status naming two colours ('A/G', 'Amber/Green') between the key's: it states its colours as 'G' does.
 */
const AS_AT = new Date(Date.UTC(2024, 10, 30));
const read = (grid: Grid) => checkPlan(grid, { asAt: AS_AT });
const unknown = (report: ReturnType<typeof read>) => report.issues.filter((i) => i.rule === 'status-not-in-key').map((i) => i.message);

describe('a key entry marked with a colour that is no RAG colour', () => {
  it("reads '⚪ not started yet' in an emoji key line, and a '⚪' status as it, with no colour", () => {
    const values: CellValue[][] = [
      ['Pentreath Healthcare NHS Trust – WDES action plan 2024/25'],
      ['Ref', 'Metric', 'What we will do', 'Owner', 'When', 'Status'],
      ['P1', 'M1', 'Run a declaration campaign.', 'Workforce Insight Lead', '30 Sep 2024', '🔵'],
      ['P2', 'M2', 'Track adjustments at interview.', 'Head of Talent', '31 Dec 2024', '🟢'],
      ['P3', 'M5', 'Offer places on the leadership programme.', 'Head of OD', '31 Mar 2025', '⚪'],
      ['P4', 'M4a', 'Roll out the respect campaign.', 'Director of Nursing', '31 Jan 2025', '🔴'],
      [],
      ['🔵 done   🟢 on track   🟠 at risk   🔴 off track   ⚪ not started yet'],
    ];
    const report = read({ values });
    expect(report.ragKey.entries.map((e) => [e.label, e.rag])).toEqual([['done', 'blue'], ['on track', 'green'], ['at risk', 'amber'], ['off track', 'red'], ['not started yet', null]]);
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['🔵', 'blue'], ['🟢', 'green'], ['⚪', null], ['🔴', 'red']]);
    expect(unknown(report)).toEqual([]);
  });

  it("reads a status 'Grey' as the key's 'Grey = not due'", () => {
    const values: CellValue[][] = [
      ['Key: Green = on track, Amber = at risk, Red = off track, Grey = not due'],
      ['Ref', 'Action', 'Lead', 'Due', 'RAG'],
      ['1', 'Publish the WRES data on the trust website.', 'Head of EDI', 'Sep 2025', 'Green'],
      ['2', 'Launch reverse mentoring for the executive team.', 'Director of People', 'Mar 2026', 'Grey'],
    ];
    const report = read({ values });
    expect(report.actions.map((a) => [a.status, a.statusRag])).toEqual([['Green', 'green'], ['Grey', null]]);
    expect(unknown(report)).toEqual([]);
  });

  it("still reports a '⚪' that no key names", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'Timescale', 'Status'],
      ['Train managers in agreeing adjustments.', 'Head of L&D', 'Mar 2025', '⚪'],
      ['Publish the disability pay gap.', 'Head of Reward', 'Mar 2025', 'In progress'],
    ];
    expect(unknown(read({ values }))).toHaveLength(1);
  });
});

describe('a status naming two colours', () => {
  it("accepts 'A/G' beside R, A and G under the plan's letter key", () => {
    const values: CellValue[][] = [
      ['R/A/G key:   R = not started or off track    A = started, significant slippage    G = complete or on track'],
      ['Ref', 'Action required', 'Lead officer', 'Timescale', 'R/A/G'],
      ['1.1', 'Set divisional targets for BME representation.', 'Deputy Director of Workforce', 'Sept 2024', 'A/G'],
      ['1.2', 'Improve ethnicity recording on ESR.', 'Workforce Information Manager', 'Dec 24', 'G'],
    ];
    expect(unknown(read({ values }))).toEqual([]);
  });

  it("accepts 'Amber/Green' in a plan with no key, and still reports 'N/A'", () => {
    const values: CellValue[][] = [
      ['Action', 'Owner', 'By when', 'Status'],
      ['Audit disciplinary cases by ethnicity.', 'Head of ER', 'Mar 2025', 'Amber/Green'],
      ['Review the capability policy.', 'Head of ER', 'Mar 2025', 'N/A'],
    ];
    const report = read({ values });
    expect(unknown(report)).toHaveLength(1);
    expect(unknown(report)[0]).toMatch(/^Row 3: status "N\/A"/);
  });
});
