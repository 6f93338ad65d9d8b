import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../shared/loaders';
import { LadderPosition } from './ladder-position.entity';

declare module '../auth/context' {
  interface Loaders {
    /** A participant's ladder positions, oldest first. */
    ladderPositionsByParticipantId: DataLoader<string, LadderPosition[]>;
  }
}

export function createOutcomesLoaders(em: EntityManager) {
  return {
    ladderPositionsByParticipantId: new DataLoader<string, LadderPosition[]>(async (ids) => {
      const rows = await em.find(
        LadderPosition,
        { participant: { $in: [...ids] } },
        { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (row) => row.participant.id);
    }),
  };
}
