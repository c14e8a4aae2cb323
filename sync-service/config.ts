import { z } from 'zod';

/**
 * The service's whole configuration, read once from the environment at start-up and validated.
 * Nothing else reads process.env: a misconfigured deployment fails at start with a named setting.
 */
export const ConfigSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(7071),
    tablesConnectionString: z.string().min(1).optional(),
    /** With a Table endpoint URL instead of a connection string, DefaultAzureCredential (managed identity) is used. */
    tablesEndpoint: z.url().optional(),
    tableNamePrefix: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/).default('equality'),
    devSecret: z.string().min(16, { error: 'SYNC_DEV_SECRET must be at least 16 characters' }).optional(),
    devLogin: z.boolean().default(false),
    authIssuer: z.string().optional(),
    authAudience: z.string().optional(),
    authJwksUrl: z.url().optional(),
    claims: z
      .object({ sub: z.string(), name: z.string(), trust: z.string(), role: z.string(), region: z.string() })
      .default({ sub: 'sub', name: 'name', trust: 'trust', role: 'role', region: 'region' }),
    /** The add-in's Entra app (Nested App Authentication), published to the pane at GET /v1/sign-in. */
    addinClientId: z.string().min(1).optional(),
    addinAuthority: z.url().optional(),
    addinScopes: z.array(z.string()).default([]),
    maxBodyBytes: z.coerce.number().int().positive().default(4 * 1024 * 1024),
    corsOrigins: z.array(z.string()).default([]),
  })
  .superRefine((c, ctx) => {
    if (!c.devSecret && !c.authJwksUrl) ctx.addIssue({ code: 'custom', path: ['authJwksUrl'], message: 'set AUTH_JWKS_URL (Entra ID) or SYNC_DEV_SECRET (dev tokens): every request must be authenticated' });
    if (c.authJwksUrl && (!c.authIssuer || !c.authAudience)) ctx.addIssue({ code: 'custom', path: ['authIssuer'], message: 'AUTH_ISSUER and AUTH_AUDIENCE are required with AUTH_JWKS_URL' });
    if (c.devLogin && !c.devSecret) ctx.addIssue({ code: 'custom', path: ['devLogin'], message: 'SYNC_DEV_LOGIN needs SYNC_DEV_SECRET' });
  });
export type Config = z.infer<typeof ConfigSchema>;

/**
 * Builds the config from environment variables (the only place that reads them).
 *
 * @example
 * const config = loadConfig(process.env); // throws a readable error naming the bad setting
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
  const parsed = ConfigSchema.safeParse({
    port: env.PORT,
    tablesConnectionString: env.TABLES_CONNECTION_STRING || undefined,
    tablesEndpoint: env.TABLES_ENDPOINT || undefined,
    tableNamePrefix: env.TABLE_NAME_PREFIX || undefined,
    devSecret: env.SYNC_DEV_SECRET || undefined,
    devLogin: env.SYNC_DEV_LOGIN === '1' || env.SYNC_DEV_LOGIN === 'true',
    authIssuer: env.AUTH_ISSUER || undefined,
    authAudience: env.AUTH_AUDIENCE || undefined,
    authJwksUrl: env.AUTH_JWKS_URL || undefined,
    claims: env.AUTH_CLAIMS ? JSON.parse(env.AUTH_CLAIMS) : undefined,
    addinClientId: env.ADDIN_CLIENT_ID || undefined,
    addinAuthority: env.ADDIN_AUTHORITY || undefined,
    addinScopes: list(env.ADDIN_SCOPES),
    maxBodyBytes: env.MAX_BODY_BYTES || undefined,
    corsOrigins: list(env.CORS_ORIGINS),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
    throw new Error(`Invalid configuration — ${lines.join('; ')}`);
  }
  return parsed.data;
}
