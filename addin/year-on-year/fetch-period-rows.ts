import type { PlanRow } from '../../shared/sync';
import { ApiError, createServiceClient } from '../api';
import type { SyncSession } from '../sync/session';

/** A failure in words the user can act on. */
export class YearOnYearError extends Error {}

/**
 * One period of a trust's plan from the sync service, with the pane's sign-in, through the pane's one validated
 * service client (a reply it cannot read is refused, never compared).
 *
 * @example
 * const rows = await fetchPeriodRows(currentSession()!, { trust: 'RXT', standard: 'WRES', period: '2022-23' });
 */
export async function fetchPeriodRows(session: SyncSession, q: { trust: string; standard: string; period: string }, http: typeof fetch = (...a) => fetch(...a)): Promise<PlanRow[]> {
  const api = createServiceClient({ serviceUrl: session.serviceUrl, tokens: session.tokens, fetch: http });
  try {
    return (await api.plan(q).read()).rows;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    switch (error.kind) {
      case 'signed-out': throw new YearOnYearError('Your sign-in has expired. Sign in again (Sync tab).');
      case 'no-permission': throw new YearOnYearError(`You cannot read ${q.trust}'s plans: sign in as one of its editors or viewers, or its regional lead.`);
      case 'offline': throw new YearOnYearError(`Cannot reach the sync service at ${session.serviceUrl} (offline?).`);
      case 'unreadable': throw new YearOnYearError('The sync service answered with something this version of the add-in cannot read.');
      case 'rejected': if (error.details.status === 400) throw new YearOnYearError(`The sync service could not read ${q.trust} ${q.standard} ${q.period}: check the trust code, standard and period.`);
      // falls through: any other refusal is said as the service said it
      default: throw new YearOnYearError(error.kind === 'busy' || error.kind === 'failed' ? `The sync service could not answer now (${error.details.status}). Try again in a moment.` : error.message);
    }
  }
}
