import type { FeatureModule } from '../shared/module';
import { FundRule } from './fund-rule.entity';
import { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
import { FundContribution, TrainingFund } from './training-fund.entity';
import { TrainingFundErrorCode } from './training-fund.errors';
import { createTrainingFundLoaders } from './training-fund.loaders';
import { trainingFundNodes } from './training-fund.nodes';
import { TrainingFundResolver } from './training-fund.resolver';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';
import { RepaymentInstalmentResolver, TrainingGrantResolver } from './training-grant.resolver';

/** The training fund feature as the application sees it: see src/modules.ts. */
export const trainingFundModule: FeatureModule = {
  name: 'training-fund',
  entities: [
    TrainingFund,
    FundContribution,
    FundRule,
    TrainingGrant,
    TrainingPayment,
    RepaymentInstalment,
    InstalmentRepayment,
  ],
  errorCodes: TrainingFundErrorCode,
  resolvers: [TrainingFundResolver, TrainingGrantResolver, RepaymentInstalmentResolver],
  loaders: createTrainingFundLoaders,
  nodes: trainingFundNodes,
};
