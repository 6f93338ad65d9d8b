import type { EntityManager } from '@mikro-orm/postgresql';
import { signToken } from '../auth';
import { Role } from '../auth';
import { Organisation } from '../organisations';
import { Background } from '../participants';
import { seedCooperatives } from './cooperatives.demo';
import { DEMO, seedFoundation } from './foundation.demo';
import { seedSessions } from './sessions.demo';
import { seedFunding } from './funding.demo';
import { DEMO_EMPLOYER, seedSkills } from './skills.demo';

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
    await tx.flush();
    await seedSkills(tx, foundation, participants);
    await tx.flush();
  });
}

/** Tokens for trying the demo: an administrator, staff of the Maastricht place, the Maastricht municipality. */
export async function demoTokens(
  em: EntityManager,
  secret: string,
): Promise<{ label: string; token: string }[]> {
  const organisations = await em.find(Organisation, {
    name: [DEMO.maastrichtOperator, DEMO.maastrichtMunicipality, DEMO_EMPLOYER],
  });
  const byName = new Map(organisations.map((organisation) => [organisation.name, organisation.id]));
  const tokens = [
    {
      label: 'ADMIN',
      token: signToken(secret, {
        subject: 'demo-admin',
        role: Role.ADMIN,
        organisationId: null,
        memberId: null,
      }),
    },
  ];
  const staffOrg = byName.get(DEMO.maastrichtOperator);
  if (staffOrg) {
    tokens.push({
      label: `ORG_STAFF of ${DEMO.maastrichtOperator}`,
      token: signToken(secret, {
        subject: 'demo-staff',
        role: Role.ORG_STAFF,
        organisationId: staffOrg,
        memberId: null,
      }),
    });
  }
  const funderOrg = byName.get(DEMO.maastrichtMunicipality);
  if (funderOrg) {
    tokens.push({
      label: `FUNDER ${DEMO.maastrichtMunicipality}`,
      token: signToken(secret, {
        subject: 'demo-funder',
        role: Role.FUNDER,
        organisationId: funderOrg,
        memberId: null,
      }),
    });
  }
  const employerOrg = byName.get(DEMO_EMPLOYER);
  if (employerOrg) {
    tokens.push({
      label: `EMPLOYER ${DEMO_EMPLOYER}`,
      token: signToken(secret, {
        subject: 'demo-employer',
        role: Role.EMPLOYER,
        organisationId: employerOrg,
        memberId: null,
      }),
    });
  }
  return tokens;
}
