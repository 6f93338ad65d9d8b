import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { FundRule } from './fund-rule.entity';
import { RepaymentInstalment } from './repayment.entity';
import { TrainingFund } from './training-fund.entity';
import { TrainingPayment } from './training-grant.entity';

/** Per-request loaders of the training fund: one statement per batch of funds or grants. */
export function createTrainingFundLoaders(em: EntityManager) {
  return {
    trainingFundById: byIdLoader(em, TrainingFund),
    /** Rules of each fund, by first day. */
    fundRulesByFundId: new DataLoader<string, FundRule[]>(async (ids) => {
      const rows = await em.find(
        FundRule,
        { fund: { $in: [...ids] } },
        { orderBy: { validFrom: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (rule) => rule.fund.id);
    }),
    /** Payments of each grant, by date. */
    trainingPaymentsByGrantId: new DataLoader<string, TrainingPayment[]>(async (ids) => {
      const rows = await em.find(
        TrainingPayment,
        { grant: { $in: [...ids] } },
        { orderBy: { date: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (payment) => payment.grant.id);
    }),
    /** The repayment schedule of each grant, in order. */
    instalmentsByGrantId: new DataLoader<string, RepaymentInstalment[]>(async (ids) => {
      const rows = await em.find(
        RepaymentInstalment,
        { grant: { $in: [...ids] } },
        { orderBy: { sequence: 'asc' } },
      );
      return groupBy(ids, rows, (instalment) => instalment.grant.id);
    }),
  };
}

export type TrainingFundLoaders = ReturnType<typeof createTrainingFundLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends TrainingFundLoaders {}
}
