import type { FeatureModule } from '../shared/module';
import { foundNode } from '../auth';
import { findParticipant } from './participant.service';
import { Participant } from './participant.entity';
import { ParticipantResolver } from './participant.resolver';
import { createParticipantLoaders } from './participant.loaders';

/** The participants feature as the application sees it: see src/modules.ts. */
export const participantsModule: FeatureModule = {
  name: 'participants',
  entities: [Participant],
  resolvers: [ParticipantResolver],
  loaders: createParticipantLoaders,
  nodes: [foundNode(Participant, findParticipant)],
};
