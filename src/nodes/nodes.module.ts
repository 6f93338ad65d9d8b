import type { FeatureModule } from '../shared/module';
import { NodeResolver } from './node.resolver';

/** Global object identification: `node(id)` and `nodes(ids)` over every feature's registered types. */
export const nodesModule: FeatureModule = {
  name: 'nodes',
  resolvers: [NodeResolver],
};
