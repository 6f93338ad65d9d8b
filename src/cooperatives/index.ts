/** The public surface of the cooperatives feature: the only file other features import. */
export { EnterpriseKind, Household } from './cooperative.enums';
export { canManageCooperative } from './cooperatives.policy';
export { EnterpriseEarnings, MemberIncome } from './earnings.entity';
export { Enterprise, EnterpriseShare } from './enterprise.entity';
export { Member } from './member.entity';
export { DisregardRule } from './rules/disregard-rule.entity';
export { Norm } from './rules/norm.entity';
export { VolunteerLimit } from './rules/volunteer-limit.entity';
export { CostSharerRule } from './household/cost-sharer-rule.entity';
export { HouseholdRecord } from './household/household-record.entity';
export { findMember } from './cooperatives.service';
