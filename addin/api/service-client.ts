import type { z } from 'zod';
import {
  ChangesResponseSchema, CompareResponseSchema, DevTokenResponseSchema, DiffResponseSchema, ErrorBodySchema, PlanResponseSchema, PushResponseSchema,
  SignInOptionsSchema, SnapshotCreatedSchema, type Change, type ChangesResponse, type CompareResponse, type DiffResponse, type PlanResponse,
  type PushResponse, type SignInOptionsBody,
} from '../../shared/sync';
import { ApiError } from './api-error';

export interface ServiceClientOptions {
  /** e.g. http://127.0.0.1:7071 */
  serviceUrl: string;
  /** Bearer tokens for the signed-in user; absent for the public routes only. */
  tokens?: { getToken(): Promise<string> };
  fetch?: typeof fetch;
}

/** One plan's routes. */
export interface PlanApi {
  read(): Promise<PlanResponse>;
  push(body: { pushId: string; changes: Change[] }): Promise<PushResponse>;
  /** One page of the changes feed after `since` ('0' or the last answer's cursor). */
  changes(since: string): Promise<ChangesResponse>;
  snapshot(label: string): Promise<{ snapshotId: string; revision: number }>;
  diff(snapshotId: string): Promise<DiffResponse>;
}

/** The one client of the sync service in the pane: every route it calls, each reply checked against its schema. */
export interface ServiceClient {
  signInOptions(): Promise<SignInOptionsBody>;
  devToken(claims: Record<string, string | undefined>): Promise<string>;
  plan(key: { trust: string; standard: string; period: string } | string): PlanApi;
  compare(region: string, query: { standard: string; period: string; asAt?: string }): Promise<CompareResponse>;
}

async function failure(res: Response): Promise<ApiError> {
  const parsed = ErrorBodySchema.safeParse(await res.json().catch(() => null));
  const error = parsed.success ? parsed.data.error : null;
  const details = { status: res.status, code: error?.code, issues: error?.issues, retryAfterSeconds: Number(res.headers.get('retry-after')) || undefined };
  const said = error?.message;
  if (res.status === 401) return new ApiError('signed-out', 'Your sign-in has expired. Sign in again.', details);
  if (res.status === 403) return new ApiError('no-permission', said ?? 'You do not have permission to do that.', details);
  if (res.status === 503 || res.status === 502 || res.status === 504 || res.status === 429 || res.status === 408) {
    return new ApiError('busy', said ?? `The sync service is busy (${res.status}). Try again in a moment.`, details);
  }
  if (res.status >= 500) return new ApiError('failed', said ?? `The sync service failed (${res.status}).`, details);
  return new ApiError('rejected', said ?? `The sync service refused the request (${res.status}).`, details);
}

/**
 * Creates the pane's client of the sync service. Replies are validated with the same zod schemas the service
 * answers with: a reply this version cannot read is an error ('unreadable'), never acted on.
 *
 * @example
 * const api = createServiceClient({ serviceUrl, tokens });
 * const page = await api.plan({ trust: 'RXT', standard: 'WRES', period: '2023-24' }).changes('0');
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const http = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.serviceUrl.replace(/\/+$/, '');

  async function send<S extends z.ZodType>(url: string, schema: S, init: { method?: string; body?: unknown; auth?: boolean } = {}): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.auth !== false) {
      if (!options.tokens) throw new ApiError('signed-out', 'Sign in first.');
      headers.authorization = `Bearer ${await options.tokens.getToken().catch(() => {
        throw new ApiError('signed-out', 'You are signed out. Sign in again.');
      })}`;
    }
    let res: Response;
    try {
      res = await http(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    } catch {
      throw new ApiError('offline', `Cannot reach the sync service at ${base} (offline?).`);
    }
    if (!res.ok) throw await failure(res);
    const parsed = schema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new ApiError('unreadable', 'The sync service answered with something this version of the add-in cannot read. Nothing was changed here.', { status: res.status });
    return parsed.data;
  }

  const planApi = (planUrl: string): PlanApi => ({
    read: () => send(planUrl, PlanResponseSchema),
    push: (body) => send(`${planUrl}/push`, PushResponseSchema, { method: 'POST', body }),
    changes: (since) => send(`${planUrl}/changes?since=${encodeURIComponent(since)}`, ChangesResponseSchema),
    snapshot: (label) => send(`${planUrl}/snapshots`, SnapshotCreatedSchema, { method: 'POST', body: { label } }),
    diff: (snapshotId) => send(`${planUrl}/diff?from=${encodeURIComponent(snapshotId)}`, DiffResponseSchema),
  });

  return {
    signInOptions: () => send(`${base}/v1/sign-in`, SignInOptionsSchema, { auth: false }),
    devToken: async (claims) => (await send(`${base}/v1/dev/token`, DevTokenResponseSchema, { method: 'POST', body: claims, auth: false })).token,
    plan: (key) => planApi(typeof key === 'string' ? key : `${base}/v1/trusts/${encodeURIComponent(key.trust)}/plans/${encodeURIComponent(key.standard)}/${encodeURIComponent(key.period)}`),
    compare: (region, query) => send(`${base}/v1/regions/${encodeURIComponent(region)}/compare?${new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])}`, CompareResponseSchema),
  };
}
