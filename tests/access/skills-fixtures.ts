import { makeEmployer, observe } from '../factories/skills';
import type { Municipality } from '../../src/municipalities/municipality.entity';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Call, GraphQLBody } from './fixtures';

/** The skills rows of an access tenant: an employer with a vacancy, and a participant with a passport and consent. */
export interface SkillsTenant {
  employer: string;
  vacancy: string;
  consent: string;
  credential: string;
  placement: string;
  /** Ids that only ADMIN and the operator's staff may see. */
  privateStrings: string[];
}

function payload(body: GraphQLBody, field: string): Record<string, unknown> {
  const value = body.data?.[field] as (Record<string, unknown> & { errors?: unknown[] }) | undefined;
  if (body.errors?.length || !value || value.errors?.length)
    throw new Error(`${field} failed: ${JSON.stringify(body)}`);
  return value;
}

export async function makeSkillsTenant(
  orm: MikroORM,
  call: Call,
  admin: string,
  fields: { municipality: Municipality; participant: { id: string; organisation: { id: string } } },
): Promise<SkillsTenant> {
  const employer = await makeEmployer(orm, fields.municipality);
  await observe(orm, fields.participant, [['work-habits.teamwork', 'INDEPENDENT', '2030-02-01']]);
  const vacancy = payload(
    await call(
      admin,
      'mutation($i: CreateVacancyInput!) { createVacancy(input: $i) { vacancy { id } errors { code } } }',
      {
        i: {
          employerId: employer.id,
          title: 'Medewerker',
          municipalityId: fields.municipality.id,
          hoursPerWeek: 20,
          dayparts: ['MONDAY_MORNING'],
          requiredSkills: [{ skillCode: 'work-habits.teamwork', level: 'INDEPENDENT' }],
        },
      },
    ),
    'createVacancy',
  ).vacancy as { id: string };
  const consent = payload(
    await call(
      admin,
      'mutation($i: RecordMatchConsentInput!) { recordMatchConsent(input: $i) { consent { id } errors { code } } }',
      {
        i: { participantId: fields.participant.id, scope: 'SKILLS', from: '2030-01-01' },
      },
    ),
    'recordMatchConsent',
  ).consent as { id: string };
  const credential = payload(
    await call(
      admin,
      'mutation($i: IssueSkillCredentialInput!) { issueSkillCredential(input: $i) { credentialId errors { code } } }',
      { i: { participantId: fields.participant.id, skillCode: 'work-habits.teamwork' } },
    ),
    'issueSkillCredential',
  ).credentialId as string;
  const placement = payload(
    await call(
      admin,
      'mutation($i: ProposePlacementInput!) { proposePlacement(input: $i) { placement { id } errors { code } } }',
      {
        i: { participantId: fields.participant.id, vacancyId: vacancy.id },
      },
    ),
    'proposePlacement',
  ).placement as { id: string };
  return {
    employer: employer.id,
    vacancy: vacancy.id,
    consent: consent.id,
    credential,
    placement: placement.id,
    privateStrings: [consent.id, credential, placement.id],
  };
}
