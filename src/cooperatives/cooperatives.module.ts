import type { FeatureModule } from '../shared/module';
import { ViewerMemberResolver } from './viewer-member.resolver';
import { cooperativeNodes } from './cooperatives.nodes';
import { Member } from './member.entity';
import { Enterprise, EnterpriseShare } from './enterprise.entity';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { DatedRule, MunicipalDatedRule } from './dated-rule.entity';
import { Norm } from './rules/norm.entity';
import { DisregardRule } from './rules/disregard-rule.entity';
import { VolunteerLimit } from './rules/volunteer-limit.entity';
import { CostSharerRule } from './household/cost-sharer-rule.entity';
import { HouseholdRecord } from './household/household-record.entity';
import { HouseholdResolver } from './household/household.resolver';
import {
  EnterpriseEarningsResolver,
  EnterpriseResolver,
  EnterpriseShareResolver,
  MemberIncomeResolver,
  MemberResolver,
} from './cooperatives.resolver';
import { BenefitResolver } from './benefit.resolver';
import { RulesResolver } from './rules/rules.resolver';
import { createCooperativeLoaders } from './cooperatives.loaders';

/** The cooperatives feature as the application sees it: see src/modules.ts. */
export const cooperativesModule: FeatureModule = {
  name: 'cooperatives',
  entities: [
    Member,
    Enterprise,
    EnterpriseShare,
    EnterpriseEarnings,
    MemberIncome,
    DatedRule,
    MunicipalDatedRule,
    Norm,
    DisregardRule,
    VolunteerLimit,
    CostSharerRule,
    HouseholdRecord,
  ],
  resolvers: [
    ViewerMemberResolver,
    MemberResolver,
    EnterpriseResolver,
    EnterpriseShareResolver,
    EnterpriseEarningsResolver,
    MemberIncomeResolver,
    BenefitResolver,
    RulesResolver,
    HouseholdResolver,
  ],
  loaders: createCooperativeLoaders,
  nodes: cooperativeNodes,
};
