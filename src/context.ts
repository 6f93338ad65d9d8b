import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, SignInSettings, Viewer } from './auth';
import { createLoaders } from './modules';
import type { Logger } from './shared/logger';

/** A request's context: a fresh EntityManager fork and that fork's loaders of every feature. */
export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  logger: Logger,
  signIn: SignInSettings,
): Context {
  const forked = em.fork();
  return { em: forked, viewer, loaders: createLoaders(forked), requestId, logger, signIn };
}
