/**
 * Who may do what with funding data: small pure functions over the viewer and ids, called by the services.
 * Reads outside the viewer's scope look exactly like reads of something that does not exist, so that a funder
 * cannot probe which places or funders exist.
 */
import { canManageOrganisation } from '../auth';
import { Role, type Viewer } from '../auth';
import { DomainError, ErrorCode } from '../shared/errors';

/** Streams, their agreements and participant links: ADMIN, or a FUNDER acting for the stream's funder. */
export function canManageFunder(viewer: Viewer, funderId: string): boolean {
  return viewer.role === Role.ADMIN || (viewer.role === Role.FUNDER && viewer.organisationId === funderId);
}

/** Costs and sales of a place: ADMIN, or ORG_STAFF of the place's organisation. */
export function canRecordPlaceFinances(viewer: Viewer, placeOrganisationId: string): boolean {
  return canManageOrganisation(viewer, placeOrganisationId);
}

/**
 * The financing of a place: ADMIN, ORG_STAFF of the place's organisation, or a FUNDER that has an agreement
 * on the place (`fundersOfPlace`: funder organisation ids of all its agreements, any period).
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

/** Throws a FORBIDDEN payload error against `field` unless `allowed`. */
export function assertAllowed(allowed: boolean, message: string, field?: string[]): void {
  if (!allowed) throw new DomainError(ErrorCode.FORBIDDEN, message, field);
}
