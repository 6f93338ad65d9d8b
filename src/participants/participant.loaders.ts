import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../shared/loaders';
import { Participant } from './participant.entity';

/** Per-request loaders of the participants feature. */
export function createParticipantLoaders(em: EntityManager) {
  return {
    participantById: byIdLoader(em, Participant),
  };
}
