import { HIA_IDS, hiasOfRow } from '../../shared/hia';
import { DEFAULT_RAG_KEY, effectiveRag, isCompleteStatus, statusToRag } from '../../shared/rag';
import { isOverdue, parseTimescale } from '../../shared/timescale';
import type { Standard } from '../../shared/types';
import type { CompareResponse, CompareTrust, IndicatorCounts, Trust } from '../../shared/sync';
import type { PlanSummary } from '../store';

/** The indicators every plan of a standard must cover (WDES sub-metrics 4a…/9a… count toward 4 and 9). */
export const INDICATORS: Record<Standard, string[]> = {
  WRES: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  WDES: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
};

const empty = (): IndicatorCounts => ({ actions: 0, red: 0, amber: 0, green: 0, blue: 0, none: 0, overdue: 0 });

/** An action's HIAs as the summary keeps them ("2,6"); a summary written before HIAs were kept has them from the indicator. */
const hiasOf = (indicator: string, hias: string | undefined, standard: Standard) =>
  (hias ?? hiasOfRow({ indicator }, standard)).split(',').filter((h) => HIA_IDS.includes(h));

/** '4a' → '4', '9b' → '9', ' 10 ' → '10'; anything unnumbered → 'unassigned'. */
const indicatorGroup = (value: string) => /^\s*(\d{1,2})/.exec(value)?.[1] ?? 'unassigned';

/**
 * Turns the stored per-plan summaries into the region comparison: counts by indicator and by high impact action
 * (an action serving two HIAs counts toward both), with effective RAG as at a date (overdue is judged now, from
 * each action's due text, so a summary never goes stale).
 *
 * @example
 * summariseRegion({ region: 'Y60', standard: 'WRES', period: '2023-24', asAt: new Date(2023, 9 /* Oct *\/, 31), trusts, summaries });
 */
export function summariseRegion(input: {
  region: string;
  standard: Standard;
  period: string;
  asAt: Date;
  trusts: Trust[];
  summaries: PlanSummary[];
}): CompareResponse {
  const fy = Number(/^(\d{4})/.exec(input.period)?.[1]) || undefined;
  const byTrust = new Map(input.summaries.map((s) => [s.trust, s]));
  const indicators = INDICATORS[input.standard];
  const trusts: CompareTrust[] = input.trusts
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => {
      const s = byTrust.get(t.code);
      const byIndicator: Record<string, IndicatorCounts> = Object.fromEntries(indicators.map((i) => [i, empty()]));
      const byHia: Record<string, IndicatorCounts> = Object.fromEntries(HIA_IDS.map((h) => [h, empty()]));
      let overdue = 0;
      for (const [indicator, status, due, hias] of Object.values(s?.actions ?? {})) {
        const stated = statusToRag(status, null, DEFAULT_RAG_KEY);
        const late = isOverdue(parseTimescale(due, { financialYear: fy }), isCompleteStatus(status, stated, DEFAULT_RAG_KEY), input.asAt);
        const rag = effectiveRag(stated, late);
        for (const counts of [(byIndicator[indicatorGroup(indicator)] ??= empty()), ...hiasOf(indicator, hias, input.standard).map((h) => byHia[h])]) {
          counts.actions++;
          counts[rag ?? 'none']++;
          if (late) counts.overdue++;
        }
        if (late) overdue++;
      }
      return {
        trust: t.code,
        name: t.name,
        revision: s?.revision ?? 0,
        lastUpdate: s?.lastUpdate ?? null,
        actionCount: Object.keys(s?.actions ?? {}).length,
        overdue,
        byIndicator,
        indicatorsWithNoAction: indicators.filter((i) => byIndicator[i].actions === 0),
        byHia,
        hiasWithNoAction: HIA_IDS.filter((h) => byHia[h].actions === 0),
        latestSnapshot: s?.latestSnapshot ?? null,
      };
    });
  return { region: input.region, standard: input.standard, period: input.period, asAt: input.asAt.toISOString().slice(0, 10), indicators, hias: [...HIA_IDS], trusts };
}
