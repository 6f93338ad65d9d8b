import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { Enterprise, EnterpriseShare } from './enterprise.entity';
import { Member } from './member.entity';

/** The cooperatives feature's DataLoaders of one request. */
export function createCooperativeLoaders(em: EntityManager) {
  return {
    memberById: byIdLoader(em, Member),
    enterpriseById: byIdLoader(em, Enterprise),
    /** The shares of each enterprise, largest first. */
    sharesByEnterpriseId: new DataLoader<string, EnterpriseShare[]>(async (enterpriseIds) => {
      const rows = await em.find(
        EnterpriseShare,
        { enterprise: { $in: [...enterpriseIds] } },
        { orderBy: { basisPoints: 'desc', id: 'asc' } },
      );
      return groupBy(enterpriseIds, rows, (share) => share.enterprise.id);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type CooperativeLoaders = ReturnType<typeof createCooperativeLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends CooperativeLoaders {}
}
