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
