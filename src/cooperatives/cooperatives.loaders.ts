import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy, groupRows } from '../shared/loaders';
import { EnterpriseEarnings } from './earnings.entity';
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
    /**
     * Recorded earnings of each enterprise by month, for keys `enterpriseId|from|to`: one statement per
     * distinct period, whatever the number of enterprises.
     */
    earningsByEnterprisePeriod: new DataLoader<string, EnterpriseEarnings[]>(async (keys) => {
      const periods = groupRows(keys, (key) => key.slice(key.indexOf('|') + 1));
      const found = new Map<string, EnterpriseEarnings[]>();
      for (const [period, periodKeys] of periods) {
        const [from, to] = period.split('|');
        const ids = periodKeys.map((key) => key.slice(0, key.indexOf('|')));
        const rows = await em.find(
          EnterpriseEarnings,
          { enterprise: { $in: ids }, month: { $gte: from, $lte: to } },
          { orderBy: { month: 'asc' } },
        );
        groupBy(ids, rows, (row) => row.enterprise.id).forEach((list, i) => found.set(periodKeys[i], list));
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type CooperativeLoaders = ReturnType<typeof createCooperativeLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends CooperativeLoaders {}
}
