import jwt from 'jsonwebtoken';
import type { Config } from '../config';
import { type FetchJson, JwksKeyStore, type OidcIdentity, unverifiedIssuer, verifyOidcToken } from './oidc';
import { assertLifetime, DEFAULT_MAX_TOKEN_LIFETIME, verifyToken } from './tokens';
import type { Viewer } from './viewer';

/**
 * A verified bearer token: a local token names its viewer itself; an external one names a subject whose user
 * account is looked up later, after the query passed validation and rate limiting.
 */
export type Authentication = { kind: 'local'; viewer: Viewer } | { kind: 'oidc'; identity: OidcIdentity };

/**
 * Verifies bearer tokens: tokens whose `iss` is the configured OIDC issuer against its published keys, all
 * others as local tokens signed with JWT_SECRET. Throws InvalidTokenError (the client's fault) or
 * IssuerUnavailableError (the issuer's keys could not be fetched).
 */
export class Authenticator {
  private readonly keys: JwksKeyStore | null;

  constructor(
    private readonly config: Pick<Config, 'jwtSecret' | 'oidc'> & Partial<Pick<Config, 'maxTokenLifetime'>>,
    fetchJson?: FetchJson,
  ) {
    this.keys = config.oidc ? new JwksKeyStore(config.oidc, fetchJson) : null;
  }

  async authenticate(token: string): Promise<Authentication> {
    const { oidc } = this.config;
    const maxLifetime = this.config.maxTokenLifetime ?? DEFAULT_MAX_TOKEN_LIFETIME;
    if (oidc && this.keys && unverifiedIssuer(token) === oidc.issuer) {
      const identity = await verifyOidcToken(oidc, this.keys, token);
      // Verified above; read again only for its lifetime.
      assertLifetime(jwt.decode(token) as jwt.JwtPayload, maxLifetime);
      return { kind: 'oidc', identity };
    }
    return { kind: 'local', viewer: verifyToken(this.config.jwtSecret, token, maxLifetime) };
  }
}

/** The key a viewer's requests are rate-limited under: one bucket per token subject and issuer. */
export function principalOf(authentication: Authentication): string {
  return authentication.kind === 'local'
    ? `local:${authentication.viewer.subject}`
    : `oidc:${authentication.identity.subject}`;
}
