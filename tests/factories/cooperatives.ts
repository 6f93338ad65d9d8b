import type { MikroORM } from '@mikro-orm/postgresql';
import { EnterpriseKind, Household } from '../../src/cooperatives/cooperative.enums';
import { Enterprise, EnterpriseShare } from '../../src/cooperatives/enterprise.entity';
import { EnterpriseEarnings } from '../../src/cooperatives/earnings.entity';
import { Member } from '../../src/cooperatives/member.entity';
import type { Municipality } from '../../src/municipalities/municipality.entity';
import { OrganisationKind, type Organisation } from '../../src/organisations/organisation.entity';
import { unique } from '../setup/harness';
import { makeMunicipality, makeOrganisation } from './foundation';

/** A fresh municipality with a cooperative in it, so that each test has its own tenant and rule scope. */
export async function makeCooperative(
  orm: MikroORM,
): Promise<{ municipality: Municipality; cooperative: Organisation }> {
  const municipality = await makeMunicipality(orm);
  const cooperative = await makeOrganisation(orm, {
    kind: OrganisationKind.COOPERATIVE,
    municipality,
    name: unique('Coöperatie'),
  });
  return { municipality, cooperative };
}

export async function makeMember(
  orm: MikroORM,
  fields: { cooperative: Organisation; municipality: Municipality } & Partial<
    Pick<
      Member,
      | 'household'
      | 'birthDate'
      | 'benefitStart'
      | 'partnerBirthDate'
      | 'youngestChildBirthDate'
      | 'medicalLimitation'
    >
  >,
): Promise<Member> {
  const em = orm.em.fork();
  const member = em.create(Member, {
    organisation: fields.cooperative.id,
    municipality: fields.municipality.id,
    displayName: unique('Lid'),
    household: fields.household ?? Household.SINGLE,
    birthDate: fields.birthDate ?? '1990-06-15',
    benefitStart: fields.benefitStart ?? '2026-01-01',
    partnerBirthDate: fields.partnerBirthDate ?? null,
    youngestChildBirthDate: fields.youngestChildBirthDate ?? null,
    medicalLimitation: fields.medicalLimitation ?? false,
  });
  await em.flush();
  return member;
}

/** An own enterprise of one member, with the same net earnings in each of `months`. */
export async function makeOwnEnterprise(
  orm: MikroORM,
  member: Member,
  netCentsByMonth: Record<string, number> = {},
): Promise<Enterprise> {
  const em = orm.em.fork();
  const enterprise = em.create(Enterprise, {
    organisation: member.organisation.id,
    name: unique('Onderneming'),
    kind: EnterpriseKind.OWN,
  });
  em.create(EnterpriseShare, {
    enterprise,
    member: member.id,
    organisation: member.organisation.id,
    basisPoints: 10000,
  });
  for (const [month, net] of Object.entries(netCentsByMonth)) {
    em.create(EnterpriseEarnings, {
      enterprise,
      organisation: member.organisation.id,
      month,
      revenueCents: net + 10000,
      costsCents: 10000,
    });
  }
  await em.flush();
  return enterprise;
}
