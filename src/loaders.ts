import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { createFundingLoaders } from './funding/funding.loaders';
import { Municipality } from './municipalities/municipality.entity';
import { Organisation } from './organisations/organisation.entity';
import { Place } from './places/place.entity';
import { byIdLoader, groupBy } from './shared/loaders';
import { Workshop } from './workshops/workshop.entity';

/** The DataLoaders of one request, all on that request's EntityManager. */
export function createLoaders(em: EntityManager) {
  return {
    municipalityById: byIdLoader(em, Municipality),
    organisationById: byIdLoader(em, Organisation),
    placeById: byIdLoader(em, Place),
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
    ...createFundingLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
