import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../shared/logger';
import { unauthenticated } from '../shared/errors';
import type { Viewer } from './viewer';

/**
 * The per-request DataLoaders. Empty here: each feature adds its own loaders to this interface from its
 * `<feature>.loaders.ts` (`declare module '../auth/context'`), and `src/modules.ts` builds them per request.
 * So the context knows no feature, and features depend on `auth` only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

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
}

/** The viewer of a request that `@Authorized` already let through. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
