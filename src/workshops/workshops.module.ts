import type { FeatureModule } from '../shared/module';
import { foundNode } from '../auth';
import { findWorkshop } from './workshop.service';
import { Workshop } from './workshop.entity';
import { WorkshopResolver } from './workshop.resolver';
import { PlaceWorkshopsResolver } from './place-workshops.resolver';
import { createWorkshopLoaders } from './workshop.loaders';

/** The workshops feature as the application sees it: see src/modules.ts. */
export const workshopsModule: FeatureModule = {
  name: 'workshops',
  entities: [Workshop],
  resolvers: [WorkshopResolver, PlaceWorkshopsResolver],
  loaders: createWorkshopLoaders,
  nodes: [foundNode(Workshop, findWorkshop)],
};
