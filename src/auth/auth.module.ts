import type { FeatureModule } from '../shared/module';
import { ViewerResolver } from './viewer.resolver';

/** The auth feature as the application sees it: see src/modules.ts. */
export const authModule: FeatureModule = {
  name: 'auth',
  entities: [],
  resolvers: [ViewerResolver],
};
