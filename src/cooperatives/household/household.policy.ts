import { Role, type Viewer } from '../../auth';

/**
 * May the viewer read or write this member's household? The member themselves and the staff of their cooperative
 * (COOP_STAFF, or ORG_STAFF of the cooperative organisation); not ADMIN, not a funder: who lives with whom and
 * their birth dates are needed by the benefit rule and by nobody else.
 */
export function canTouchHousehold(viewer: Viewer, member: { id: string; cooperativeId: string }): boolean {
  if (viewer.role === Role.MEMBER) return viewer.memberId === member.id;
  return (
    (viewer.role === Role.COOP_STAFF || viewer.role === Role.ORG_STAFF) &&
    viewer.organisationId === member.cooperativeId
  );
}

/** The roles that may reach the household operations at all (checked at the edge). */
export const HOUSEHOLD_ROLES = [Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER];
