import { Hono } from 'hono';
import { z } from 'zod';
import { PATH_PART_PATTERN } from '../../shared/sync';
import type { AuthEnv } from '../auth';
import { summariseRegion } from '../compare';
import { apiError, parseOr400 } from '../errors';
import type { PlanStore } from '../store';

const CompareQuerySchema = z.object({
  standard: z.enum(['WRES', 'WDES'], { error: 'must be WRES or WDES' }),
  period: z.string({ error: 'is required' }).regex(/^\d{4}-\d{2}$/, { error: 'must look like 2023-24' }),
  // A real calendar day: 2023-02-31 is refused, not rolled over into March.
  asAt: z.iso.date({ error: 'must be a real date like 2023-10-31' }).optional(),
});

/** Region comparison for regional leads (their own region) and admins: one read of the stored summaries. */
export function regionRoutes(store: PlanStore, clock: () => Date) {
  const app = new Hono<AuthEnv>();
  app.get('/:region/compare', async (c) => {
    const region = parseOr400(z.string().regex(PATH_PART_PATTERN, { error: 'must be a region code like Y60' }), c.req.param('region'), 'path.region').toUpperCase();
    const query = parseOr400(CompareQuerySchema, c.req.query(), 'query');
    const p = c.get('principal');
    if (!(p.role === 'admin' || (p.role === 'regional-lead' && p.region === region))) {
      throw apiError(403, 'forbidden', `Only the regional lead of ${region} can compare its trusts.`);
    }
    const [trusts, summaries] = await Promise.all([store.listTrusts(), store.listSummaries(query.standard, query.period)]);
    const asAt = query.asAt ? new Date(`${query.asAt}T00:00:00Z`) : clock();
    return c.json(summariseRegion({ region, standard: query.standard, period: query.period, asAt, trusts: trusts.filter((t) => t.region === region), summaries }));
  });
  return app;
}
