import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { PATH_PART_PATTERN, PushRequestSchema, SnapshotRequestSchema } from '../../shared/sync';
import { canRead, canWrite, type AuthEnv } from '../auth';
import { apiError, parseOr400 } from '../errors';
import type { PlanKey, PlanStore } from '../store';
import { PushIdReused } from '../plans';
import { decodeCursor } from '../../shared/sync-engine';

const PlanParamsSchema = z.object({
  trust: z.string().regex(PATH_PART_PATTERN, { error: 'must be an ODS code (letters and digits)' }).transform((s) => s.toUpperCase()),
  standard: z.enum(['WRES', 'WDES'], { error: 'must be WRES or WDES' }),
  period: z.string().regex(/^\d{4}-\d{2}$/, { error: 'must look like 2023-24' }),
});
const SinceSchema = z.object({
  since: z.string().max(400).default('0').refine((s) => decodeCursor(s) !== null, { error: 'must be 0 or the cursor from the last answer' }),
});
const SnapshotIdSchema = z.uuid({ error: 'must be a snapshot id' });

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw apiError(400, 'invalid_request', 'body: is not valid JSON', [{ path: 'body', message: 'is not valid JSON' }]);
  }
}

/**
 * Plan routes: read, push, changes, snapshots, diff. The trust in the URL is checked against the token;
 * nothing about who or where is ever taken from the body.
 */
export function planRoutes(store: PlanStore, clock: () => Date) {
  const app = new Hono<AuthEnv>();

  async function plan(c: Context<AuthEnv>, access: 'read' | 'write'): Promise<PlanKey> {
    const key = parseOr400(PlanParamsSchema, c.req.param(), 'path');
    const principal = c.get('principal');
    const trust = await store.getTrust(key.trust);
    if (!trust) {
      // Don't tell outsiders which trusts exist: the same 403 as any other trust not theirs.
      if (principal.role !== 'admin' && principal.trust !== key.trust) throw apiError(403, 'forbidden', `You do not have access to ${key.trust}'s plans.`);
      throw apiError(404, 'not_found', `No trust with code ${key.trust} is registered.`);
    }
    if (access === 'write' && !canWrite(principal, key.trust)) {
      const why = principal.role === 'editor' ? `You can only change plans of your own trust (${principal.trust ?? 'none'}).` : `Your role (${principal.role}) can read plans but not change them.`;
      throw apiError(403, 'forbidden', why);
    }
    if (!canRead(principal, key.trust, trust.region)) throw apiError(403, 'forbidden', `You do not have access to ${key.trust}'s plans.`);
    return key;
  }
  const who = (c: Context<AuthEnv>) => ({ by: c.get('principal').name || c.get('principal').sub, sub: c.get('principal').sub, at: clock().toISOString() });

  app.get('/:trust/plans/:standard/:period', async (c) => c.json(await store.readPlan(await plan(c, 'read'))));

  app.post('/:trust/plans/:standard/:period/push', async (c) => {
    const key = await plan(c, 'write');
    const body = parseOr400(PushRequestSchema, await readJson(c), 'body');
    try {
      return c.json(await store.push(key, body, who(c)));
    } catch (error) {
      if (error instanceof PushIdReused) {
        throw apiError(422, 'push_id_reused', `pushId ${body.pushId} was already used for different changes. That first push stands; send these changes with a new pushId.`, [{ path: 'body.pushId', message: 'was already used for different changes' }]);
      }
      throw error;
    }
  });

  app.get('/:trust/plans/:standard/:period/changes', async (c) => {
    const key = await plan(c, 'read');
    const { since } = parseOr400(SinceSchema, c.req.query(), 'query');
    return c.json(await store.changes(key, since));
  });

  app.post('/:trust/plans/:standard/:period/snapshots', async (c) => {
    const key = await plan(c, 'write');
    const body = parseOr400(SnapshotRequestSchema, await readJson(c), 'body');
    const snapshot = await store.createSnapshot(key, body.label, who(c));
    return c.json({ snapshotId: snapshot.snapshotId, revision: snapshot.revision }, 201);
  });

  app.get('/:trust/plans/:standard/:period/snapshots/:snapshotId', async (c) => {
    const key = await plan(c, 'read');
    const id = parseOr400(SnapshotIdSchema, c.req.param('snapshotId'), 'path.snapshotId');
    const snapshot = await store.getSnapshot(key, id);
    if (!snapshot) throw apiError(404, 'not_found', 'No such snapshot for this plan.');
    return c.json(snapshot);
  });

  app.get('/:trust/plans/:standard/:period/diff', async (c) => {
    const key = await plan(c, 'read');
    const id = parseOr400(SnapshotIdSchema, c.req.query('from'), 'query.from');
    const diff = await store.diff(key, id);
    if (!diff) throw apiError(404, 'not_found', 'No such snapshot for this plan.');
    return c.json(diff);
  });

  return app;
}

export { readJson };
