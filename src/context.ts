import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { createLoaders, type Loaders } from './loaders';
import type { Logger } from './shared/logger';
import { unauthenticated } from './shared/errors';

/** Everything one request needs; created per request and passed first to every service function. */
export interface Context {
  /** A fork of the ORM's EntityManager, private to this request. */
  em: EntityManager;
  /** Who is asking, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Per-request DataLoaders, so a list of N items never costs N queries. */
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** The process configuration (for the few resolvers that depend on it, such as the sign-in options). */
  config: Config;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  logger: Logger,
  config: Config,
): Context {
  const forked = em.fork();
  return { em: forked, viewer, loaders: createLoaders(forked), requestId, logger, config };
}

/** The viewer of a request that `@Authorized` already let through. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
