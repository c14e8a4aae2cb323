import { describe, expect, it } from 'vitest';
import { fetchPeriodRows } from '../../addin/year-on-year/fetch-period-rows';
import { YEAR_ON_YEAR_HEADER, yearOnYearTable } from '../../addin/year-on-year/year-on-year-table';
import type { SyncSession } from '../../addin/sync/session';
import { compareYears, type YearAction } from '../../shared/year-on-year';

const session: SyncSession = { serviceUrl: 'http://svc/', tokens: { getToken: async () => 'tok' }, user: { name: 'Lee', role: 'regional-lead', trust: null, region: 'Y60' }, method: 'dev' } as unknown as SyncSession;
const answer = (status: number, body: unknown = {}) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
const action = (id: string, a: Partial<YearAction>): YearAction => ({ id, where: `Row ${id}`, ref: null, indicator: '1', action: `Action ${id}`, status: '', progress: '', complete: false, ...a });

describe('year on year in the pane', () => {
  it('reads one period of a plan with the bearer token, from the trust\'s plan URL', async () => {
    let seen: { url: string; auth: string | null } | null = null;
    const http = (async (url: string, init: RequestInit) => {
      seen = { url, auth: new Headers(init.headers).get('authorization') };
      return new Response(JSON.stringify({ revision: 3, rows: [{ id: 'r1', fields: { action: 'A' }, rev: 1, updatedBy: 'x', updatedAt: 'y' }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const rows = await fetchPeriodRows(session, { trust: 'RP1', standard: 'WRES', period: '2022-23' }, http);
    expect(rows.map((r) => r.id)).toEqual(['r1']);
    expect(seen).toEqual({ url: 'http://svc/v1/trusts/RP1/plans/WRES/2022-23', auth: 'Bearer tok' });
  });

  it.each([
    [401, /sign-in has expired/],
    [403, /cannot read RP1's plans/],
    [400, /check the trust code, standard and period/],
    [503, /could not answer now \(503\)/],
  ])('says a %i in words', async (status, words) => {
    await expect(fetchPeriodRows(session, { trust: 'RP1', standard: 'WRES', period: '2022-23' }, answer(status))).rejects.toThrow(words);
  });

  it('refuses an answer it cannot read, and says when the service is unreachable', async () => {
    await expect(fetchPeriodRows(session, { trust: 'RP1', standard: 'WRES', period: '2022-23' }, answer(200, { rows: 'x' }))).rejects.toThrow(/cannot read/);
    const offline = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(fetchPeriodRows(session, { trust: 'RP1', standard: 'WRES', period: '2022-23' }, offline)).rejects.toThrow(/Cannot reach the sync service at http:\/\/svc\//);
  });

  it('lays the comparison out as text rows, dropped first, with the reason or rewording as a note', () => {
    const r = compareYears(
      [action('1', { action: 'Keep me' }), action('2', { action: 'Forget me' }), action('3', { action: 'Stop me', status: 'No longer required' })],
      [action('1', { action: 'Keep me' }), action('9', { action: '=HYPERLINK("x")' })],
    );
    expect(yearOnYearTable(r)).toEqual([
      YEAR_ON_YEAR_HEADER,
      ['Dropped without a word', 'Row 2', '', '1', 'Forget me', '', '', ''],
      ['Closed with a reason', 'Row 3', '', '1', 'Stop me', 'No longer required', '', 'No longer required'],
      ['Carried over', 'Row 1', 'Row 1', '1', 'Keep me', '', '', ''],
      ['New this year', '', 'Row 9', '1', '=HYPERLINK("x")', '', '', ''],
    ]);
  });
});
