import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { Workshop } from './workshop.entity';

/** The workshops feature's DataLoaders of one request. */
export function createWorkshopLoaders(em: EntityManager) {
  return {
    workshopById: byIdLoader(em, Workshop),
    /** All workshops of each place (archived too), by name. */
    workshopsByPlaceId: new DataLoader<string, Workshop[]>(async (placeIds) => {
      const rows = await em.find(
        Workshop,
        { place: { $in: [...placeIds] } },
        { orderBy: { name: 'asc', id: 'asc' } },
      );
      return groupBy(placeIds, rows, (workshop) => workshop.place.id);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type WorkshopLoaders = ReturnType<typeof createWorkshopLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends WorkshopLoaders {}
}
