import type { PlanResponse, PlanRow } from '../../shared/sync';
import type { SyncSession } from '../sync/session';

/** A failure in words the user can act on. */
export class YearOnYearError extends Error {}

/** A light shape check of the service's plan answer (the pane does not carry the schema library). */
function isPlanResponse(v: unknown): v is PlanResponse {
  const o = v as PlanResponse | null;
  return Boolean(o && Array.isArray(o.rows) && o.rows.every((r) => r && typeof r.id === 'string' && typeof r.fields === 'object' && r.fields !== null));
}

/**
 * One period of a trust's plan from the sync service, with the pane's sign-in.
 *
 * @example
 * const rows = await fetchPeriodRows(currentSession()!, { trust: 'RXT', standard: 'WRES', period: '2022-23' });
 */
export async function fetchPeriodRows(session: SyncSession, q: { trust: string; standard: string; period: string }, http: typeof fetch = (...a) => fetch(...a)): Promise<PlanRow[]> {
  const token = await session.tokens.getToken().catch(() => {
    throw new YearOnYearError('Your sign-in has expired. Sign in again (Sync).');
  });
  const url = `${session.serviceUrl.replace(/\/+$/, '')}/v1/trusts/${encodeURIComponent(q.trust)}/plans/${encodeURIComponent(q.standard)}/${encodeURIComponent(q.period)}`;
  const res = await http(url, { headers: { authorization: `Bearer ${token}` } }).catch(() => {
    throw new YearOnYearError(`Cannot reach the sync service at ${session.serviceUrl} (offline?).`);
  });
  if (res.status === 401) throw new YearOnYearError('Your sign-in has expired. Sign in again (Sync).');
  if (res.status === 403) throw new YearOnYearError(`You cannot read ${q.trust}'s plans: sign in as one of its editors or viewers, or its regional lead.`);
  if (res.status === 400) throw new YearOnYearError(`The sync service could not read ${q.trust} ${q.standard} ${q.period}: check the trust code, standard and period.`);
  if (!res.ok) throw new YearOnYearError(`The sync service could not answer now (${res.status}). Try again in a moment.`);
  const data = await res.json().catch(() => null);
  if (!isPlanResponse(data)) throw new YearOnYearError('The sync service answered with something this version of the add-in cannot read.');
  return data.rows;
}
