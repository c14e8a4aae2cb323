import type { PlanReport, Standard } from '../../shared/types';
import type { PlanSettings } from './settings';

/** One part of the plan's identity as the pane shows it: the value and where it came from, in words. */
export interface ShownClue<T> {
  value: T | null;
  /** "the plan's title rows", "your setting", "your sign-in", or null when unknown. */
  source: string | null;
}

export interface PlanIdentityShown {
  standard: ShownClue<Standard>;
  period: ShownClue<string>;
  trust: ShownClue<string>;
}

/**
 * The plan's standard, period and trust: the user's own say (Settings) wins, else what the reader found in the
 * workbook, else (for the trust) the trust of the person signed in.
 *
 * @example
 * planIdentity(report, settings, 'RXT').period // { value: '2020-21', source: "the plan (title rows)" }
 */
export function planIdentity(report: PlanReport | null, settings: PlanSettings, signedInTrust: string | null): PlanIdentityShown {
  const fromPlan = <T>(clue: { value: T | null; source: string | null } | undefined): ShownClue<T> =>
    clue?.value ? { value: clue.value, source: clue.source ? `the plan (${clue.source})` : 'the plan' } : { value: null, source: null };
  const id = report?.identity;
  return {
    standard: settings.standard ? { value: settings.standard, source: 'your setting' } : fromPlan(id?.standard ?? (report?.standard ? { value: report.standard, source: null } : undefined)),
    period: settings.period ? { value: settings.period, source: 'your setting' } : fromPlan(id?.period),
    trust: settings.trust ? { value: settings.trust, source: 'your setting' } : signedInTrust ? { value: signedInTrust, source: 'your sign-in' } : fromPlan(id?.trust),
  };
}
