/** The public surface of the training fund feature: the only file other features import. */
export { FundRule } from './fund-rule.entity';
export { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
export { buildSchedule } from './schedule.calc';
export { FundContribution, TrainingFund } from './training-fund.entity';
export { EarlyEndRule, GrantStatus, InstalmentStatus, TrainingOutcome } from './training-fund.enums';
export { TrainingGrant, TrainingPayment } from './training-grant.entity';
