import { DomainError, ErrorCode } from '../shared/errors';
import { Role, type Viewer } from './viewer';

/** May the viewer change data of this organisation (its places, workshops, ...)? */
export function canManageOrganisation(viewer: Viewer, organisationId: string): boolean {
  return (
    viewer.role === Role.ADMIN || (viewer.role === Role.ORG_STAFF && viewer.organisationId === organisationId)
  );
}

/** Throws a FORBIDDEN payload error unless the viewer may change this organisation's data. */
export function assertCanManageOrganisation(viewer: Viewer, organisationId: string, field?: string[]): void {
  if (!canManageOrganisation(viewer, organisationId)) {
    throw new DomainError(ErrorCode.FORBIDDEN, "You may only change your own organisation's data.", field);
  }
}

/**
 * What a viewer may read, for services that narrow lists to it and answer ids outside it as not found:
 * everything (ADMIN), one organisation's rows (staff; a FUNDER only through its agreements and as aggregates),
 * one person's own rows (MEMBER), or nothing (anonymous).
 */
export type ReadScope =
  | { kind: 'all' }
  | { kind: 'organisation'; organisationId: string; aggregatesOnly: boolean }
  | { kind: 'member'; memberId: string }
  | { kind: 'none' };

export function readScope(viewer: Viewer | null): ReadScope {
  if (!viewer) return { kind: 'none' };
  if (viewer.role === Role.ADMIN) return { kind: 'all' };
  if (viewer.role === Role.MEMBER)
    return viewer.memberId ? { kind: 'member', memberId: viewer.memberId } : { kind: 'none' };
  // An employer reads nothing of the places' data: only its vacancies and consented shortlists (skills feature).
  if (!viewer.organisationId || viewer.role === Role.EMPLOYER) return { kind: 'none' };
  return {
    kind: 'organisation',
    organisationId: viewer.organisationId,
    aggregatesOnly: viewer.role === Role.FUNDER,
  };
}

/**
 * May the viewer see personal data (names, contact data, birth dates) of people in this organisation? Only
 * ADMIN and the organisation's own staff; never a funder, whatever path it took to reach the person.
 */
export function canSeePersonalData(viewer: Viewer | null, organisationId: string): boolean {
  const scope = readScope(viewer);
  return (
    scope.kind === 'all' ||
    (scope.kind === 'organisation' && !scope.aggregatesOnly && scope.organisationId === organisationId)
  );
}

/**
 * For records that are not public directory data (occurrences, enrolments, bookings, people): throws a NOT_FOUND
 * payload error unless the viewer may change the owning organisation's data, so that another tenant's record
 * looks exactly like one that does not exist. Public records (places, workshops, organisations) use
 * {@link assertCanManageOrganisation} and answer FORBIDDEN instead.
 */
export function assertOwnRecord(
  viewer: Viewer,
  organisationId: string,
  message: string,
  field?: string[],
): void {
  if (!canManageOrganisation(viewer, organisationId)) {
    throw new DomainError(ErrorCode.NOT_FOUND, message, field);
  }
}
