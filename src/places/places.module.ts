import type { FeatureModule } from '../shared/module';
import { foundNode } from '../auth';
import { findPlace } from './place.service';
import { Place } from './place.entity';
import { PlaceResolver } from './place.resolver';
import { createPlaceLoaders } from './place.loaders';

/** The places feature as the application sees it: see src/modules.ts. */
export const placesModule: FeatureModule = {
  name: 'places',
  entities: [Place],
  resolvers: [PlaceResolver],
  loaders: createPlaceLoaders,
  nodes: [foundNode(Place, findPlace)],
};
