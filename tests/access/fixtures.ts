import { EnterpriseKind } from '../../src/cooperatives/cooperative.enums';
import { HouseholdRecord } from '../../src/cooperatives/household/household-record.entity';
import { EnterpriseEarnings, MemberIncome } from '../../src/cooperatives/earnings.entity';
import { Enterprise, EnterpriseShare } from '../../src/cooperatives/enterprise.entity';
import { FundingBasis } from '../../src/funding/funding.enums';
import { FundingRequestStatus, ParticipantFundingRequest } from '../../src/funding/funding-request.entity';
import { OrganisationKind } from '../../src/organisations/organisation.entity';
import { makeCooperative, makeMember } from '../factories/cooperatives';
import { makeOrganisation, makeTenant, makeWorkshop } from '../factories/foundation';
import { makeAgreement, makeLink, makeStream } from '../factories/funding';
import { insertStandingBooking } from '../../src/scheduling/booking.store';
import { makeEnrolment, makeParticipant, makeSessionSlot, occurrenceOn } from '../factories/sessions';
import { Role, type TestServer, unique } from '../setup/harness';
import { makeSkillsTenant, type SkillsTenant } from './skills-fixtures';

/** The day the matrix runs on (MEEDOEN_TODAY): a Wednesday. */
export const TODAY = '2030-03-06';

