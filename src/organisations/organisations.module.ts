import type { FeatureModule } from '../shared/module';
import { ViewerOrganisationResolver } from './viewer-organisation.resolver';
import { publicNode } from '../auth';
import { Organisation } from './organisation.entity';
import { OrganisationOwnedEntity, TenantEntity } from './tenant.entity';
import { OrganisationResolver } from './organisation.resolver';
import { createOrganisationLoaders } from './organisation.loaders';

/** The organisations feature as the application sees it: see src/modules.ts. */
export const organisationsModule: FeatureModule = {
  name: 'organisations',
  entities: [OrganisationOwnedEntity, TenantEntity, Organisation],
  resolvers: [ViewerOrganisationResolver, OrganisationResolver],
  loaders: createOrganisationLoaders,
  nodes: [publicNode(Organisation)],
};
