import type { IncomingMessage } from 'node:http';
import {
  type Authentication,
  type Authenticator,
  bearerToken,
  type Context,
  InvalidTokenError,
  IssuerUnavailableError,
  type OidcIdentity,
  principalOf,
} from '../auth';
import { unauthenticated } from '../shared/errors';
import { type Logger, safeErrorDetail } from '../shared/logger';

/** What the server knows of a request before it runs: who (as far as the token says) and from where. */
export interface RequestOrigin {
  /** Rate-limit key of the token's subject; null without a token. */
  principal: string | null;
  /** Client address: the socket's peer, or behind a trusted proxy the last X-Forwarded-For entry. */
  ip: string;
  /** An external token's subject, to be mapped to a viewer once the query passed the limits. */
  identity: OidcIdentity | null;
}

// Apollo hands plugins a shallow copy of the context, so the origin travels in it under a private key.
const ORIGIN = Symbol('request origin');
type WithOrigin = Context & { [ORIGIN]?: RequestOrigin };

/** The origin stored in a request's context by {@link withOrigin}. */
export function originOf(context: Context): RequestOrigin | undefined {
  return (context as WithOrigin)[ORIGIN];
}

/** The context with its request's origin attached. */
export function withOrigin(context: Context, origin: RequestOrigin): Context {
  (context as WithOrigin)[ORIGIN] = origin;
  return context;
}

export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** A present but invalid token refuses the whole request (401), before anything runs. */
export async function authenticate(
  authenticator: Authenticator,
  logger: Logger,
  req: IncomingMessage,
  requestId: string,
): Promise<Authentication | null> {
  try {
    const token = bearerToken(req.headers.authorization);
    return token ? await authenticator.authenticate(token) : null;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    if (error instanceof IssuerUnavailableError) {
      logger.warn({ requestId, detail: safeErrorDetail(error.message) }, 'identity provider unavailable');
      throw unauthenticated(
        'The identity provider could not be reached to check the token; try again later.',
      );
    }
    throw error;
  }
}

/** The origin of an authenticated request. */
export function originFor(
  req: IncomingMessage,
  authentication: Authentication | null,
  trustProxy: boolean,
): RequestOrigin {
  return {
    principal: authentication ? principalOf(authentication) : null,
    ip: clientIp(req, trustProxy),
    identity: authentication?.kind === 'oidc' ? authentication.identity : null,
  };
}
