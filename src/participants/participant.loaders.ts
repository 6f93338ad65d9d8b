import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../shared/loaders';
import { Participant } from './participant.entity';

/** Per-request loaders of the participants feature. */
export function createParticipantLoaders(em: EntityManager) {
  return {
    participantById: byIdLoader(em, Participant),
  };
}

/** The loaders this feature adds to every request's context. */
export type ParticipantLoaders = ReturnType<typeof createParticipantLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ParticipantLoaders {}
}
