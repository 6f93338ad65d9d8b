import type { EntityManager } from '@mikro-orm/postgresql';
import { type DemoAccountData, Role, signToken } from '../auth';
import { Member } from '../cooperatives';
import { Organisation } from '../organisations';
import { DEMO_COOPERATIVE } from './cooperatives.demo';
import { DEMO } from './foundation.demo';

/** The two demo members people can sign in as: one on the general disregard, one single parent. */
const DEMO_MEMBERS = [
  { key: 'member-anna', name: 'Anna de Vries' },
  { key: 'member-samira', name: 'Samira Benali' },
];

/**
 * The demo users that exist in this database (an administrator always; the others when the demo data is
 * loaded): staff of De Brug, the municipality of Maastricht as funder, the cooperative's staff and two members.
 */
export async function demoAccounts(
  em: EntityManager,
  secret: string,
  expiresInSeconds = 12 * 60 * 60,
): Promise<DemoAccountData[]> {
  const names = [DEMO.maastrichtOperator, DEMO.maastrichtMunicipality, DEMO_COOPERATIVE];
  const organisations = await em.find(Organisation, { name: names }, { fields: ['id', 'name'] });
  const orgId = new Map(organisations.map((organisation) => [organisation.name, organisation.id]));
  const coopId = orgId.get(DEMO_COOPERATIVE);
  const members = coopId
    ? await em.find(
        Member,
        { organisation: coopId, displayName: DEMO_MEMBERS.map((m) => m.name) },
        { fields: ['id', 'displayName'] },
      )
    : [];
  const accounts: DemoAccountData[] = [];
  const add = (
    key: string,
    role: Role,
    organisationName: string | null,
    ids: { organisationId?: string; memberId?: string; memberName?: string },
  ) =>
    accounts.push({
      key,
      role,
      organisationName,
      memberName: ids.memberName ?? null,
      token: signToken(
        secret,
        {
          subject: `demo-${key}`,
          role,
          organisationId: ids.organisationId ?? null,
          memberId: ids.memberId ?? null,
        },
        expiresInSeconds,
      ),
    });
  add('admin', Role.ADMIN, null, {});
  const staff = orgId.get(DEMO.maastrichtOperator);
  if (staff) add('staff', Role.ORG_STAFF, DEMO.maastrichtOperator, { organisationId: staff });
  const funder = orgId.get(DEMO.maastrichtMunicipality);
  if (funder) add('funder', Role.FUNDER, DEMO.maastrichtMunicipality, { organisationId: funder });
  if (coopId) add('coop-staff', Role.COOP_STAFF, DEMO_COOPERATIVE, { organisationId: coopId });
  for (const { key, name } of DEMO_MEMBERS) {
    const member = members.find((m) => m.displayName === name);
    if (member && coopId) {
      add(key, Role.MEMBER, DEMO_COOPERATIVE, { memberId: member.id, memberName: name });
    }
  }
  return accounts;
}
