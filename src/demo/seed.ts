import type { EntityManager } from '@mikro-orm/postgresql';
import { signToken } from '../auth';
import { Role } from '../auth';
import { Member } from '../cooperatives';
import { Organisation, OrganisationKind } from '../organisations';
import { Background } from '../participants';
import { seedCooperatives } from './cooperatives.demo';
import { DEMO, seedFoundation } from './foundation.demo';
import { seedSessions } from './sessions.demo';
import { seedFunding } from './funding.demo';
import { seedOutcomes } from './outcomes.demo';
import { DEMO_EMPLOYER, seedSkills } from './skills.demo';
import { seedTrainingFund } from './training-fund.demo';

/** True when the database holds no organisation yet: the only time demo data is loaded by itself. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Organisation, {})) === 0;
}

/** Loads the demo data in one transaction; each feature adds its part on top of the foundation. */
export async function seedDemo(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const foundation = seedFoundation(tx);
    seedCooperatives(tx, foundation);
    await tx.flush();
    const participants = await seedSessions(tx, foundation);
    // Wlz pays per attended day part for the Maastricht participants with long-term care.
    const wlzParticipantIds = participants
      .filter((p) => p.organisation.id === foundation.organisations.maastricht.id)
      .filter((p) => p.backgrounds.includes(Background.LONG_TERM_CARE))
      .map((p) => p.id);
    seedFunding(tx, foundation, { wlzParticipantIds });
    seedTrainingFund(tx, foundation, participants);
    seedOutcomes(tx, foundation);
    await tx.flush();
    await seedSkills(tx, foundation, participants);
    await tx.flush();
  });
}

/**
 * Tokens for trying the demo, one per role: an administrator, staff of the Maastricht place, the Maastricht
 * municipality as funder, the cooperative's staff and two of its members; each label names the ids that the
 * README's examples ask for. Each token has its own subject, so the audit log tells them apart.
 */
export async function demoTokens(
  em: EntityManager,
  secret: string,
): Promise<{ label: string; token: string }[]> {
  const organisations = await em.find(Organisation, {
    name: [DEMO.maastrichtOperator, DEMO.maastrichtMunicipality, DEMO_EMPLOYER],
  });
  const byName = new Map(organisations.map((organisation) => [organisation.name, organisation]));
  const cooperative = await em.findOne(
    Organisation,
    { kind: OrganisationKind.COOPERATIVE },
    { orderBy: { name: 'asc' } },
  );
  const members = cooperative
    ? await em.find(Member, { organisation: cooperative.id }, { orderBy: { displayName: 'asc' }, limit: 2 })
    : [];
  const entries: {
    subject: string;
    role: Role;
    label: string;
    organisation?: Organisation;
    member?: Member;
  }[] = [{ subject: 'demo-admin', role: Role.ADMIN, label: 'ADMIN' }];
  const staffOf = byName.get(DEMO.maastrichtOperator);
  if (staffOf)
    entries.push({
      subject: 'demo-staff',
      role: Role.ORG_STAFF,
      label: 'ORG_STAFF of',
      organisation: staffOf,
    });
  const funder = byName.get(DEMO.maastrichtMunicipality);
  if (funder)
    entries.push({ subject: 'demo-funder', role: Role.FUNDER, label: 'FUNDER', organisation: funder });
  if (cooperative) {
    entries.push({
      subject: 'demo-coop-staff',
      role: Role.COOP_STAFF,
      label: 'COOP_STAFF of',
      organisation: cooperative,
    });
  }
  const employer = byName.get(DEMO_EMPLOYER);
  if (employer) {
    entries.push({
      subject: 'demo-employer',
      role: Role.EMPLOYER,
      label: 'EMPLOYER',
      organisation: employer,
    });
  }
  members.forEach((member, index) =>
    entries.push({ subject: `demo-member-${index + 1}`, role: Role.MEMBER, label: 'MEMBER', member }),
  );
  return entries.map(({ subject, role, label, organisation, member }) => ({
    label: [
      label,
      organisation && `${organisation.name} (organisation ${organisation.id})`,
      member && `${member.displayName} (member ${member.id})`,
    ]
      .filter(Boolean)
      .join(' '),
    token: signToken(secret, {
      subject,
      role,
      organisationId: organisation?.id ?? null,
      memberId: member?.id ?? null,
    }),
  }));
}
