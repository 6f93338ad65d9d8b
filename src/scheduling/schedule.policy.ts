import { Role, type Viewer } from '../auth/viewer';

/**
 * May the viewer see a place's schedule with names (week, roster, bookings)? ADMIN and staff of the place's
 * organisation. Funders will get aggregates only (a later access-control pass extends these rules).
 */
export function canReadPlaceSchedule(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return (
    viewer.role === Role.ADMIN || (viewer.role === Role.ORG_STAFF && viewer.organisationId === organisationId)
  );
}

/** May the viewer see a place's attendance aggregates (no names)? For now the same as the schedule. */
export function canReadAttendanceSummary(viewer: Viewer | null, organisationId: string): boolean {
  return canReadPlaceSchedule(viewer, organisationId);
}
