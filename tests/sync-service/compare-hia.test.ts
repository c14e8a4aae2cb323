import { describe, expect, it } from 'vitest';
import { summariseRegion } from '../../sync-service/compare';
import type { PlanSummary } from '../../sync-service/store';

const TRUSTS = [
  { code: 'RXT', name: 'Birmingham and Solihull', region: 'Y60' },
  { code: 'RP1', name: 'Northamptonshire', region: 'Y60' },
  { code: 'RYY', name: 'Kent', region: 'Y60' },
];
const summary = (trust: string, actions: PlanSummary['actions']): PlanSummary => ({ trust, revision: 2, lastUpdate: '2024-01-05T10:00:00.000Z', actions, latestSnapshot: null });

describe('region compare by high impact action', () => {
  const data = summariseRegion({
    region: 'Y60', standard: 'WRES', period: '2023-24', asAt: new Date(Date.UTC(2024, 0, 10)), trusts: TRUSTS,
    summaries: [
      summary('RXT', {
        a: ['1', 'Completed', 'March 2024', '2,3'], // the pay gap action: HIAs 2 and 3
        b: ['2', 'In Progress', 'May 2023', '2'], // overdue as at January 2024
        c: ['6', 'Not Started', 'March 2024', '6'],
        d: ['', 'In Progress', 'March 2024', ''], // serves no HIA
      }),
      // Written before summaries kept HIAs: each action's HIAs come from its indicator.
      summary('RP1', { n1: ['8', 'In Progress', 'March 2024'], n2: ['4', 'Completed', 'March 2024'] }),
    ],
  });
  const byCode = Object.fromEntries(data.trusts.map((t) => [t.trust, t]));

  it('counts each action toward every HIA it serves, with effective RAG and overdue', () => {
    expect(data.hias).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(byCode.RXT.byHia['2']).toMatchObject({ actions: 2, green: 1, red: 1, overdue: 1 });
    expect(byCode.RXT.byHia['3']).toMatchObject({ actions: 1, green: 1 });
    expect(byCode.RXT.byHia['6']).toMatchObject({ actions: 1, red: 1 });
    expect(byCode.RXT.hiasWithNoAction).toEqual(['1', '4', '5']);
    // The trust's totals are still counted once per action.
    expect(byCode.RXT.actionCount).toBe(4);
    expect(byCode.RXT.overdue).toBe(1);
  });

  it('reads HIAs from the indicator for summaries written before HIAs were kept', () => {
    expect(byCode.RP1.byHia['6']).toMatchObject({ actions: 1, amber: 1 });
    expect(byCode.RP1.byHia['2']).toMatchObject({ actions: 1, green: 1 });
    expect(byCode.RP1.hiasWithNoAction).toEqual(['1', '3', '4', '5']);
  });

  it('shows a trust with no plan as having no action against any HIA', () => {
    expect(byCode.RYY.hiasWithNoAction).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(Object.values(byCode.RYY.byHia).every((c) => c.actions === 0)).toBe(true);
  });

  it('never counts a stored HIA outside 1–6', () => {
    const odd = summariseRegion({
      region: 'Y60', standard: 'WRES', period: '2023-24', asAt: new Date(Date.UTC(2024, 0, 10)), trusts: TRUSTS.slice(0, 1),
      summaries: [summary('RXT', { a: ['1', 'In Progress', 'March 2024', '7,constructor,__proto__,2'] })],
    });
    expect(Object.keys(odd.trusts[0].byHia)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(odd.trusts[0].byHia['2'].actions).toBe(1);
  });
});
