import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../shared/loaders';
import { Organisation } from './organisation.entity';

/** The organisations feature's DataLoaders of one request. */
export function createOrganisationLoaders(em: EntityManager) {
  return {
    organisationById: byIdLoader(em, Organisation),
  };
}

/** The loaders this feature adds to every request's context. */
export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends OrganisationLoaders {}
}
