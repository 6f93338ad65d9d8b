import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { createCooperativeLoaders } from './cooperatives/cooperatives.loaders';
import { createAttendanceLoaders } from './attendance/attendance.loaders';
import { createEnrolmentLoaders } from './enrolments/enrolment.loaders';
import { createFundingLoaders } from './funding/funding.loaders';
import { Municipality } from './municipalities/municipality.entity';
import { Organisation } from './organisations/organisation.entity';
import { createParticipantLoaders } from './participants/participant.loaders';
import { Place } from './places/place.entity';
import { createSchedulingLoaders } from './scheduling/scheduling.loaders';
import { byIdLoader, groupBy } from './shared/loaders';
import { Workshop } from './workshops/workshop.entity';

/** The DataLoaders of one request, all on that request's EntityManager. */
export function createLoaders(em: EntityManager) {
  return {
    ...createCooperativeLoaders(em),
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
    ...createParticipantLoaders(em),
    ...createEnrolmentLoaders(em),
    ...createSchedulingLoaders(em),
    ...createAttendanceLoaders(em),
    ...createFundingLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
