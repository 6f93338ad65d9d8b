import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../shared/loaders';
import { Place } from './place.entity';

/** The places feature's DataLoaders of one request. */
export function createPlaceLoaders(em: EntityManager) {
  return {
    placeById: byIdLoader(em, Place),
  };
}

/** The loaders this feature adds to every request's context. */
export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends PlaceLoaders {}
}
