import type { FeatureModule } from '../shared/module';
import { Organisation } from './organisation.entity';
import { OrganisationOwnedEntity, TenantEntity } from './tenant.entity';
import { OrganisationResolver } from './organisation.resolver';
import { createOrganisationLoaders } from './organisation.loaders';

/** The organisations feature as the application sees it: see src/modules.ts. */
export const organisationsModule: FeatureModule = {
  name: 'organisations',
  entities: [OrganisationOwnedEntity, TenantEntity, Organisation],
  resolvers: [OrganisationResolver],
  loaders: createOrganisationLoaders,
};
