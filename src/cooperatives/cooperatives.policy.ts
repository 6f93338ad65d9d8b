import { Role, type Viewer } from '../auth';

/**
 * Who may see and change a cooperative's members, enterprises and earnings: administrators, and the staff of
 * that cooperative (COOP_STAFF, or ORG_STAFF of the cooperative organisation).
 */
export function canManageCooperative(viewer: Viewer, cooperativeId: string): boolean {
  if (viewer.role === Role.ADMIN) return true;
  return (
    (viewer.role === Role.COOP_STAFF || viewer.role === Role.ORG_STAFF) &&
    viewer.organisationId === cooperativeId
  );
}

/** May the viewer see this member and their statements? Staff of the cooperative, or the member themselves. */
export function canSeeMember(viewer: Viewer, member: { id: string; cooperativeId: string }): boolean {
  if (viewer.role === Role.MEMBER) return viewer.memberId === member.id;
  return canManageCooperative(viewer, member.cooperativeId);
}
