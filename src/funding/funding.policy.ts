/**
 * Who may do what with funding data: small pure functions over the viewer and ids, called by the services.
 * Reads outside the viewer's scope look exactly like reads of something that does not exist, so that a funder
 * cannot probe which places or funders exist.
 */
import { canManageOrganisation } from '../auth';
import { Role, type Viewer } from '../auth';
import { DomainError, ErrorCode } from '../shared/errors';
import { FundingAgreementSide } from './funding.enums';

/** Streams, their agreements and participant links: ADMIN, or a FUNDER acting for the stream's funder. */
export function canManageFunder(viewer: Viewer, funderId: string): boolean {
  return viewer.role === Role.ADMIN || (viewer.role === Role.FUNDER && viewer.organisationId === funderId);
}

/** Costs and sales of a place: ADMIN, or ORG_STAFF of the place's organisation. */
export function canRecordPlaceFinances(viewer: Viewer, placeOrganisationId: string): boolean {
  return canManageOrganisation(viewer, placeOrganisationId);
}

/**
 * The financing of a place: ADMIN, ORG_STAFF of the place's organisation, or a FUNDER that has an ACCEPTED
 * agreement on the place (`fundersOfPlace`: funder organisation ids of its accepted agreements, any period).
 * A proposed or rejected agreement opens nothing.
 */
export function canReadPlaceFinancing(
  viewer: Viewer,
  placeOrganisationId: string,
  fundersOfPlace: readonly string[],
): boolean {
  if (canManageOrganisation(viewer, placeOrganisationId)) return true;
  return (
    viewer.role === Role.FUNDER &&
    viewer.organisationId != null &&
    fundersOfPlace.includes(viewer.organisationId)
  );
}

/**
 * The side a viewer acts for on an agreement between `funderId` and a place of `placeOrganisationId`:
 * 'ADMIN' (both sides at once), the funder, the place's organisation, or null when it is neither. A funder that
 * is also the place's organisation cannot happen (a FUNDER token is never ORG_STAFF).
 */
export function agreementSideOf(
  viewer: Viewer,
  funderId: string,
  placeOrganisationId: string,
): 'ADMIN' | FundingAgreementSide | null {
  if (viewer.role === Role.ADMIN) return 'ADMIN';
  if (canManageFunder(viewer, funderId)) return FundingAgreementSide.FUNDER;
  if (canManageOrganisation(viewer, placeOrganisationId)) return FundingAgreementSide.PLACE;
  return null;
}

/**
 * May the viewer accept or reject a proposed agreement? ADMIN, or the side that did not propose it: the place's
 * staff for an offer of the funder, the funder for a proposal of the place's staff.
 */
export function canDecideAgreement(
  viewer: Viewer,
  agreement: { funderId: string; placeOrganisationId: string; proposedBy: FundingAgreementSide },
): boolean {
  const side = agreementSideOf(viewer, agreement.funderId, agreement.placeOrganisationId);
  return side === 'ADMIN' || (side != null && side !== agreement.proposedBy);
}

/** A funder's overview (and its list of streams): ADMIN, or that FUNDER itself. */
export function canReadFunder(viewer: Viewer, funderId: string): boolean {
  return canManageFunder(viewer, funderId);
}

/**
 * The agreements of a place a viewer may list: all for ADMIN and the place's staff, a FUNDER's own ones, none
 * for anyone else.
 */
export function visibleAgreementFunders(
  viewer: Viewer,
  placeOrganisationId: string,
): 'all' | { funderId: string } | 'none' {
  if (canManageOrganisation(viewer, placeOrganisationId)) return 'all';
  if (viewer.role === Role.FUNDER && viewer.organisationId) return { funderId: viewer.organisationId };
  return 'none';
}

/**
 * The participants an agreement counts (being on a long-term-care stream is itself sensitive): ADMIN, the place's
 * staff, and the agreement's own funder. Another funder of the place sees the agreement in the financing, not who
 * is on it.
 */
export function canReadParticipantLinks(
  viewer: Viewer,
  funderId: string,
  placeOrganisationId: string,
): boolean {
  return canManageOrganisation(viewer, placeOrganisationId) || canManageFunder(viewer, funderId);
}

/** Throws a FORBIDDEN payload error against `field` unless `allowed`. */
export function assertAllowed(allowed: boolean, message: string, field?: string[]): void {
  if (!allowed) throw new DomainError(ErrorCode.FORBIDDEN, message, field);
}
