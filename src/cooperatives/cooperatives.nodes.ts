import { foundNode, guardedNode } from '../auth';
import { findMember } from './cooperatives.service';
import { canManageCooperative } from './cooperatives.policy';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { Enterprise, EnterpriseShare } from './enterprise.entity';
import { CostSharerRule } from './household/cost-sharer-rule.entity';
import { HouseholdRecord } from './household/household-record.entity';
import { Member } from './member.entity';
import { DisregardRule } from './rules/disregard-rule.entity';
import { Norm } from './rules/norm.entity';
import { VolunteerLimit } from './rules/volunteer-limit.entity';
import { canTouchHousehold } from './household/household.policy';

/** Enterprises and their figures: the cooperative's staff, as the lists that show them. */
const cooperativeStaff = (
  viewer: Parameters<typeof canManageCooperative>[0] | null,
  row: { organisation: { id: string } },
) => viewer != null && canManageCooperative(viewer, row.organisation.id);

/** The cooperative types `node(id)` serves. Rule data is readable by every signed-in viewer, as its queries. */
export const cooperativeNodes = [
  foundNode(Member, findMember),
  guardedNode(Enterprise, cooperativeStaff),
  guardedNode(EnterpriseShare, cooperativeStaff),
  guardedNode(EnterpriseEarnings, cooperativeStaff),
  guardedNode(
    MemberIncome,
    (viewer, income) => cooperativeStaff(viewer, income) || viewer?.memberId === income.member.id,
  ),
  guardedNode(Norm, (viewer) => viewer != null),
  guardedNode(DisregardRule, (viewer) => viewer != null),
  guardedNode(VolunteerLimit, (viewer) => viewer != null),
  guardedNode(CostSharerRule, (viewer) => viewer != null),
  // Who lives with a member: the member and the cooperative's staff only, as householdHistory.
  guardedNode(
    HouseholdRecord,
    (viewer, record) =>
      viewer != null &&
      canTouchHousehold(viewer, { id: record.member.id, cooperativeId: record.organisation.id }),
  ),
];
