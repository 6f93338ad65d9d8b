import type { MikroORM } from '@mikro-orm/postgresql';
import { Organisation, OrganisationKind } from '../../src/organisations/organisation.entity';
import { unique } from '../setup/harness';
import type { Municipality } from '../../src/municipalities/municipality.entity';

type Level = 'WITH_HELP' | 'INDEPENDENT' | 'UNDER_PRESSURE' | 'TEACHES_OTHERS';

/** An organisation of kind EMPLOYER. */
export async function makeEmployer(orm: MikroORM, municipality?: Municipality): Promise<Organisation> {
  const em = orm.em.fork();
  const employer = em.create(Organisation, {
    name: unique('Werkgever'),
    kind: OrganisationKind.EMPLOYER,
    municipality: municipality?.id ?? null,
  });
  await em.flush();
  return employer;
}

/** Observations written straight to the table: `[skillCode, level, date]` for one participant. */
export async function observe(
  orm: MikroORM,
  participant: { id: string; organisation: { id: string } },
  observations: [string, Level, string][],
  workshopId: string | null = null,
): Promise<void> {
  await orm.em.fork().execute(
    `insert into skill_observation (id, created_at, updated_at, participant_id, skill_id, level, observed_on, workshop_id, organisation_id)
     select gen_random_uuid(), now(), now(), ?, s.id, r.level, r.date::date, ?, ?
       from jsonb_to_recordset(?::jsonb) as r(code text, level text, date text)
       join skill s on s.code = r.code`,
    [
      participant.id,
      workshopId,
      participant.organisation.id,
      JSON.stringify(observations.map(([code, level, date]) => ({ code, level, date }))),
    ],
  );
}

/** Observations for many participants at once (statement-count tests, benchmark-like crowds). */
export async function observeMany(
  orm: MikroORM,
  organisationId: string,
  participantIds: string[],
  observations: [string, Level][],
) {
  await orm.em.fork().execute(
    `insert into skill_observation (id, created_at, updated_at, participant_id, skill_id, level, observed_on, organisation_id)
     select gen_random_uuid(), now(), now(), p.id::uuid, s.id, r.level, date '2026-01-15', ?
       from jsonb_array_elements_text(?::jsonb) as p(id)
       cross join jsonb_to_recordset(?::jsonb) as r(code text, level text)
       join skill s on s.code = r.code`,
    [
      organisationId,
      JSON.stringify(participantIds),
      JSON.stringify(observations.map(([code, level]) => ({ code, level }))),
    ],
  );
}

/** An active consent written straight to the table. */
export async function consent(
  orm: MikroORM,
  participant: { id: string; organisation: { id: string } },
  scope: 'SKILLS' | 'SKILLS_AND_NAME' | 'SKILLS_NAME_AND_CONTACT',
  from = '2026-01-01',
  employerId: string | null = null,
): Promise<void> {
  await orm.em.fork().execute(
    `insert into match_consent (id, created_at, updated_at, participant_id, organisation_id, scope, from_date, employer_id)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?)`,
    [participant.id, participant.organisation.id, scope, from, employerId],
  );
}
