import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth';
import { Member } from '../cooperatives';
import { Organisation, OrganisationKind } from '../organisations';

/** The organisation kinds each role acts for. */
const KINDS_OF: Partial<Record<Role, OrganisationKind[]>> = {
  [Role.ORG_STAFF]: [
    OrganisationKind.SOCIAL_ENTERPRISE,
    OrganisationKind.COOPERATIVE,
    OrganisationKind.OTHER,
  ],
  [Role.FUNDER]: [
    OrganisationKind.MUNICIPALITY,
    OrganisationKind.CARE_OFFICE,
    OrganisationKind.FUND,
    OrganisationKind.OTHER,
  ],
  [Role.COOP_STAFF]: [OrganisationKind.COOPERATIVE],
};

/**
 * Checks, for the local token command, that the organisation or member a token would name exists and fits the
 * role; answers who the token is for, or exactly what is wrong.
 */
export async function describeTokenHolder(
  em: EntityManager,
  role: Role,
  ids: { organisationId?: string; memberId?: string },
): Promise<{ ok: true; description: string } | { ok: false; message: string }> {
  if (ids.organisationId) {
    const organisation = await em.findOne(Organisation, ids.organisationId);
    if (!organisation) {
      return {
        ok: false,
        message: `No organisation has id ${ids.organisationId} in this database; list them with { organisations { id name kind } }.`,
      };
    }
    const kinds = KINDS_OF[role] ?? [];
    if (!kinds.includes(organisation.kind)) {
      return {
        ok: false,
        message: `${organisation.name} is a ${organisation.kind}; a ${role} token needs one of ${kinds.join(', ')}.`,
      };
    }
    return { ok: true, description: `${role} of ${organisation.name}` };
  }
  if (ids.memberId) {
    const member = await em.findOne(Member, ids.memberId, { fields: ['id'] });
    if (!member) return { ok: false, message: `No member has id ${ids.memberId} in this database.` };
    return { ok: true, description: `MEMBER ${ids.memberId}` };
  }
  return { ok: true, description: role };
}
