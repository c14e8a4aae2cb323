import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { StorageConflict, StorageUnavailable } from './storage';

export interface IssueOut {
  path: string;
  message: string;
}

/**
 * The one error the service throws: an HTTPException whose response is the JSON error body.
 *
 * @example
 * throw apiError(403, 'forbidden', 'You can only change plans of your own trust (RXT).');
 */
export function apiError(status: ContentfulStatusCode, code: string, message: string, issues?: IssueOut[], headers?: Record<string, string>): HTTPException {
  const body = JSON.stringify({ error: { code, message, ...(issues ? { issues } : {}) } });
  return new HTTPException(status, {
    message,
    res: new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }),
  });
}

/**
 * Validates a value against a schema, or throws a 400 naming each offending field path.
 *
 * @example
 * const body = parseOr400(PushRequestSchema, await c.req.json(), 'body');
 */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = issues[0];
  throw apiError(400, 'invalid_request', `${first.path}: ${first.message}`, issues);
}

/**
 * True when storage could not answer (timeout, network, its own 5xx or 429), or many writers kept one plan's
 * head moving until the deadline: worth trying again in a few seconds.
 */
export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof StorageUnavailable || error instanceof StorageConflict;
}
