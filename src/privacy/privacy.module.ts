import type { FeatureModule } from '../shared/module';
import { ErasureResolver } from './erasure.resolver';

/** The privacy feature as the application sees it: see src/modules.ts. */
export const privacyModule: FeatureModule = {
  name: 'privacy',
  entities: [],
  resolvers: [ErasureResolver],
};
