import { Role, type Viewer } from '../auth';

/**
 * May the viewer see a place's schedule with names (week, roster, bookings)? ADMIN and staff of the place's
 * organisation. Funders get aggregates only (see canReadAttendanceSummary).
 */
export function canReadPlaceSchedule(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  return (
    viewer.role === Role.ADMIN || (viewer.role === Role.ORG_STAFF && viewer.organisationId === organisationId)
  );
}

/**
 * May the viewer see a place's attendance aggregates (counts, no names)? ADMIN, the place's staff, and a FUNDER
 * with an accepted agreement on the place (`isFunderOfPlace`, looked up by the service).
 */
export function canReadAttendanceSummary(
  viewer: Viewer | null,
  organisationId: string,
  isFunderOfPlace = false,
): boolean {
  if (canReadPlaceSchedule(viewer, organisationId)) return true;
  return viewer?.role === Role.FUNDER && isFunderOfPlace;
}
