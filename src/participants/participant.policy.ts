import { Role, type Viewer } from '../auth';

/**
 * May the viewer see people's data (names, contact, birth date) of this organisation? ADMIN and the
 * organisation's own staff only; funders get aggregates elsewhere, never names (data minimisation).
 */
export function canReadParticipants(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return (
    viewer.role === Role.ADMIN || (viewer.role === Role.ORG_STAFF && viewer.organisationId === organisationId)
  );
}
