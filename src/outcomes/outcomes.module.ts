import type { FeatureModule } from '../shared/module';
import { LadderPosition } from './ladder-position.entity';
import { createOutcomesLoaders } from './outcomes.loaders';
import { outcomesNodes } from './outcomes.nodes';
import { OutcomePlaceResolver, OutcomesResolver, ParticipantLadderResolver } from './outcomes.resolver';

/** The outcomes feature (reports on moving on, the participation ladder) as the application sees it. */
export const outcomesModule: FeatureModule = {
  name: 'outcomes',
  entities: [LadderPosition],
  resolvers: [OutcomesResolver, OutcomePlaceResolver, ParticipantLadderResolver],
  loaders: createOutcomesLoaders,
  nodes: outcomesNodes,
};
