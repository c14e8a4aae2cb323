import { Hono } from 'hono';
import { z } from 'zod';
import { PATH_PART_PATTERN, TrustSchema } from '../../shared/sync';
import type { AuthEnv } from '../auth';
import { apiError, parseOr400 } from '../errors';
import type { PlanStore } from '../store';
import { readJson } from './plans';

/** The trust directory: ODS code → name → region. Anyone signed in reads it; admins add or change entries. */
export function trustRoutes(store: PlanStore) {
  const app = new Hono<AuthEnv>();
  app.get('/', async (c) => c.json({ trusts: await store.listTrusts() }));
  app.put('/:trust', async (c) => {
    if (c.get('principal').role !== 'admin') throw apiError(403, 'forbidden', 'Only an admin can change the trust directory.');
    const code = parseOr400(z.string().regex(PATH_PART_PATTERN, { error: 'must be an ODS code (letters and digits)' }), c.req.param('trust'), 'path.trust').toUpperCase();
    const body = parseOr400(TrustSchema, await readJson(c), 'body');
    const trust = { code, name: body.name, region: body.region.toUpperCase() };
    await store.putTrust(trust);
    return c.json(trust);
  });
  return app;
}