/** A request with an optional token; answers the raw GraphQL response body. */
export type Call = (
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
) => Promise<GraphQLBody>;

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** One tenant with a row of every kind, and which of its strings are private (ids of people's rows, names). */
export interface AccessTenant {
  municipality: string;
  operator: string;
  place: string;
  workshop: string;
  /** The weekly slot of the workshop. */
  slot: string;
  pastOccurrence: string;
  futureOccurrence: string;
  spareOccurrence: string;
  participant: string;
  spareParticipant: string;
  enrolment: string;
  spareEnrolment: string;
  booking: string;
  spareBooking: string;
  /** A standing (weekly) booking of the enrolment. */
  recurringBooking: string;
  attendance: string;
  cooperative: string;
  member: string;
  spareMember: string;
  enterprise: string;
  funder: string;
  stream: string;
  agreement: string;
  link: string;
  /** A request of the operator to link a participant, already REJECTED (so the funder sees no name on it). */
  fundingRequest: string;
  /** A funder with no relation to the place that offered it a 1-cent agreement (PROPOSED, never accepted). */
  proposingFunder: string;
  proposedStream: string;
  proposedAgreement: string;
  norm: string;
  disregardRule: string;
  volunteerLimit: string;
  userAccount: string;
  outflowCode: string;
  /** Skills, consent, vacancy and placement rows (see skills-fixtures.ts). */
  skills: SkillsTenant;
  employer: string;
  fund: string;
  /** Approved, paid and hired: has a repayment schedule. */
  grant: string;
  /** Applied for, not decided. */
  spareGrant: string;
  /** Approved and partly paid, no hire. */
  hireGrant: string;
  instalment: string;
  spareInstalment: string;
  /** Ids of rows that are not public directory data, and the names and e-mail of its people. */
  privateStrings: string[];
  /** Names and contact data of its participants: only ADMIN and the operator's staff may see them. */
  participantPersonal: string[];
  /** Names of its members: only ADMIN, the cooperative's staff and the member may see them. */
  memberPersonal: string[];
}

function dataOf(body: GraphQLBody, field: string): Record<string, unknown> {
  if (body.errors?.length) throw new Error(`${field} failed: ${JSON.stringify(body.errors)}`);
  const payload = body.data?.[field] as Record<string, unknown> & { errors?: unknown[] };
  if (payload?.errors?.length) throw new Error(`${field} failed: ${JSON.stringify(payload.errors)}`);
  return payload;
}

/**
 * Builds a tenant: rows that have no mutation of their own (or need no checks) through the factories, the
 * rest through the API as ADMIN so that they are what the application itself writes.
 */
export async function makeAccessTenant(server: TestServer, call: Call): Promise<AccessTenant> {
  const { orm } = server;
  const admin = server.token(Role.ADMIN);
  const { municipality, organisation: operator, place } = await makeTenant(orm);
  const workshop = await makeWorkshop(orm, { place });
  const slot = await makeSessionSlot(orm, { workshop, validFrom: '2030-02-04', until: '2030-04-30' });
  const [past, future, later, spare] = await Promise.all(
    ['2030-03-04', '2030-03-11', '2030-03-25', '2030-04-01'].map((date) => occurrenceOn(orm, slot, date)),
  );
  const participantName = unique('Persoon');
  const participant = await makeParticipant(orm, { organisation: operator, displayName: participantName });
  const spareParticipant = await makeParticipant(orm, { organisation: operator });
  const enrolment = await makeEnrolment(orm, {
    participantId: participant.id,
    workshop,
    startDate: '2030-01-01',
  });
  const spareEnrolment = await makeEnrolment(orm, {
    participantId: spareParticipant.id,
    workshop,
    startDate: '2030-01-01',
  });

  const book = async (occurrenceId: string) =>
    dataOf(
      await call(admin, 'mutation($i: BookInput!) { book(input: $i) { booking { id } errors { code } } }', {
        i: { enrolmentId: enrolment.id, occurrenceId },
      }),
      'book',
    ).booking as { id: string };
  const booking = await book(future.id);
  const spareBooking = await book(later.id);
  // A standing booking that starts far ahead, so that stopping it releases nothing of the fixtures.
  const standing = await insertStandingBooking(orm.em.fork(), {
    slotId: slot.id,
    enrolmentId: enrolment.id,
    participantId: participant.id,
    organisationId: operator.id,
    fromDate: '2039-01-02',
    untilDate: null,
  });
  const attended = dataOf(
    await call(
      admin,
      'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { attendance { id } errors { code } } }',
      { i: { occurrenceId: past.id, participantId: participant.id, status: 'PRESENT' } },
    ),
    'recordAttendance',
  ).attendance as { id: string };

  const { cooperative } = await makeCooperative(orm);
  const member = await makeMember(orm, { cooperative, municipality });
  const spareMember = await makeMember(orm, { cooperative, municipality });
  const em = orm.em.fork();
  const enterprise = em.create(Enterprise, {
    organisation: cooperative.id,
    name: unique('Onderneming'),
    kind: EnterpriseKind.OWN,
  });
  em.create(EnterpriseShare, {
    enterprise,
    member: member.id,
    organisation: cooperative.id,
    basisPoints: 10000,
  });
  const earnings = em.create(EnterpriseEarnings, {
    enterprise,
    organisation: cooperative.id,
    month: '2026-01',
    revenueCents: 60000,
    costsCents: 10000,
  });
  const income = em.create(MemberIncome, {
    member: member.id,
    organisation: cooperative.id,
    municipality: municipality.id,
    month: '2026-01',
    volunteerAllowanceCents: 0,
    partnerEarningsCents: 0,
  });
  const household = em.create(HouseholdRecord, {
    member: member.id,
    organisation: cooperative.id,
    from: '2026-01-01',
    housemates: [{ birthDate: '1961-11-23', student: false, commercial: false }],
  });
  await em.flush();

  const funder = await makeOrganisation(orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
  const stream = await makeStream(orm, { funder });
  const agreement = await makeAgreement(orm, {
    stream,
    place,
    from: '2030-01',
    until: '2030-12',
    basis: FundingBasis.PER_PARTICIPANT_MONTH,
    amountPerParticipantMonthCents: 25000,
  });
  const link = await makeLink(orm, { agreement, participant, from: '2030-01-01' });
  const requestEm = orm.em.fork();
  const fundingRequest = requestEm.create(ParticipantFundingRequest, {
    agreement: agreement.id,
    participant: participant.id,
    funder: funder.id,
    place: place.id,
    organisation: operator.id,
    municipality: municipality.id,
    fromDate: '2030-01-01',
    status: FundingRequestStatus.REJECTED,
    decidedAt: new Date(),
  });
  await requestEm.flush();
  const proposingFunder = await makeOrganisation(orm, { kind: OrganisationKind.FUND });
  const asProposer = server.token(Role.FUNDER, proposingFunder.id);
  const proposedStream = dataOf(
    await call(
      asProposer,
      'mutation($i: CreateFundingStreamInput!) { createFundingStream(input: $i) { stream { id } errors { code } } }',
      { i: { funderId: proposingFunder.id, name: unique('Fonds'), kind: 'PRIVATE_FUND' } },
    ),
    'createFundingStream',
  ).stream as { id: string };
  const proposed = dataOf(
    await call(
      asProposer,
      'mutation($i: CreateFundingAgreementInput!) { createFundingAgreement(input: $i) { agreement { id status } errors { code } } }',
      {
        i: {
          streamId: proposedStream.id,
          placeId: place.id,
          basis: 'LUMP_SUM',
          totalCents: 1,
          from: '2030-01',
          until: '2030-12',
        },
      },
    ),
    'createFundingAgreement',
  ).agreement as { id: string; status: string };
  if (proposed.status !== 'PROPOSED') throw new Error(`A funder's offer is ${proposed.status}, not PROPOSED`);
  const cost = dataOf(
    await call(
      admin,
      'mutation($i: RecordPlaceCostInput!) { recordPlaceCost(input: $i) { cost { id } errors { code } } }',
      { i: { placeId: place.id, month: '2030-01', category: 'STAFF', amountCents: 500000 } },
    ),
    'recordPlaceCost',
  ).cost as { id: string };
  const sale = dataOf(
    await call(
      admin,
      'mutation($i: RecordSalesInput!) { recordSales(input: $i) { sale { id } errors { code } } }',
      {
        i: { workshopId: workshop.id, month: '2030-01', amountCents: 12000 },
      },
    ),
    'recordSales',
  ).sale as { id: string };

  const rule = async (field: string, type: string, result: string, input: Record<string, unknown>) =>
    (
      dataOf(
        await call(
          admin,
          `mutation($i: ${type}!) { ${field}(input: $i) { ${result} { id } errors { code } } }`,
          {
            i: { municipalityId: municipality.id, validFrom: '2030-01-01', ...input },
          },
        ),
        field,
      )[result] as { id: string }
    ).id;
  const norm = await rule('createNorm', 'CreateNormInput', 'norm', {
    household: 'SINGLE',
    ageBand: 'AGE_21_TO_PENSION',
    amountCents: 130000,
  });
  const disregardRule = await rule('createDisregardRule', 'CreateDisregardRuleInput', 'disregardRule', {
    code: 'MATRIX',
    condition: 'NONE',
    percentage: 0.25,
    monthlyCapCents: 25000,
  });
  const volunteerLimit = await rule('createVolunteerLimit', 'CreateVolunteerLimitInput', 'volunteerLimit', {
    monthlyCents: 20000,
    yearlyCents: 200000,
  });
  const account = dataOf(
    await call(
      admin,
      'mutation($i: CreateUserAccountInput!) { createUserAccount(input: $i) { userAccount { id } errors { code } } }',
      {
        i: {
          issuer: 'https://issuer.example',
          subject: unique('staff').replace(' ', '-'),
          role: 'ORG_STAFF',
          organisationId: operator.id,
          disabled: false,
        },
      },
    ),
    'createUserAccount',
  ).userAccount as { id: string };
  const reasons = await call(null, '{ outflowReasons { code } }', {});
  const outflowCode = (reasons.data!.outflowReasons as { code: string }[])[0].code;

  const skills = await makeSkillsTenant(orm, call, admin, { municipality, participant });

  const fund = await makeFundRows(call, admin, { funder: funder.id, participant: participant.id });
  const people = [participant, spareParticipant];
  return {
    municipality: municipality.id,
    operator: operator.id,
    place: place.id,
    workshop: workshop.id,
    slot: slot.id,
    pastOccurrence: past.id,
    futureOccurrence: future.id,
    spareOccurrence: spare.id,
    participant: participant.id,
    spareParticipant: spareParticipant.id,
    enrolment: enrolment.id,
    spareEnrolment: spareEnrolment.id,
    booking: booking.id,
    spareBooking: spareBooking.id,
    recurringBooking: standing!,
    attendance: attended.id,
    cooperative: cooperative.id,
    member: member.id,
    spareMember: spareMember.id,
    enterprise: enterprise.id,
    funder: funder.id,
    stream: stream.id,
    agreement: agreement.id,
    link: link.id,
    fundingRequest: fundingRequest.id,
    proposingFunder: proposingFunder.id,
    proposedStream: proposedStream.id,
    proposedAgreement: proposed.id,
    norm,
    disregardRule,
    volunteerLimit,
    userAccount: account.id,
    outflowCode,
    skills,
    ...fund,
    // The weekly timetable (session slots) is public directory data, like places and workshops.
    privateStrings: [
      past.id,
      future.id,
      later.id,
      spare.id,
      ...people.map((p) => p.id),
      enrolment.id,
      spareEnrolment.id,
      booking.id,
      spareBooking.id,
      standing!,
      attended.id,
      member.id,
      spareMember.id,
      enterprise.id,
      earnings.id,
      income.id,
      household.id,
      stream.id,
      agreement.id,
      link.id,
      fundingRequest.id,
      proposedStream.id,
      proposed.id,
      cost.id,
      sale.id,
      account.id,
      ...skills.privateStrings,
      fund.grant,
      fund.spareGrant,
      fund.hireGrant,
      fund.instalment,
      fund.spareInstalment,
      ...people.map((p) => p.displayName),
      member.displayName,
      spareMember.displayName,
    ],
    participantPersonal: people.map((p) => p.displayName),
    memberPersonal: [member.displayName, spareMember.displayName],
  };
}

/**
 * A training fund of the tenant's funder with a rule, money in, and three grants for its participant: one
 * hired (with a repayment schedule), one only applied for, one approved and partly paid. Written through the
 * API as ADMIN.
 */
async function makeFundRows(call: Call, admin: string, t: { funder: string; participant: string }) {
  const run = async (field: string, type: string, result: string, input: Record<string, unknown>) =>
    dataOf(
      await call(admin, `mutation($i: ${type}!) { ${field}(input: $i) { ${result} errors { code } } }`, {
        i: input,
      }),
      field,
    );
  const fund = (
    await run('createTrainingFund', 'CreateTrainingFundInput', 'fund { id }', {
      ownerId: t.funder,
      name: unique('Scholingsfonds'),
    })
  ).fund as { id: string };
  await run('createFundRule', 'CreateFundRuleInput', 'rule { id }', {
    fundId: fund.id,
    validFrom: '2029-01-01',
    maxPerPersonCents: 5_000_000,
    repaymentShare: 0.5,
    retentionMonths: 1,
    instalments: 2,
    instalmentIntervalMonths: 1,
    earlyEnd: 'PRO_RATA',
  });
  await run('recordFundContribution', 'RecordFundContributionInput', 'contribution { id }', {
    fundId: fund.id,
    contributorId: t.funder,
    date: '2029-01-02',
    amountCents: 1_000_000,
  });
  const apply = async () =>
    (
      (
        await run('applyForTraining', 'ApplyForTrainingInput', 'grant { id }', {
          fundId: fund.id,
          participantId: t.participant,
          course: 'Heftruck',
          provider: 'ROC',
          level: 'MBO-2',
          costCents: 100_000,
          start: '2029-02-01',
          end: '2029-05-31',
        })
      ).grant as { id: string }
    ).id;
  const approvedAndPaid = async (amountCents: number) => {
    const grantId = await apply();
    await run('decideTrainingGrant', 'DecideTrainingGrantInput', 'grant { id }', { grantId, approve: true });
    await run('recordTrainingPayment', 'RecordTrainingPaymentInput', 'payment { id }', {
      grantId,
      date: '2029-02-03',
      amountCents,
    });
    return grantId;
  };
  const grant = await approvedAndPaid(100_000);
  const hired = (
    await run('recordHire', 'RecordHireInput', 'grant { instalments { id } }', {
      grantId: grant,
      employerId: t.funder,
      start: '2029-06-01',
    })
  ).grant as { instalments: { id: string }[] };
  const hireGrant = await approvedAndPaid(50_000);
  const spareGrant = await apply();
  return {
    employer: t.funder,
    fund: fund.id,
    grant,
    spareGrant,
    hireGrant,
    instalment: hired.instalments[0].id,
    spareInstalment: hired.instalments[1].id,
  };
}

/** Raw GraphQL over HTTP, answering the body whatever its errors (graphql-request throws on top-level errors). */
export function callerFor(server: TestServer): Call {
  return async (token, query, variables) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLBody;
  };
}
