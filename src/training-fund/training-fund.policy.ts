/**
 * Who may do what with a training fund: small pure functions over the viewer and tenant ids.
 * - The fund's owner (FUNDER of that organisation) and ADMIN manage the fund: rules, contributions, decisions,
 *   payments, repayments and waivers, and see its figures and every grant's amounts (never a background).
 * - Staff of a participant's organisation apply for the participant and record completion, hire and end of
 *   employment; they see their own organisation's grants.
 */
import { canManageOrganisation } from '../auth';
import { Role, type Viewer } from '../auth';

/** Manage a fund and read its figures: ADMIN, or a FUNDER acting for the owner. */
export function canManageFund(viewer: Viewer, ownerId: string): boolean {
  return viewer.role === Role.ADMIN || (viewer.role === Role.FUNDER && viewer.organisationId === ownerId);
}

/** Apply for and follow a participant's training: ADMIN, or staff of the participant's organisation. */
export function canActForParticipant(viewer: Viewer, organisationId: string): boolean {
  return canManageOrganisation(viewer, organisationId);
}

/** Read a grant: its fund's manager or the participant's organisation's staff. */
export function canReadGrant(viewer: Viewer, grant: { ownerId: string; organisationId: string }): boolean {
  return canManageFund(viewer, grant.ownerId) || canActForParticipant(viewer, grant.organisationId);
}

/** Which funds a viewer lists: all (ADMIN, and staff who apply to any fund), the owner's own (FUNDER), none. */
export function visibleFunds(viewer: Viewer): 'all' | { ownerId: string } | 'none' {
  if (viewer.role === Role.ADMIN || viewer.role === Role.ORG_STAFF) return 'all';
  if (viewer.role === Role.FUNDER && viewer.organisationId) return { ownerId: viewer.organisationId };
  return 'none';
}
