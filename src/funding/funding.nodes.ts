import { guardedNode, type Viewer } from '../auth';
import { hasAcceptedAgreement } from './funder-access';
import { FundingAgreement } from './funding-agreement.entity';
import {
  canManageFunder,
  canReadFunder,
  canRecordPlaceFinances,
  visibleAgreementFunders,
} from './funding.policy';
import { FundingStream } from './funding-stream.entity';
import { ParticipantFundingRequest } from './funding-request.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import { PlaceCost } from './place-cost.entity';
import { Sale } from './sale.entity';
import type { Context } from '../auth';

/** Costs and sales: the place's staff, or a funder with an accepted agreement on the place (as `placeCosts`). */
async function canReadPlaceFigures(
  viewer: Viewer | null,
  row: { organisation: { id: string }; place: { id: string } },
  ctx: Context,
): Promise<boolean> {
  if (!viewer) return false;
  if (canRecordPlaceFinances(viewer, row.organisation.id)) return true;
  return (
    viewer.organisationId != null && (await hasAcceptedAgreement(ctx.em, viewer.organisationId, row.place.id))
  );
}

/** The funding types `node(id)` serves, each under the rules of its own list query. */
export const fundingNodes = [
  guardedNode(FundingStream, (viewer, stream) => viewer != null && canReadFunder(viewer, stream.funder.id)),
  guardedNode(FundingAgreement, (viewer, agreement) => {
    if (!viewer) return false;
    const visible = visibleAgreementFunders(viewer, agreement.organisation.id);
    return visible === 'all' || (visible !== 'none' && visible.funderId === agreement.funder.id);
  }),
  guardedNode(ParticipantFundingLink, async (viewer, link, ctx) => {
    if (!viewer) return false;
    if (canRecordPlaceFinances(viewer, link.organisation.id)) return true;
    const agreement = await ctx.em.findOne(FundingAgreement, link.agreement.id);
    return agreement != null && canManageFunder(viewer, agreement.funder.id);
  }),
  // A request: the place's staff who asked, and the funder that decides (as its own list shows it).
  guardedNode(
    ParticipantFundingRequest,
    (viewer, request) =>
      viewer != null &&
      (canRecordPlaceFinances(viewer, request.organisation.id) || canManageFunder(viewer, request.funder.id)),
  ),
  guardedNode(PlaceCost, canReadPlaceFigures),
  guardedNode(Sale, canReadPlaceFigures),
];
