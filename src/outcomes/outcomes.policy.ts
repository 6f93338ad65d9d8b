/**
 * Who sees which outcome figures: ADMIN every place; ORG_STAFF its organisation's places; a FUNDER the places it
 * has an ACCEPTED agreement on that overlaps the period, and only with small counts hidden. Pure functions.
 */
import { canManageOrganisation, Role, type Viewer } from '../auth';

/** A place of a scope, with whether the viewing funder has an accepted agreement on it in the period. */
export interface ScopePlace {
  id: string;
  organisationId: string;
  funded: boolean;
}

/** May the viewer count this place? */
export function canCountPlace(viewer: Viewer, place: ScopePlace): boolean {
  if (viewer.role === Role.FUNDER) return place.funded;
  return canManageOrganisation(viewer, place.organisationId);
}

/** Exact counts for ADMIN and staff; a funder's answer hides small counts. */
export function seesExactCounts(viewer: Viewer): boolean {
  return viewer.role !== Role.FUNDER;
}

/** May the viewer see (and record) a participant's ladder positions? ADMIN and the organisation's staff. */
export function canSeeLadderOf(viewer: Viewer | null, organisationId: string): boolean {
  return viewer != null && canManageOrganisation(viewer, organisationId);
}
