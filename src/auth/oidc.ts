import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { OidcConfig } from '../config';
import { InvalidTokenError } from './tokens';

/** The only signature algorithms accepted from the external issuer. */
export type OidcAlgorithm = 'RS256' | 'ES256';

interface SigningKey {
  key: KeyObject;
  algorithm: OidcAlgorithm;
}

/** The issuer's configuration or keys could not be fetched; the token cannot be checked now. */
export class IssuerUnavailableError extends Error {}

/** Fetches a URL and parses its JSON body; replaced in unit tests. */
export type FetchJson = (url: string) => Promise<unknown>;

const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(5000),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new IssuerUnavailableError(`${url} answered ${response.status}`);
  return response.json();
};

function toSigningKey(jwk: Record<string, unknown>): SigningKey | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return null;
  const algorithm: OidcAlgorithm | null =
    jwk.kty === 'RSA' ? 'RS256' : jwk.kty === 'EC' && jwk.crv === 'P-256' ? 'ES256' : null;
  if (!algorithm || (jwk.alg !== undefined && jwk.alg !== algorithm)) return null;
  try {
    return { key: createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }), algorithm };
  } catch {
    return null;
  }
}

/**
 * The issuer's signing keys (its JWKS), fetched on first use and cached. They are fetched again when older
 * than `jwksCacheSeconds`, and when a token names a key id we do not know (the issuer rotated its keys) - but
 * then at most once per `jwksCooldownSeconds`, so that tokens with made-up key ids cannot make us hammer the
 * issuer. Concurrent refreshes share one fetch.
 */
export class JwksKeyStore {
  private keys = new Map<string, SigningKey>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private forcedAt = Number.NEGATIVE_INFINITY;
  private jwksUrl: string | null;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly config: OidcConfig,
    private readonly fetch: FetchJson = fetchJson,
    private readonly now: () => number = Date.now,
  ) {
    this.jwksUrl = config.jwksUrl;
  }

  /** The key with this id (or the only key, for a token without `kid`); undefined when the issuer has none. */
  async key(kid: string | undefined): Promise<SigningKey | undefined> {
    if (this.now() - this.fetchedAt > this.config.jwksCacheSeconds * 1000) {
      try {
        await this.refresh();
      } catch (error) {
        // Keys we already have stay good while the issuer is briefly unreachable.
        if (this.keys.size === 0) throw error;
      }
    }
    let found = this.lookup(kid);
    if (!found && this.now() - this.forcedAt >= this.config.jwksCooldownSeconds * 1000) {
      this.forcedAt = this.now();
      await this.refresh();
      found = this.lookup(kid);
    }
    return found;
  }

  private lookup(kid: string | undefined): SigningKey | undefined {
    if (kid !== undefined) return this.keys.get(kid);
    return this.keys.size === 1 ? [...this.keys.values()][0] : undefined;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    try {
      this.jwksUrl ??= await this.discover();
      const body = (await this.fetch(this.jwksUrl)) as { keys?: unknown };
      if (!Array.isArray(body?.keys)) throw new IssuerUnavailableError('The JWKS has no "keys" array.');
      const keys = new Map<string, SigningKey>();
      for (const jwk of body.keys as Record<string, unknown>[]) {
        const key = jwk && typeof jwk === 'object' ? toSigningKey(jwk) : null;
        if (key) keys.set(typeof jwk.kid === 'string' ? jwk.kid : '', key);
      }
      this.keys = keys;
      this.fetchedAt = this.now();
    } catch (error) {
      if (error instanceof IssuerUnavailableError) throw error;
      throw new IssuerUnavailableError(error instanceof Error ? error.message : String(error));
    }
  }

  private async discover(): Promise<string> {
    const base = this.config.issuer.replace(/\/+$/, '');
    const document = (await this.fetch(`${base}/.well-known/openid-configuration`)) as Record<
      string,
      unknown
    >;
    if (document?.issuer !== this.config.issuer) {
      throw new IssuerUnavailableError('The openid-configuration names another issuer.');
    }
    if (typeof document.jwks_uri !== 'string') {
      throw new IssuerUnavailableError('The openid-configuration has no jwks_uri.');
    }
    return document.jwks_uri;
  }
}

/** Who an external token is about; the user record decides what they may do. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
}

/** Reads a JWT's `iss` without checking anything, to pick the verifier. */
export function unverifiedIssuer(token: string): string | undefined {
  const payload = jwt.decode(token, { json: true });
  return typeof payload?.iss === 'string' ? payload.iss : undefined;
}

function reason(error: unknown): string {
  if (error instanceof jwt.TokenExpiredError) return 'The token has expired.';
  if (error instanceof jwt.NotBeforeError) return 'The token is not valid yet.';
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('jwt audience invalid')) return 'The token is meant for another audience.';
  if (message.startsWith('jwt issuer invalid')) return 'The token is from another issuer.';
  if (message === 'invalid signature') return 'The token signature is not valid.';
  return 'The token is malformed.';
}

/**
 * Verifies a token of the external issuer: RS256 or ES256 with one of its published keys, its issuer, this
 * API's audience and the expiry (30 seconds of clock skew allowed). Throws {@link InvalidTokenError} with a
 * safe reason, or {@link IssuerUnavailableError} when the keys cannot be fetched.
 */
export async function verifyOidcToken(
  config: OidcConfig,
  keys: JwksKeyStore,
  token: string,
): Promise<OidcIdentity> {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw new InvalidTokenError('The token is malformed.');
  const { alg, kid } = decoded.header;
  if (alg !== 'RS256' && alg !== 'ES256') {
    throw new InvalidTokenError('Tokens of the identity provider must be signed with RS256 or ES256.');
  }
  const key = await keys.key(kid);
  if (!key || key.algorithm !== alg) {
    throw new InvalidTokenError('The token is signed with a key the identity provider does not publish.');
  }
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(token, key.key, {
      algorithms: [alg],
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: 30,
    }) as jwt.JwtPayload;
  } catch (error) {
    throw new InvalidTokenError(reason(error));
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') {
    throw new InvalidTokenError('The token has no subject.');
  }
  if (typeof claims.exp !== 'number') throw new InvalidTokenError('The token has no expiry.');
  return { issuer: config.issuer, subject: claims.sub };
}
