/**
 * Token makers for the attack tests: good dev tokens, and the bad ones an attacker would try.
 * Written with jose directly (not the service's own helper) so a bug there cannot hide here.
 */
import { SignJWT } from 'jose';

export type Role = 'editor' | 'viewer' | 'regional-lead' | 'admin';

export interface PrincipalClaims {
  sub: string;
  name?: string;
  trust?: string;
  role: Role;
  region?: string;
}

/**
 * Signs an HS256 dev token with the given secret; `expiresIn` is seconds from `now` (negative = already expired).
 *
 * @example
 * const token = await signToken('dev-secret', { sub: 'alice', trust: 'RXT', role: 'editor' });
 */
export async function signToken(
  secret: string,
  claims: PrincipalClaims,
  options: { now?: Date; expiresIn?: number } = {},
): Promise<string> {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const expiresIn = options.expiresIn ?? 3600;
  return new SignJWT({ name: claims.sub, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now - 10)
    .setNotBefore(now - 10)
    .setExpirationTime(now + expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/**
 * An unsigned token (`alg: none`) carrying the given claims: the classic bypass attempt.
 *
 * @example
 * const token = unsignedToken({ sub: 'mallory', trust: 'RXT', role: 'admin' });
 */
export function unsignedToken(claims: PrincipalClaims, now = new Date()): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const seconds = Math.floor(now.getTime() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ name: claims.sub, ...claims, iat: seconds, exp: seconds + 3600 })}.`;
}

/**
 * Re-signs a valid token's header and payload with the payload changed but the old signature kept:
 * a tampered token (e.g. an editor promoting themselves to admin).
 *
 * @example
 * const tampered = tamperToken(goodToken, { role: 'admin' });
 */
export function tamperToken(token: string, changes: Partial<PrincipalClaims>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const forged = Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url');
  return `${header}.${forged}.${signature}`;
}
