import { z } from 'zod';
import {
  ChangesResponseSchema, CompareResponseSchema, DevTokenRequestSchema, DiffResponseSchema, ErrorBodySchema, PlanResponseSchema,
  PushRequestSchema, PushResponseSchema, SnapshotCreatedSchema, SnapshotRequestSchema, SnapshotResponseSchema, TrustSchema,
} from '../shared/sync';

const json = (schema: z.ZodType) => ({ 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } });
const ok = (schema: z.ZodType, description = 'OK') => ({ description, content: json(schema) });
const errors = {
  '400': { description: 'Bad request: the error names the offending field path', content: json(ErrorBodySchema) },
  '401': { description: 'Missing, forged or expired token', content: json(ErrorBodySchema) },
  '403': { description: 'Wrong trust, region or role', content: json(ErrorBodySchema) },
  '413': { description: 'Body too large', content: json(ErrorBodySchema) },
  '422': { description: 'The same pushId was already used for different changes', content: json(ErrorBodySchema) },
  '503': { description: 'Storage or the identity provider unavailable; retry after the Retry-After seconds (a push sent again is applied once)', content: json(ErrorBodySchema) },
};
const planParams = [
  { name: 'trust', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9-]{1,40}$' }, description: 'ODS code, e.g. RXT' },
  { name: 'standard', in: 'path', required: true, schema: { type: 'string', enum: ['WRES', 'WDES'] } },
  { name: 'period', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, description: 'e.g. 2023-24' },
];
const plan = '/v1/trusts/{trust}/plans/{standard}/{period}';
const secured = { security: [{ bearer: [] }] };

/**
 * The OpenAPI 3.1 description of the service, built from the same zod schemas that validate requests.
 *
 * @example
 * app.get('/v1/openapi.json', (c) => c.json(buildOpenApi()));
 */
export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: { title: 'WRES/WDES action plan sync service', version: '1.0.0', description: 'Merges edits to NHS trusts\' equality action plans from many editors and trusts, keeps who changed what, and compares plans across a region.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths: {
      '/v1/sign-in': { get: { summary: 'How the pane signs in: { devLogin, naa: { clientId, authority, scopes } | null } (public, no secrets)', responses: { '200': { description: 'sign-in options' } } } },
      '/v1/health': { get: { summary: 'Health: ok once storage answers', responses: { '200': { description: 'ok' }, '503': errors['503'] } } },
      '/v1/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI document' } } } },
      '/v1/dev/token': { post: { summary: 'Dev sign-in (only when SYNC_DEV_LOGIN is on; never in production)', requestBody: { content: json(DevTokenRequestSchema) }, responses: { '200': { description: '{ token }' }, ...errors } } },
      '/v1/trusts': { get: { ...secured, summary: 'Trust directory', responses: { '200': { description: '{ trusts }' }, ...errors } } },
      '/v1/trusts/{trust}': { put: { ...secured, summary: 'Add or change a trust (admin)', parameters: [planParams[0]], requestBody: { content: json(TrustSchema) }, responses: { '200': { description: 'The trust' }, ...errors } } },
      [plan]: { get: { ...secured, summary: 'Read a plan', parameters: planParams, responses: { '200': ok(PlanResponseSchema), ...errors } } },
      [`${plan}/push`]: { post: { ...secured, summary: 'Push changes (per-field three-way merge; a repeated pushId returns the first answer)', parameters: planParams, requestBody: { content: json(PushRequestSchema) }, responses: { '200': ok(PushResponseSchema), ...errors } } },
      [`${plan}/changes`]: { get: { ...secured, summary: 'Audit trail / changes after a cursor, one page at a time (follow `cursor` while `more`; `reset` means start again from the beginning)', parameters: [...planParams, { name: 'since', in: 'query', schema: { type: 'string', default: '0' }, description: '0, or the cursor of the previous answer' }], responses: { '200': ok(ChangesResponseSchema), ...errors } } },
      [`${plan}/snapshots`]: { post: { ...secured, summary: 'Snapshot (e.g. board approval)', parameters: planParams, requestBody: { content: json(SnapshotRequestSchema) }, responses: { '201': ok(SnapshotCreatedSchema, 'Created'), ...errors } } },
      [`${plan}/snapshots/{snapshotId}`]: { get: { ...secured, summary: 'The frozen rows of a snapshot', parameters: [...planParams, { name: 'snapshotId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { '200': ok(SnapshotResponseSchema), ...errors } } },
      [`${plan}/diff`]: { get: { ...secured, summary: 'What changed since a snapshot', parameters: [...planParams, { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { '200': ok(DiffResponseSchema), ...errors } } },
      '/v1/regions/{region}/compare': { get: { ...secured, summary: 'Compare the plans of a region\'s trusts (regional lead or admin)', parameters: [{ name: 'region', in: 'path', required: true, schema: { type: 'string' } }, { name: 'standard', in: 'query', required: true, schema: { type: 'string', enum: ['WRES', 'WDES'] } }, { name: 'period', in: 'query', required: true, schema: { type: 'string' } }, { name: 'asAt', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { '200': ok(CompareResponseSchema), ...errors } } },
    },
  };
}
