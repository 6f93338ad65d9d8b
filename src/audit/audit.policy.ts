import { Role, type Viewer } from '../auth';

/**
 * Which audit entries a viewer may read: all of them (ADMIN), those about its own organisation's data (staff
 * of an operator or cooperative), or none: funders and members may not use the audit log at all.
 */
export function auditScope(viewer: Viewer): { kind: 'all' } | { kind: 'organisation'; id: string } | null {
  if (viewer.role === Role.ADMIN) return { kind: 'all' };
  if ((viewer.role === Role.ORG_STAFF || viewer.role === Role.COOP_STAFF) && viewer.organisationId) {
    return { kind: 'organisation', id: viewer.organisationId };
  }
  return null;
}
