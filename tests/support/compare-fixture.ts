import { HIA_IDS, HIA_OF_INDICATOR } from '../../shared/hia';
import type { CompareResponse, CompareTrust, IndicatorCounts } from '../../shared/sync';

/** A region comparison as the service returns it, for layout and adapter tests. */
export const counts = (c: Partial<IndicatorCounts>): IndicatorCounts => {
  const base = { red: 0, amber: 0, green: 0, blue: 0, none: 0, overdue: 0, ...c };
  return { ...base, actions: c.actions ?? base.red + base.amber + base.green + base.blue + base.none };
};
export const WRES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Per-HIA counts as the service would give them when each action serves its indicator's HIAs (WRES links). */
function hiaCounts(byIndicator: Record<string, IndicatorCounts>): Record<string, IndicatorCounts> {
  const byHia = Object.fromEntries(HIA_IDS.map((h) => [h, counts({})]));
  for (const [indicator, c] of Object.entries(byIndicator)) {
    for (const h of HIA_OF_INDICATOR.WRES[indicator]?.hia ?? []) {
      for (const k of Object.keys(c) as (keyof IndicatorCounts)[]) byHia[h][k] += c[k];
    }
  }
  return byHia;
}

export function trust(code: string, name: string, by: Record<string, Partial<IndicatorCounts>>, extra: Partial<CompareTrust> = {}): CompareTrust {
  const byIndicator = Object.fromEntries(WRES.map((i) => [i, counts(by[i] ?? {})]));
  for (const [k, v] of Object.entries(by)) byIndicator[k] = counts(v);
  const all = Object.values(byIndicator);
  const byHia = extra.byHia ?? hiaCounts(byIndicator);
  return {
    trust: code, name, revision: 3, lastUpdate: '2024-01-05T10:00:00.000Z',
    actionCount: all.reduce((n, c) => n + c.actions, 0), overdue: all.reduce((n, c) => n + c.overdue, 0),
    byIndicator, indicatorsWithNoAction: WRES.filter((i) => !byIndicator[i].actions),
    byHia, hiasWithNoAction: HIA_IDS.filter((h) => !byHia[h].actions), latestSnapshot: null, ...extra,
  };
}

export function sampleComparison(): CompareResponse {
  return {
    region: 'Y60', standard: 'WRES', period: '2023-24', asAt: '2024-01-10', indicators: WRES, hias: [...HIA_IDS],
    trusts: [
      trust('RXT', 'Birmingham and Solihull Mental Health NHS Foundation Trust', { 1: { red: 1, green: 2, overdue: 1 }, 2: { amber: 1 }, 5: { blue: 2 }, 9: { none: 1 } },
        { latestSnapshot: { snapshotId: 's1', label: 'Board approved 2023-11-30', revision: 2, createdBy: 'ann', createdAt: '2023-11-30T09:00:00.000Z' } }),
      trust('RP1', '=HYPERLINK("http://x","Northamptonshire")', { 1: { green: 1 }, 2: { green: 1 }, unassigned: { amber: 1 } }),
    ],
  };
}

