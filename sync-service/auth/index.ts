import { createMiddleware } from 'hono/factory';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '../../shared/sync';
import type { Config } from '../config';
import { apiError } from '../errors';

/** Who is calling, as the token says. `trust` is an ODS code; `region` an NHS England region code. */
export interface Principal {
  sub: string;
  name: string;
  trust: string | null;
  role: Role;
  region: string | null;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export interface VerifierOptions {
  /** Injected key set (tests); production builds one from AUTH_JWKS_URL. */
  jwks?: JWTVerifyGetKey;
}

const asString = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);

/** Dev tokens live at most this long: a leaked one stops working the same day. */
export const DEV_TOKEN_MAX_SECONDS = 12 * 60 * 60;
/** How long the service waits for the identity provider's key set before answering 503. */
const JWKS_TIMEOUT_MS = 3_000;

/**
 * True when verification failed because the identity provider could not be asked (network, timeout, its own
 * error), not because of the token: the user should try again later, not sign in again.
 */
function isProviderUnreachable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWKS_TIMEOUT') return true;
  // jose's errors all carry an ERR_J… code; anything else (fetch failed, DNS, reset) is the network.
  if (typeof code !== 'string' || !code.startsWith('ERR_J')) return !(error instanceof Error && 'res' in error);
  return code === 'ERR_JOSE_GENERIC' && /JSON Web Key Set HTTP response/i.test((error as Error).message);
}

/**
 * Builds the token verifier from config: HS256 dev tokens signed with SYNC_DEV_SECRET and/or
 * Entra ID tokens checked against the tenant's JWKS (issuer, audience, expiry), claims mapped by config.
 *
 * @example
 * const verify = createVerifier(config);
 * const principal = await verify(token); // throws a 401 HTTPException when the token is not good
 */
export function createVerifier(config: Config, options: VerifierOptions = {}): TokenVerifier {
  const devKey = config.devSecret ? new TextEncoder().encode(config.devSecret) : null;
  const jwks = options.jwks ?? (config.authJwksUrl ? createRemoteJWKSet(new URL(config.authJwksUrl), { timeoutDuration: JWKS_TIMEOUT_MS }) : null);

  const toPrincipal = (payload: JWTPayload, map: Config['claims']): Principal => {
    const rawRole = payload[map.role];
    const roles = Array.isArray(rawRole) ? rawRole : [rawRole];
    const role = roles.find((r): r is Role => ROLES.includes(r as Role));
    const sub = asString(payload[map.sub]);
    if (!sub || !role) throw apiError(401, 'unauthenticated', 'Your sign-in does not say who you are or what your role is. Sign in again.');
    return {
      sub,
      name: asString(payload[map.name]) ?? sub,
      trust: asString(payload[map.trust])?.toUpperCase() ?? null,
      role,
      region: asString(payload[map.region])?.toUpperCase() ?? null,
    };
  };

  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw apiError(401, 'unauthenticated', 'The sign-in token is not readable. Sign in again.');
    }
    try {
      if (alg === 'HS256' && devKey) {
        const { payload } = await jwtVerify(token, devKey, { algorithms: ['HS256'], requiredClaims: ['exp', 'iat'], maxTokenAge: DEV_TOKEN_MAX_SECONDS });
        // A token that says it lasts years is refused even while young: exp - iat is capped too.
        if (payload.exp! - payload.iat! > DEV_TOKEN_MAX_SECONDS) throw apiError(401, 'unauthenticated', 'This dev token is valid for too long (at most 12 hours). Sign in again.');
        return toPrincipal(payload, { sub: 'sub', name: 'name', trust: 'trust', role: 'role', region: 'region' });
      }
      if (jwks && alg && alg !== 'none' && !alg.startsWith('HS')) {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: config.authIssuer,
          audience: config.authAudience,
          algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
          requiredClaims: ['exp'],
        });
        return toPrincipal(payload, config.claims);
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_JWT_EXPIRED') throw apiError(401, 'token_expired', 'Your sign-in has expired. Sign in again.');
      if (error instanceof Error && 'res' in error) throw error;
      if (isProviderUnreachable(error)) {
        throw apiError(503, 'identity_unavailable', 'The sign-in service (Microsoft Entra ID) is not answering right now, so your sign-in cannot be checked. Nothing was changed; try again in a minute.', undefined, { 'retry-after': '30' });
      }
      throw apiError(401, 'unauthenticated', 'The sign-in token could not be verified. Sign in again.');
    }
    throw apiError(401, 'unauthenticated', 'This kind of sign-in token is not accepted here.');
  };
}

/**
 * Signs a dev token (HS256) with exactly the principal's claim names. For local use only.
 *
 * @example
 * const token = await signDevToken('a-long-dev-secret-value', { sub: 'alice', trust: 'RXT', role: 'editor' });
 */
export async function signDevToken(secret: string, claims: { sub: string; name?: string; trust?: string; role: Role; region?: string }, expiresIn = '8h'): Promise<string> {
  return new SignJWT({ ...claims, name: claims.name ?? claims.sub })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

export type AuthEnv = { Variables: { principal: Principal } };

/**
 * Hono middleware: requires `Authorization: Bearer <JWT>` and puts the principal on the context.
 *
 * @example
 * v1.use('/trusts/*', requireAuth(verify));
 */
export function requireAuth(verify: TokenVerifier) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw apiError(401, 'unauthenticated', 'Sign in first: this request has no sign-in token.', undefined, { 'www-authenticate': 'Bearer' });
    c.set('principal', await verify(match[1]));
    await next();
  });
}

/**
 * Whether the principal may read a trust's plans: its own editors and viewers, the regional lead of
 * the trust's region, and admins.
 *
 * @example
 * canRead({ role: 'regional-lead', region: 'Y60', ... }, 'RXT', 'Y60'); // true
 */
export function canRead(p: Principal, trust: string, trustRegion: string | null): boolean {
  if (p.role === 'admin') return true;
  if (p.role === 'regional-lead') return trustRegion !== null && p.region === trustRegion;
  return p.trust === trust;
}

/** Only a trust's own editors write its plans; regional leads and viewers never write. */
export function canWrite(p: Principal, trust: string): boolean {
  return p.role === 'editor' && p.trust === trust;
}
