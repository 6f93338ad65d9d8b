import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { isId } from '../shared/ids';
import { Role, type Viewer } from './viewer';

const ISSUER = 'meedoen-local';
const ROLES = new Set<string>(Object.values(Role));

/** Why a presented token was refused; never includes the token itself. */
export class InvalidTokenError extends Error {}

/** Roles that act for one organisation and so need `org` in their token. */
export function roleNeedsOrganisation(role: Role): boolean {
  return (
    role === Role.ORG_STAFF || role === Role.FUNDER || role === Role.COOP_STAFF || role === Role.EMPLOYER
  );
}

/** Signs a local token (HS256) for a viewer; `expiresIn` in seconds. */
export function signToken(secret: string, viewer: Viewer, expiresIn = 60 * 60 * 24 * 30): string {
  return jwt.sign(
    { role: viewer.role, org: viewer.organisationId ?? undefined, member: viewer.memberId ?? undefined },
    secret,
    { algorithm: 'HS256', subject: viewer.subject, issuer: ISSUER, expiresIn },
  );
}

/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries to parse it as a public key on
 * every verification and builds an exception when that fails (about 1.5 ms of CPU per request, see BENCHMARKS.md).
 */
let cachedKey: { secret: string; key: KeyObject } | null = null;
function secretKey(secret: string): KeyObject {
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return cachedKey.key;
}

/** Longest a token may live unless configured otherwise (`TOKEN_MAX_LIFETIME_DAYS`): 31 days, in seconds. */
export const DEFAULT_MAX_TOKEN_LIFETIME = 31 * 24 * 60 * 60;

/**
 * A token must say when it expires (`exp`), and that moment may lie at most `maxLifetime` seconds ahead (and at
 * most that long after `iat`, when given): a leaked token without expiry, or one that runs for centuries, is
 * refused. Shared by local and OpenID Connect tokens.
 */
export function assertLifetime(claims: jwt.JwtPayload, maxLifetime: number, now = Date.now() / 1000): void {
  if (typeof claims.exp !== 'number') throw new InvalidTokenError('The token has no expiry (exp).');
  const tooLong =
    claims.exp - now > maxLifetime + 60 ||
    (typeof claims.iat === 'number' && claims.exp - claims.iat > maxLifetime + 60);
  if (tooLong) {
    throw new InvalidTokenError(
      `The token lives longer than this server accepts (at most ${Math.floor(maxLifetime / 86400)} days).`,
    );
  }
}

/** Verifies a token and turns its claims into a viewer; throws {@link InvalidTokenError} with a safe reason. */
export function verifyToken(secret: string, token: string, maxLifetime = DEFAULT_MAX_TOKEN_LIFETIME): Viewer {
  let claims: jwt.JwtPayload;
  try {
    const decoded = jwt.verify(token, secretKey(secret), { algorithms: ['HS256'], issuer: ISSUER });
    if (typeof decoded === 'string') throw new InvalidTokenError('The token has no claims.');
    claims = decoded;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new InvalidTokenError('The token has expired.');
    if (error instanceof InvalidTokenError) throw error;
    throw new InvalidTokenError('The token is malformed or not signed by this server.');
  }
  assertLifetime(claims, maxLifetime);
  const role = claims.role;
  if (typeof role !== 'string' || !ROLES.has(role) || typeof claims.sub !== 'string') {
    throw new InvalidTokenError('The token does not name a known role.');
  }
  const organisationId = typeof claims.org === 'string' && isId(claims.org) ? claims.org : null;
  const memberId = typeof claims.member === 'string' && isId(claims.member) ? claims.member : null;
  if (roleNeedsOrganisation(role as Role) && !organisationId) {
    throw new InvalidTokenError(`A ${role} token must name its organisation.`);
  }
  if (role === Role.MEMBER && !memberId) throw new InvalidTokenError('A MEMBER token must name its member.');
  return { subject: claims.sub, role: role as Role, organisationId, memberId };
}

/** Reads `Authorization: Bearer <token>`; `undefined` when the header is absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new InvalidTokenError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
