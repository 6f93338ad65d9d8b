import type { FeatureModule } from '../shared/module';
import { publicNode } from '../auth';
import { Municipality } from './municipality.entity';
import { MunicipalityResolver } from './municipality.resolver';
import { createMunicipalityLoaders } from './municipality.loaders';

/** The municipalities feature as the application sees it: see src/modules.ts. */
export const municipalitiesModule: FeatureModule = {
  name: 'municipalities',
  entities: [Municipality],
  resolvers: [MunicipalityResolver],
  loaders: createMunicipalityLoaders,
  nodes: [publicNode(Municipality)],
};
