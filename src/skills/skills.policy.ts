/** Who may do what with skills, consent and matches: small pure checks the services call. */
import { type Context, canSeePersonalData, Role, type Viewer } from '../auth';

/**
 * May the viewer see a participant's passport, observations and consents? ADMIN and the staff of the
 * participant's organisation, as for their personal data; never a funder or an employer.
 */
export function canSeeSkillsOf(ctx: Context, participant: { organisation: { id: string } }): boolean {
  return canSeePersonalData(ctx.viewer, participant.organisation.id);
}

/** May the viewer act for this employer (its vacancies, its shortlist)? ADMIN and the employer's own accounts. */
export function isEmployerViewer(viewer: Viewer, employerId: string): boolean {
  return viewer.role === Role.EMPLOYER && viewer.organisationId === employerId;
}

/** May the viewer read this vacancy? ADMIN, any organisation's staff (to find work for their people), the employer. */
export function canReadVacancy(viewer: Viewer | null, employerId: string): boolean {
  if (!viewer) return false;
  return viewer.role === Role.ADMIN || viewer.role === Role.ORG_STAFF || isEmployerViewer(viewer, employerId);
}

/** May the viewer create or change this employer's vacancies? ADMIN, staff (job coaching) and the employer. */
export function canManageVacancy(viewer: Viewer, employerId: string): boolean {
  return canReadVacancy(viewer, employerId);
}
