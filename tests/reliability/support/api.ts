/**
 * A thin HTTP client for the sync service's public API, as any client on the network sees it.
 * The tests speak HTTP to a real server on 127.0.0.1 rather than calling app.fetch, so sockets,
 * body limits and aborted requests behave as they do in production.
 */
import { request as httpRequest } from 'node:http';
import { PLAN_FIELDS, type PlanField } from '../../../shared/types';

export type Fields = Partial<Record<PlanField, string>>;

export type Change =
  | { id: string; base: Fields; set: Fields }
  | { id: string; base: Fields; delete: true };

export interface PushResult {
  revision: number;
  applied: unknown[];
  conflicts: { id: string; field: string; base: unknown; mine: unknown; theirs: unknown }[];
}

export interface PlanRow {
  id: string;
  fields: Fields;
  rev: number;
  updatedBy?: string;
  updatedAt?: string;
  deleted?: boolean;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  /** Bytes of the request body sent. */
  requestBytes: number;
}

export interface PlanAddress {
  trust: string;
  standard: 'WRES' | 'WDES';
  period: string;
}

/**
 * The URL path of a plan.
 *
 * @example
 * planPath({ trust: 'RXT', standard: 'WRES', period: '2023-24' }); // '/v1/trusts/RXT/plans/WRES/2023-24'
 */
export function planPath(plan: PlanAddress): string {
  return `/v1/trusts/${plan.trust}/plans/${plan.standard}/${plan.period}`;
}

/**
 * Sends one request and parses the JSON answer (the body is text when it is not JSON).
 *
 * @example
 * const res = await callApi(baseUrl, token, 'GET', planPath(plan));
 */
export async function callApi<T = any>(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  init: { signal?: AbortSignal; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const payload = init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  const headers: Record<string, string> = { ...init.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (payload !== undefined) {
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  // One connection per request (agent: false): a test must see the service's answer, not a keep-alive
  // socket the server closed between two requests.
  const { status, text, responseHeaders } = await new Promise<{ status: number; text: string; responseHeaders: Headers }>((resolve, reject) => {
    const req = httpRequest(baseUrl + path, { method, headers, agent: false, signal: init.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), responseHeaders });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text so a test can show what came back.
  }
  return {
    status,
    body: parsed as T,
    headers: responseHeaders,
    requestBytes: payload === undefined ? 0 : Buffer.byteLength(payload),
  };
}

/**
 * Builds `count` plan rows with realistic field lengths (an HR plan's action and progress cells
 * run to a few hundred characters).
 *
 * @example
 * const rows = makeRows(500, 'bench'); // [{ id: 'bench-0000', fields: { ref: '1.1', ... } }, ...]
 */
export function makeRows(count: number, prefix: string): { id: string; fields: Fields }[] {
  const statuses = ['Not started', 'In progress', 'Completed', 'Slippage likely'];
  const rows: { id: string; fields: Fields }[] = [];
  for (let i = 0; i < count; i++) {
    const indicator = String((i % 9) + 1);
    rows.push({
      id: `${prefix}-${String(i).padStart(4, '0')}`,
      fields: {
        ref: `${indicator}.${Math.floor(i / 9) + 1}`,
        indicator,
        theme: `Theme ${indicator}: representation and progression`,
        objective: `Improve the experience of staff on indicator ${indicator} (objective ${i}).`,
        action:
          `Action ${i}: review the recruitment and promotion processes with the staff network, ` +
          'publish the findings to the board and agree changes with divisional leads. '.repeat(2),
        lead: `Lead person ${i % 17}, Head of Workforce`,
        due: ['Q4 23/24', 'Mar-24', 'Ongoing during 23/24', '31/03/2024'][i % 4],
        status: statuses[i % statuses.length],
        progress: `Update ${i}: the working group met monthly and the pilot ran in two divisions. `.repeat(3),
        outcome: 'Higher relative likelihood of appointment from shortlisting for BME staff.',
        completed: i % 4 === 2 ? 'Feb-24' : '',
      },
    });
  }
  return rows;
}

/** Every canonical field, for building full-row changes. */
export const FIELDS: readonly PlanField[] = PLAN_FIELDS;

/** One entry of the changes feed. */
export interface FeedEntry {
  revision: number;
  id: string;
  field: string;
  value: unknown;
  by?: string;
  sub?: string;
  at?: string;
}

/**
 * Reads the changes feed from a cursor ('0': the start) to its end, following its pages as a client must.
 *
 * @example
 * const { changes, cursor } = await readChanges(baseUrl, token, plan);
 */
export async function readChanges(baseUrl: string, token: string, plan: PlanAddress, since = '0'): Promise<{ changes: FeedEntry[]; cursor: string; revision: number; reset: boolean; status: number }> {
  const changes: FeedEntry[] = [];
  let cursor = since;
  let reset = false;
  for (;;) {
    const res = await callApi<{ changes: FeedEntry[]; cursor: string; more: boolean; revision: number; reset?: boolean }>(baseUrl, token, 'GET', `${planPath(plan)}/changes?since=${encodeURIComponent(cursor)}`);
    if (res.status !== 200) return { changes, cursor, revision: 0, reset, status: res.status };
    reset ||= Boolean(res.body.reset);
    changes.push(...res.body.changes);
    cursor = res.body.cursor;
    if (!res.body.more) return { changes, cursor, revision: res.body.revision, reset, status: 200 };
  }
}
