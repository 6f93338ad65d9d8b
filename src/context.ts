import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, SignInSettings, Viewer } from './auth';
import { createLoaders } from './modules';
import { type CorrectionWindows, DEFAULT_CORRECTION_WINDOWS } from './shared/corrections';
import type { Logger } from './shared/logger';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './shared/suppression';
import { DEFAULT_WRITE_BOUNDS, type WriteBounds } from './shared/write-bounds';

/** A request's context: a fresh EntityManager fork and that fork's loaders of every feature. */
export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  logger: Logger,
  signIn: SignInSettings,
  corrections: CorrectionWindows = DEFAULT_CORRECTION_WINDOWS,
  suppressionThreshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
  writeBounds: WriteBounds = DEFAULT_WRITE_BOUNDS,
): Context {
  const forked = em.fork();
  return {
    em: forked,
    viewer,
    loaders: createLoaders(forked),
    requestId,
    logger,
    signIn,
    corrections,
    suppressionThreshold,
    writeBounds,
  };
}
