import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../shared/loaders';
import { Municipality } from './municipality.entity';

/** The municipalities feature's DataLoaders of one request. */
export function createMunicipalityLoaders(em: EntityManager) {
  return {
    municipalityById: byIdLoader(em, Municipality),
  };
}

/** The loaders this feature adds to every request's context. */
export type MunicipalityLoaders = ReturnType<typeof createMunicipalityLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends MunicipalityLoaders {}
}
