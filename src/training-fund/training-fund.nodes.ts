import { type Context, guardedNode, type Viewer } from '../auth';
import { FundRule } from './fund-rule.entity';
import { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
import { FundContribution, TrainingFund } from './training-fund.entity';
import { canManageFund, canReadGrant, visibleFunds } from './training-fund.policy';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';

/** A fund (and its rules) as `trainingFunds` lists it: everyone who applies or owns. */
function seesFund(viewer: Viewer | null, ownerId: string): boolean {
  if (!viewer) return false;
  const scope = visibleFunds(viewer);
  return scope === 'all' || (scope !== 'none' && scope.ownerId === ownerId);
}

const readsGrant = (viewer: Viewer | null, grant: TrainingGrant) =>
  viewer != null && canReadGrant(viewer, { ownerId: grant.owner.id, organisationId: grant.organisation.id });

/** A row hanging off a grant: the grant's readers (the fund's owner, the participant's staff). */
async function readsGrantOf(viewer: Viewer | null, grantId: string, ctx: Context): Promise<boolean> {
  const grant = viewer ? await ctx.em.findOne(TrainingGrant, grantId) : null;
  return grant != null && readsGrant(viewer, grant);
}

/** The training fund types `node(id)` serves, each under the rules of the query that lists it. */
export const trainingFundNodes = [
  guardedNode(TrainingFund, (viewer, fund) => seesFund(viewer, fund.owner.id)),
  guardedNode(FundRule, (viewer, rule) => seesFund(viewer, rule.owner.id)),
  guardedNode(FundContribution, (viewer, row) => viewer != null && canManageFund(viewer, row.owner.id)),
  guardedNode(TrainingGrant, readsGrant),
  guardedNode(TrainingPayment, (viewer, payment, ctx) => readsGrantOf(viewer, payment.grant.id, ctx)),
  guardedNode(RepaymentInstalment, (viewer, instalment, ctx) =>
    readsGrantOf(viewer, instalment.grant.id, ctx),
  ),
  guardedNode(InstalmentRepayment, (viewer, row) => viewer != null && canManageFund(viewer, row.owner.id)),
];
