import { randomBytes } from 'node:crypto';
import type { AccessTenant } from './fixtures';

/**
 * The access matrix: for every Query and Mutation field, a minimal document, its variables for a tenant, and
 * the outcome per role when called with ids of the caller's own tenant and of another tenant.
 *
 * Outcomes, one per actor in {@link ACTORS} order: `ok` (allowed; a business error such as CONFLICT still means
 * the access checks let it through), `F` (FORBIDDEN, top-level or payload), `U` (UNAUTHENTICATED), `N` (not
 * found: null, an empty list, or NOT_FOUND top-level or in the payload).
 */
export const ACTORS = ['ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER', 'ANONYMOUS'] as const;
export type Actor = (typeof ACTORS)[number];
export type Outcome = 'ok' | 'F' | 'U' | 'N';

export interface MatrixEntry {
  /** The operation document; its root field is the operation under test. */
  document: string;
  /** Variables for the ids of tenant `t`. */
  variables: (t: AccessTenant) => Record<string, unknown>;
  /** Outcomes per actor (see {@link ACTORS}) for the own tenant and for another tenant, space-separated. */
  own: string;
  other: string;
  /**
   * Outcomes for an EMPLOYER (own employer's ids, another tenant's), space-separated. Default: `ok ok` where every
   * signed-in role may use the operation (public and shared reference data, `me`), `F F` for everything else: an
   * employer reaches the places' data only through consented shortlists.
   */
  employer?: string;
}

/** Operations written before the EMPLOYER role whose answer to it is not the default: null, like a stranger. */
const EMPLOYER_EXCEPTIONS: Record<string, string> = { participant: 'N N', occurrence: 'N N', node: 'N N' };

/** The EMPLOYER outcomes of an entry, for its own and another tenant's ids. */
export function employerOutcomes(name: string, entry: MatrixEntry): [string, string] {
  const signedIn = entry.own
    .split(' ')
    .slice(0, 5)
    .every((outcome) => outcome === 'ok');
  const given = entry.employer ?? EMPLOYER_EXCEPTIONS[name] ?? (signedIn ? 'ok ok' : 'F F');
  const [own, other] = given.split(' ');
  return [own, other];
}

const PUBLIC = { own: 'ok ok ok ok ok ok', other: 'ok ok ok ok ok ok' };
const SIGNED_IN = { own: 'ok ok ok ok ok U', other: 'ok ok ok ok ok U' };
const ADMIN_ONLY = { own: 'ok F F F F U', other: 'ok F F F F U' };
/** Staff of the operator, on a public record (place, workshop, organisation): FORBIDDEN for other tenants. */
const OPERATOR_PUBLIC = { own: 'ok ok F F F U', other: 'ok F F F F U' };
/** Staff of the operator, on a private record (occurrence, enrolment, booking, person): not found elsewhere. */
const OPERATOR_PRIVATE = { own: 'ok ok F F F U', other: 'ok N F F F U' };
/** Cooperative staff (ORG_STAFF passes the role check but not the cooperative's tenant rule). */
const COOPERATIVE = { own: 'ok N F ok F U', other: 'ok N F N F U' };
const COOPERATIVE_OR_MEMBER = { own: 'ok N F ok ok U', other: 'ok N F N N U' };
/** A member's household (who lives with them): the member and the cooperative's staff, not even ADMIN. */
const HOUSEHOLD = { own: 'F N F ok ok U', other: 'F N F N N U' };
/** A funder's own streams, agreements and participant links. */
const FUNDER_PRIVATE = { own: 'ok F ok F F U', other: 'ok F N F F U' };
/**
 * Answering an agreement the funder offered (the fixture's agreement is accepted, so the allowed sides get a
 * CONFLICT, which still means the access checks let them through): the place's staff and ADMIN; the funder that
 * proposed it may not answer its own offer.
 */
const AGREEMENT_ANSWER = { own: 'ok ok F F F U', other: 'ok N N F F U' };
/** Reads of a place's money and agreements: staff, and funders with an accepted agreement on the place. */
const PLACE_FINANCE_READ = { own: 'ok ok ok F F U', other: 'ok N N F F U' };

/**
 * The paged form of a list: an empty page is still an answer (`ok`), so "not found" of the plain list becomes
 * `ok`; the leak check still proves that no foreign row is in it.
 */
function paged(entry: { own: string; other: string }): { own: string; other: string } {
  const toPage = (outcomes: string) => outcomes.replace(/\bN\b/g, 'ok');
  return { own: toPage(entry.own), other: toPage(entry.other) };
}

const hex = () => randomBytes(4).toString('hex');
const PAYLOAD_ERRORS = 'errors { code field message }';

export const MATRIX: Record<'Query' | 'Mutation', Record<string, MatrixEntry>> = {
  Query: {
    me: {
      document: '{ me { subject role organisationId memberId } }',
      variables: () => ({}),
      own: 'ok ok ok ok ok N',
      other: 'ok ok ok ok ok N',
    },
    municipalities: { document: '{ municipalities { id name } }', variables: () => ({}), ...PUBLIC },
    signInOptions: {
      document: '{ signInOptions { demoAccounts { key role } oidc { issuer } } }',
      variables: () => ({}),
      ...PUBLIC,
    },
    organisations: { document: '{ organisations { id name } }', variables: () => ({}), ...PUBLIC },
    organisationsConnection: {
      document: '{ organisationsConnection(first: 5) { totalCount edges { node { id name } } } }',
      variables: () => ({}),
      ...PUBLIC,
    },
    organisation: {
      document: 'query($id: ID!) { organisation(id: $id) { id name kind } }',
      variables: (t) => ({ id: t.operator }),
      ...PUBLIC,
    },
    node: {
      document: 'query($id: ID!) { node(id: $id) { id ... on Participant { displayName email birthDate } } }',
      variables: (t) => ({ id: t.participant }),
      own: 'ok ok N N N N',
      other: 'ok N N N N N',
    },
    nodes: {
      document: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { name } } }',
      variables: (t) => ({ ids: [t.place] }),
      ...PUBLIC,
    },
    places: {
      document: 'query($o: ID) { places(first: 5, organisationId: $o) { edges { node { id name } } } }',
      variables: (t) => ({ o: t.operator }),
      ...PUBLIC,
    },
    place: {
      document: 'query($id: ID!) { place(id: $id) { id name workshops { id sessionSlots { id } } } }',
      variables: (t) => ({ id: t.place }),
      ...PUBLIC,
    },
    workshop: {
      document: 'query($id: ID!) { workshop(id: $id) { id name sessionSlots { id weekday } place { id } } }',
      variables: (t) => ({ id: t.workshop }),
      ...PUBLIC,
    },
    outflowReasons: { document: '{ outflowReasons { code label } }', variables: () => ({}), ...PUBLIC },
    norms: {
      document: 'query($m: ID) { norms(municipalityId: $m) { id amountCents } }',
      variables: (t) => ({ m: t.municipality }),
      ...SIGNED_IN,
    },
    disregardRules: {
      document: 'query($m: ID) { disregardRules(municipalityId: $m) { id code } }',
      variables: (t) => ({ m: t.municipality }),
      ...SIGNED_IN,
    },
    volunteerLimits: {
      document: 'query($m: ID) { volunteerLimits(municipalityId: $m) { id monthlyCents } }',
      variables: (t) => ({ m: t.municipality }),
      ...SIGNED_IN,
    },
    userAccounts: {
      document: '{ userAccounts(first: 100) { edges { node { id subject role } } } }',
      variables: () => ({}),
      ...ADMIN_ONLY,
    },
    auditLog: {
      document:
        '{ auditLog(first: 100) { edges { node { id action entityType entityId organisationId } } } }',
      variables: () => ({}),
      own: 'ok ok F ok F U',
      other: 'ok ok F ok F U',
    },
    participant: {
      document:
        'query($id: ID!) { participant(id: $id) { id displayName email birthDate enrolments { id } organisation { id } } }',
      variables: (t) => ({ id: t.participant }),
      own: 'ok ok N N N N',
      other: 'ok N N N N N',
    },
    participants: {
      document:
        'query($o: ID!) { participants(organisationId: $o, first: 10) { edges { node { id displayName email } } } }',
      variables: (t) => ({ o: t.operator }),
      ...OPERATOR_PUBLIC,
    },
    // The fixture's occurrence has nobody waiting, so the allowed roles get an empty list (N) too; the leak check
    // proves no foreign booking is in it, and tests/integration/waitlist.test.ts fills a waitlist and shows that
    // another organisation's staff get nothing of it.
    waitlist: {
      document:
        'query($o: ID!) { waitlist(occurrenceId: $o) { id waitlistPosition waitlistedAt participant { id displayName } } }',
      variables: (t) => ({ o: t.futureOccurrence }),
      own: 'N N F F F U',
      other: 'N N F F F U',
    },
    occurrence: {
      document:
        'query($id: ID!) { occurrence(id: $id) { id date bookings { id participant { id displayName } } attendance { id } } }',
      variables: (t) => ({ id: t.futureOccurrence }),
      own: 'ok ok N N N U',
      other: 'ok N N N N U',
    },
    placeWeek: {
      document:
        'query($p: ID!) { placeWeek(placeId: $p, weekStart: "2030-03-11") { workshops { occurrences { id bookings { id participant { id displayName } } } } } }',
      variables: (t) => ({ p: t.place }),
      ...OPERATOR_PUBLIC,
    },
    workshopRoster: {
      document:
        'query($w: ID!) { workshopRoster(workshopId: $w, date: "2030-03-04") { occurrences { id attendance { id participant { id displayName } } } } }',
      variables: (t) => ({ w: t.workshop }),
      ...OPERATOR_PUBLIC,
    },
    missingRegistrations: {
      document:
        'query($p: ID!) { missingRegistrations(placeId: $p, from: "2030-02-01", to: "2030-03-06") { id date } }',
      variables: (t) => ({ p: t.place }),
      ...OPERATOR_PUBLIC,
    },
    missingRegistrationsConnection: {
      document:
        'query($p: ID!) { missingRegistrationsConnection(placeId: $p, from: "2030-02-01", to: "2030-03-06", first: 10) { edges { node { id date } } } }',
      variables: (t) => ({ p: t.place }),
      ...OPERATOR_PUBLIC,
    },
    attendanceSummary: {
      document:
        'query($p: ID!) { attendanceSummary(placeId: $p, from: "2030-02-01", to: "2030-03-06") { workshops { workshop { id } present absent } } }',
      variables: (t) => ({ p: t.place }),
      own: 'ok ok ok F F U',
      other: 'ok F F F F U',
    },
    member: {
      document: 'query($id: ID!) { member(id: $id) { id displayName birthDate partnerBirthDate } }',
      variables: (t) => ({ id: t.member }),
      ...COOPERATIVE_OR_MEMBER,
    },
    members: {
      document: 'query($c: ID!) { members(cooperativeId: $c) { id displayName birthDate } }',
      variables: (t) => ({ c: t.cooperative }),
      ...COOPERATIVE,
    },
    membersConnection: {
      document:
        'query($c: ID!) { membersConnection(cooperativeId: $c, first: 10) { totalCount edges { node { id displayName birthDate } } } }',
      variables: (t) => ({ c: t.cooperative }),
      ...paged(COOPERATIVE),
    },
    enterprises: {
      document:
        'query($c: ID!) { enterprises(cooperativeId: $c) { id name shares { member { id displayName } } } }',
      variables: (t) => ({ c: t.cooperative }),
      ...COOPERATIVE,
    },
    enterprisesConnection: {
      document:
        'query($c: ID!) { enterprisesConnection(cooperativeId: $c, first: 10) { edges { node { id name shares { member { id displayName } } } } } }',
      variables: (t) => ({ c: t.cooperative }),
      ...paged(COOPERATIVE),
    },
    cooperativeOverview: {
      document:
        'query($c: ID!) { cooperativeOverview(cooperativeId: $c, month: "2026-01") { totalEarningsCents members { member { id displayName } } } }',
      variables: (t) => ({ c: t.cooperative }),
      ...COOPERATIVE,
    },
    benefitStatement: {
      document: 'query($m: ID!) { benefitStatement(memberId: $m, month: "2026-01") { month benefitCents } }',
      variables: (t) => ({ m: t.member }),
      ...COOPERATIVE_OR_MEMBER,
    },
    memberEarnings: {
      document:
        'query($m: ID!) { memberEarnings(memberId: $m, from: "2026-01", to: "2026-03") { month earningsCents lines { kind enterpriseName amountCents } } }',
      variables: (t) => ({ m: t.member }),
      ...COOPERATIVE_OR_MEMBER,
    },
    benefitForecast: {
      document:
        'query($m: ID!) { benefitForecast(memberId: $m, month: "2026-01", earningsCents: 50000) { month benefitCents limits { code } } }',
      variables: (t) => ({ m: t.member }),
      ...COOPERATIVE_OR_MEMBER,
    },
    benefitYear: {
      document: 'query($m: ID!) { benefitYear(memberId: $m, year: 2026) { year totals { benefitCents } } }',
      variables: (t) => ({ m: t.member }),
      ...COOPERATIVE_OR_MEMBER,
    },
    householdHistory: {
      document: 'query($m: ID!) { householdHistory(memberId: $m) { id from housemates { birthDate } } }',
      variables: (t) => ({ m: t.member }),
      ...HOUSEHOLD,
    },
    costSharerRules: {
      document: '{ costSharerRules { id housemateMinAge } }',
      variables: () => ({}),
      ...SIGNED_IN,
    },
    fundingStreams: {
      document: 'query($f: ID!) { fundingStreams(funderId: $f) { id name } }',
      variables: (t) => ({ f: t.funder }),
      ...FUNDER_PRIVATE,
    },
    participantFundingRequests: {
      document: '{ participantFundingRequests(status: null) { id status participantName } }',
      variables: () => ({}),
      own: 'ok ok ok F F U',
      other: 'ok ok ok F F U',
    },
    fundingStreamsConnection: {
      document:
        'query($f: ID!) { fundingStreamsConnection(funderId: $f, first: 10) { edges { node { id name } } } }',
      variables: (t) => ({ f: t.funder }),
      ...paged(FUNDER_PRIVATE),
    },
    fundingAgreements: {
      document:
        'query($p: ID!) { fundingAgreements(placeId: $p) { id participantLinks { id participantId } } }',
      variables: (t) => ({ p: t.place }),
      ...PLACE_FINANCE_READ,
    },
    fundingAgreementsConnection: {
      document:
        'query($p: ID!) { fundingAgreementsConnection(placeId: $p, first: 10) { edges { node { id participantLinks { id participantId } } } } }',
      variables: (t) => ({ p: t.place }),
      ...paged(PLACE_FINANCE_READ),
    },
    placeCosts: {
      document:
        'query($p: ID!) { placeCosts(placeId: $p, from: "2030-01", to: "2030-12") { id amountCents } }',
      variables: (t) => ({ p: t.place }),
      ...PLACE_FINANCE_READ,
    },
    placeCostsConnection: {
      document:
        'query($p: ID!) { placeCostsConnection(placeId: $p, from: "2030-01", to: "2030-12", first: 10) { edges { node { id amountCents } } } }',
      variables: (t) => ({ p: t.place }),
      ...paged(PLACE_FINANCE_READ),
    },
    placeSales: {
      document:
        'query($p: ID!) { placeSales(placeId: $p, from: "2030-01", to: "2030-12") { id amountCents } }',
      variables: (t) => ({ p: t.place }),
      ...PLACE_FINANCE_READ,
    },
    placeSalesConnection: {
      document:
        'query($p: ID!) { placeSalesConnection(placeId: $p, from: "2030-01", to: "2030-12", first: 10) { edges { node { id amountCents } } } }',
      variables: (t) => ({ p: t.place }),
      ...paged(PLACE_FINANCE_READ),
    },
    placeFinancing: {
      document:
        'query($p: ID!) { placeFinancing(placeId: $p, from: "2030-01", to: "2030-03") { fundingCents costsCents streams { stream { id } } } }',
      variables: (t) => ({ p: t.place }),
      own: 'ok ok ok F F U',
      other: 'ok F F F F U',
    },
    funderOverview: {
      document:
        'query($f: ID!) { funderOverview(funderId: $f, from: "2030-01", to: "2030-03") { totalCents places { place { id } } } }',
      variables: (t) => ({ f: t.funder }),
      own: 'ok F ok F F U',
      other: 'ok F F F F U',
    },
    trainingFunds: {
      document: '{ trainingFunds { id name rules { id } } }',
      variables: () => ({}),
      own: 'ok ok ok F F U',
      other: 'ok ok ok F F U',
    },
    trainingGrants: {
      document:
        'query($f: ID!) { trainingGrants(fundId: $f) { id participantId costCents payments { id } instalments { id status } } }',
      variables: (t) => ({ f: t.fund }),
      ...PLACE_FINANCE_READ,
    },
    outcomes: {
      document:
        'query($p: ID!) { outcomes(scope: { placeId: $p }, from: "2030-01-01", to: "2030-03-06") { active left byOutflowReason { code count } months { month active } } }',
      variables: (t) => ({ p: t.place }),
      own: 'ok ok ok F F U',
      other: 'ok F F F F U',
    },
    fundOverview: {
      document:
        'query($f: ID!) { fundOverview(fundId: $f, from: "2029-01", to: "2030-03") { balanceCents revolveRate months { month } } }',
      variables: (t) => ({ f: t.fund }),
      ...FUNDER_PRIVATE,
    },
    fundProjection: {
      document:
        'query($f: ID!) { fundProjection(fundId: $f, months: 12, assumedHireRate: 0.5) { endBalanceCents affordableTrainings } }',
      variables: (t) => ({ f: t.fund }),
      ...FUNDER_PRIVATE,
    },
    skills: {
      document:
        '{ skills(first: 5) { totalCount edges { node { code labelNl labelEn group externalCode } } } }',
      variables: () => ({}),
      ...PUBLIC,
    },
    vacancy: {
      document: 'query($id: ID!) { vacancy(id: $id) { id title employer { id } requiredSkills { level } } }',
      variables: (t) => ({ id: t.skills.vacancy }),
      own: 'ok ok F F F U',
      other: 'ok ok F F F U',
      employer: 'ok N',
    },
    vacancies: {
      document: 'query { vacancies(first: 5) { totalCount edges { node { id title employer { id } } } } }',
      variables: () => ({}),
      own: 'ok ok F F F U',
      other: 'ok ok F F F U',
      employer: 'ok ok',
    },
    placements: {
      document:
        'query($id: ID) { placements(vacancyId: $id) { totalCount edges { node { id stage participant { id } } } } }',
      variables: (t) => ({ id: t.skills.vacancy }),
      own: 'ok ok F F F U',
      other: 'ok ok F F F U',
    },
    vacancyMatches: {
      document:
        'query($id: ID!) { vacancyMatches(vacancyId: $id) { score participant { reference participantId displayName email passport { level } } met { status } } }',
      variables: (t) => ({ id: t.skills.vacancy }),
      own: 'ok ok F F F U',
      other: 'ok ok F F F U',
      employer: 'ok N',
    },
    participantMatches: {
      document:
        'query($id: ID!) { participantMatches(participantId: $id) { score vacancy { id } missing { status } } }',
      variables: (t) => ({ id: t.participant }),
      own: 'ok ok F F F U',
      other: 'ok N F F F U',
    },
  },
  Mutation: {
    createMunicipality: {
      document: `mutation($i: CreateMunicipalityInput!) { createMunicipality(input: $i) { municipality { id } ${PAYLOAD_ERRORS} } }`,
      variables: () => ({
        i: {
          name: `Gemeente ${hex()}`,
          code: `GM${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`,
        },
      }),
      ...ADMIN_ONLY,
    },
    createOrganisation: {
      document: `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { organisation { id } ${PAYLOAD_ERRORS} } }`,
      variables: () => ({ i: { name: `Fonds ${hex()}`, kind: 'FUND' } }),
      ...ADMIN_ONLY,
    },
    createUserAccount: {
      document: `mutation($i: CreateUserAccountInput!) { createUserAccount(input: $i) { userAccount { id } ${PAYLOAD_ERRORS} } }`,
      variables: () => ({
        i: { issuer: 'https://issuer.example', subject: `s-${hex()}`, role: 'ADMIN', disabled: true },
      }),
      ...ADMIN_ONLY,
    },
    updateUserAccount: {
      document: `mutation($i: UpdateUserAccountInput!) { updateUserAccount(input: $i) { userAccount { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.userAccount } }),
      ...ADMIN_ONLY,
    },
    createNorm: {
      document: `mutation($i: CreateNormInput!) { createNorm(input: $i) { norm { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          municipalityId: t.municipality,
          household: 'COUPLE',
          ageBand: 'AGE_21_TO_PENSION',
          amountCents: 180000,
          validFrom: '2031-01-01',
        },
      }),
      ...ADMIN_ONLY,
    },
    updateNorm: {
      document: `mutation($i: UpdateNormInput!) { updateNorm(input: $i) { norm { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.norm } }),
      ...ADMIN_ONLY,
    },
    createDisregardRule: {
      document: `mutation($i: CreateDisregardRuleInput!) { createDisregardRule(input: $i) { disregardRule { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          municipalityId: t.municipality,
          code: 'MATRIX_EXTRA',
          condition: 'NONE',
          percentage: 0.1,
          monthlyCapCents: 1000,
          validFrom: '2031-01-01',
        },
      }),
      ...ADMIN_ONLY,
    },
    updateDisregardRule: {
      document: `mutation($i: UpdateDisregardRuleInput!) { updateDisregardRule(input: $i) { disregardRule { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.disregardRule } }),
      ...ADMIN_ONLY,
    },
    createVolunteerLimit: {
      document: `mutation($i: CreateVolunteerLimitInput!) { createVolunteerLimit(input: $i) { volunteerLimit { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          municipalityId: t.municipality,
          monthlyCents: 21000,
          yearlyCents: 210000,
          validFrom: '2031-01-01',
        },
      }),
      ...ADMIN_ONLY,
    },
    updateVolunteerLimit: {
      document: `mutation($i: UpdateVolunteerLimitInput!) { updateVolunteerLimit(input: $i) { volunteerLimit { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.volunteerLimit } }),
      ...ADMIN_ONLY,
    },
    createPlace: {
      document: `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { organisationId: t.operator, municipalityId: t.municipality, name: `Plek ${hex()}` },
      }),
      ...OPERATOR_PUBLIC,
    },
    updatePlace: {
      document: `mutation($i: UpdatePlaceInput!) { updatePlace(input: $i) { place { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.place } }),
      ...OPERATOR_PUBLIC,
    },
    createWorkshop: {
      document: `mutation($i: CreateWorkshopInput!) { createWorkshop(input: $i) { workshop { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { placeId: t.place, name: `Werkplaats ${hex()}`, kind: 'CRAFTS' } }),
      ...OPERATOR_PUBLIC,
    },
    updateWorkshop: {
      document: `mutation($i: UpdateWorkshopInput!) { updateWorkshop(input: $i) { workshop { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.workshop } }),
      ...OPERATOR_PUBLIC,
    },
    archiveWorkshop: {
      document: `mutation($i: ArchiveWorkshopInput!) { archiveWorkshop(input: $i) { workshop { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.workshop, archived: false } }),
      ...OPERATOR_PUBLIC,
    },
    createSessionSlot: {
      document: `mutation($i: CreateSessionSlotInput!) { createSessionSlot(input: $i) { slot { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          workshopId: t.workshop,
          weekday: 'TUESDAY',
          startTime: '13:30',
          endTime: '17:00',
          capacity: 4,
          validFrom: '2030-06-04',
          validUntil: '2030-06-30',
        },
      }),
      ...OPERATOR_PUBLIC,
    },
    addOccurrence: {
      document: `mutation($i: AddOccurrenceInput!) { addOccurrence(input: $i) { occurrence { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { workshopId: t.workshop, date: '2030-05-08', startTime: '09:00', endTime: '12:00' },
      }),
      ...OPERATOR_PUBLIC,
    },
    cancelOccurrence: {
      document: `mutation($i: CancelOccurrenceInput!) { cancelOccurrence(input: $i) { occurrence { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { occurrenceId: t.spareOccurrence } }),
      ...OPERATOR_PRIVATE,
    },
    changeSessionSlot: {
      document: `mutation($i: ChangeSessionSlotInput!) { changeSessionSlot(input: $i) { slot { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { slotId: t.slot, from: '2000-01-01', capacity: 5 } }),
      ...OPERATOR_PRIVATE,
    },
    endSessionSlot: {
      document: `mutation($i: EndSessionSlotInput!) { endSessionSlot(input: $i) { slot { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { slotId: t.slot, lastDate: '2000-01-01' } }),
      ...OPERATOR_PRIVATE,
    },
    restoreOccurrence: {
      document: `mutation($i: RestoreOccurrenceInput!) { restoreOccurrence(input: $i) { occurrence { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { occurrenceId: t.futureOccurrence, rebook: true } }),
      ...OPERATOR_PRIVATE,
    },
    changeOccurrence: {
      document: `mutation($i: ChangeOccurrenceInput!) { changeOccurrence(input: $i) { occurrence { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { occurrenceId: t.futureOccurrence, startTime: '12:00', endTime: '11:00' } }),
      ...OPERATOR_PRIVATE,
    },
    registerParticipant: {
      document: `mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { participant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { organisationId: t.operator, displayName: `Nieuw ${hex()}` } }),
      ...OPERATOR_PUBLIC,
    },
    updateParticipant: {
      document: `mutation($i: UpdateParticipantInput!) { updateParticipant(input: $i) { participant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.participant } }),
      ...OPERATOR_PRIVATE,
    },
    enrol: {
      document: `mutation($i: EnrolInput!) { enrol(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { participantId: t.participant, workshopId: t.workshop, startDate: '2030-01-01' },
      }),
      ...OPERATOR_PUBLIC,
    },
    book: {
      document: `mutation($i: BookInput!) { book(input: $i) { booking { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { enrolmentId: t.enrolment, occurrenceId: t.futureOccurrence } }),
      ...OPERATOR_PRIVATE,
    },
    endRecurringBooking: {
      document: `mutation($i: EndRecurringBookingInput!) { endRecurringBooking(input: $i) { recurringBooking { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { recurringBookingId: t.recurringBooking, after: '2039-06-01' } }),
      ...OPERATOR_PRIVATE,
    },
    promoteFromWaitlist: {
      document: `mutation($i: PromoteFromWaitlistInput!) { promoteFromWaitlist(input: $i) { booking { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { bookingId: t.booking } }),
      ...OPERATOR_PRIVATE,
    },
    recordAttendance: {
      document: `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { attendance { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { occurrenceId: t.pastOccurrence, participantId: t.participant, status: 'PRESENT' },
      }),
      ...OPERATOR_PRIVATE,
    },
    recordAttendanceBulk: {
      document: `mutation($i: RecordAttendanceBulkInput!) { recordAttendanceBulk(input: $i) { attendance { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { occurrenceId: t.pastOccurrence, entries: [{ participantId: t.participant, status: 'PRESENT' }] },
      }),
      ...OPERATOR_PRIVATE,
    },
    removeAttendance: {
      document: `mutation($i: RemoveAttendanceInput!) { removeAttendance(input: $i) { removedAttendanceId ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { attendanceId: t.attendance } }),
      ...OPERATOR_PRIVATE,
    },
    cancelBooking: {
      document: `mutation($i: CancelBookingInput!) { cancelBooking(input: $i) { booking { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { bookingId: t.spareBooking } }),
      ...OPERATOR_PRIVATE,
    },
    endEnrolment: {
      document: `mutation($i: EndEnrolmentInput!) { endEnrolment(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { enrolmentId: t.spareEnrolment, endDate: '2030-03-06', outflowCode: t.outflowCode },
      }),
      ...OPERATOR_PRIVATE,
    },
    pauseEnrolment: {
      document: `mutation($i: PauseEnrolmentInput!) { pauseEnrolment(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { enrolmentId: t.enrolment, from: '2039-01-02', until: '2039-01-01' } }),
      ...OPERATOR_PRIVATE,
    },
    resumeEnrolment: {
      document: `mutation($i: ResumeEnrolmentInput!) { resumeEnrolment(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { enrolmentId: t.enrolment, on: '2039-01-01' } }),
      ...OPERATOR_PRIVATE,
    },
    correctEnrolmentEnd: {
      document: `mutation($i: CorrectEnrolmentEndInput!) { correctEnrolmentEnd(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { enrolmentId: t.enrolment, outflowCode: t.outflowCode } }),
      ...OPERATOR_PRIVATE,
    },
    reopenEnrolment: {
      document: `mutation($i: ReopenEnrolmentInput!) { reopenEnrolment(input: $i) { enrolment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { enrolmentId: t.enrolment } }),
      ...OPERATOR_PRIVATE,
    },
    eraseParticipant: {
      document: `mutation($i: EraseParticipantInput!) { eraseParticipant(input: $i) { participant { id displayName } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.spareParticipant } }),
      ...OPERATOR_PRIVATE,
    },
    recordPlaceCost: {
      document: `mutation($i: RecordPlaceCostInput!) { recordPlaceCost(input: $i) { cost { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { placeId: t.place, month: '2030-01', category: 'STAFF', amountCents: 500000 },
      }),
      ...OPERATOR_PRIVATE,
    },
    recordPlaceCostBudget: {
      document: `mutation($i: RecordPlaceCostBudgetInput!) { recordPlaceCostBudget(input: $i) { costs { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { placeId: t.place, year: 2031, category: 'MATERIALS', amountCents: 1200 } }),
      ...OPERATOR_PRIVATE,
    },
    recordSales: {
      document: `mutation($i: RecordSalesInput!) { recordSales(input: $i) { sale { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { workshopId: t.workshop, month: '2030-01', amountCents: 12000 } }),
      ...OPERATOR_PRIVATE,
    },
    createMember: {
      document: `mutation($i: CreateMemberInput!) { createMember(input: $i) { member { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          cooperativeId: t.cooperative,
          municipalityId: t.municipality,
          displayName: `Lid ${hex()}`,
          birthDate: '1980-01-01',
          household: 'SINGLE',
          benefitStart: '2026-01-01',
        },
      }),
      ...COOPERATIVE,
    },
    createEnterprise: {
      document: `mutation($i: CreateEnterpriseInput!) { createEnterprise(input: $i) { enterprise { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          cooperativeId: t.cooperative,
          name: `Samen ${hex()}`,
          kind: 'JOINT',
          shares: [{ memberId: t.member, percent: 100 }],
        },
      }),
      ...COOPERATIVE,
    },
    recordEarnings: {
      document: `mutation($i: RecordEarningsInput!) { recordEarnings(input: $i) { earnings { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { enterpriseId: t.enterprise, month: '2026-01', revenueCents: 60000, costsCents: 10000 },
      }),
      ...COOPERATIVE,
    },
    recordMemberIncome: {
      document: `mutation($i: RecordMemberIncomeInput!) { recordMemberIncome(input: $i) { income { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { memberId: t.member, month: '2026-01' } }),
      ...COOPERATIVE,
    },
    recordHousehold: {
      document: `mutation($i: RecordHouseholdInput!) { recordHousehold(input: $i) { householdRecord { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { memberId: t.member, from: '2026-01-01', housemates: [{ birthDate: '1970-01-01' }] },
      }),
      ...HOUSEHOLD,
    },
    eraseMember: {
      document: `mutation($i: EraseMemberInput!) { eraseMember(input: $i) { member { id displayName } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { memberId: t.spareMember } }),
      ...COOPERATIVE,
    },
    createFundingStream: {
      document: `mutation($i: CreateFundingStreamInput!) { createFundingStream(input: $i) { stream { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { funderId: t.funder, name: `Stroom ${hex()}`, kind: 'GENERAL_PROVISION' } }),
      own: 'ok F ok F F U',
      other: 'ok F F F F U',
    },
    updateFundingStream: {
      document: `mutation($i: UpdateFundingStreamInput!) { updateFundingStream(input: $i) { stream { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.stream } }),
      ...FUNDER_PRIVATE,
    },
    createFundingAgreement: {
      document: `mutation($i: CreateFundingAgreementInput!) { createFundingAgreement(input: $i) { agreement { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          streamId: t.stream,
          placeId: t.place,
          basis: 'LUMP_SUM',
          totalCents: 100000,
          from: '2031-01',
          until: '2031-12',
        },
      }),
      // The funder offers it, the place's staff may propose it too; neither reaches another tenant's place.
      own: 'ok ok ok F F U',
      other: 'ok N N F F U',
    },
    updateFundingAgreement: {
      document: `mutation($i: UpdateFundingAgreementInput!) { updateFundingAgreement(input: $i) { agreement { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.agreement } }),
      ...FUNDER_PRIVATE,
    },
    acceptFundingAgreement: {
      document: `mutation($i: AcceptFundingAgreementInput!) { acceptFundingAgreement(input: $i) { agreement { id status } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { agreementId: t.agreement } }),
      ...AGREEMENT_ANSWER,
    },
    rejectFundingAgreement: {
      document: `mutation($i: RejectFundingAgreementInput!) { rejectFundingAgreement(input: $i) { agreement { id status } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { agreementId: t.agreement, reason: 'Geen afspraak met ons gemaakt.' } }),
      ...AGREEMENT_ANSWER,
    },
    linkParticipantFunding: {
      document: `mutation($i: LinkParticipantFundingInput!) { linkParticipantFunding(input: $i) { link { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { agreementId: t.agreement, participantId: t.participant, from: '2030-01-01' },
      }),
      ...FUNDER_PRIVATE,
    },
    requestParticipantFunding: {
      document: `mutation($i: RequestParticipantFundingInput!) { requestParticipantFunding(input: $i) { request { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { agreementId: t.agreement, participantId: t.spareParticipant, from: '2030-02-01' },
      }),
      ...OPERATOR_PRIVATE,
    },
    decideParticipantFunding: {
      document: `mutation($i: DecideParticipantFundingInput!) { decideParticipantFunding(input: $i) { request { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { requestId: t.fundingRequest, approve: false } }),
      ...FUNDER_PRIVATE,
    },
    updateParticipantFundingLink: {
      document: `mutation($i: UpdateParticipantFundingLinkInput!) { updateParticipantFundingLink(input: $i) { link { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { id: t.link } }),
      ...FUNDER_PRIVATE,
    },
    createTrainingFund: {
      document: `mutation($i: CreateTrainingFundInput!) { createTrainingFund(input: $i) { fund { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { ownerId: t.funder, name: `Fonds ${hex()}` } }),
      own: 'ok F ok F F U',
      other: 'ok F F F F U',
    },
    recordFundContribution: {
      document: `mutation($i: RecordFundContributionInput!) { recordFundContribution(input: $i) { contribution { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { fundId: t.fund, contributorId: t.funder, date: '2030-01-02', amountCents: 100 },
      }),
      ...FUNDER_PRIVATE,
    },
    createFundRule: {
      document: `mutation($i: CreateFundRuleInput!) { createFundRule(input: $i) { rule { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          fundId: t.fund,
          validFrom: '2031-01-01',
          maxPerPersonCents: 100,
          repaymentShare: 1,
          retentionMonths: 0,
          instalments: 1,
          instalmentIntervalMonths: 1,
          earlyEnd: 'NOTHING_OWED',
        },
      }),
      ...FUNDER_PRIVATE,
    },
    applyForTraining: {
      document: `mutation($i: ApplyForTrainingInput!) { applyForTraining(input: $i) { grant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          fundId: t.fund,
          participantId: t.participant,
          course: 'Lassen',
          provider: 'ROC',
          level: 'MBO-1',
          costCents: 100,
          start: '2030-04-01',
          end: '2030-06-30',
        },
      }),
      ...OPERATOR_PRIVATE,
    },
    decideTrainingGrant: {
      document: `mutation($i: DecideTrainingGrantInput!) { decideTrainingGrant(input: $i) { grant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { grantId: t.spareGrant, approve: true } }),
      ...FUNDER_PRIVATE,
    },
    recordTrainingPayment: {
      document: `mutation($i: RecordTrainingPaymentInput!) { recordTrainingPayment(input: $i) { payment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { grantId: t.hireGrant, date: '2030-01-05', amountCents: 100 } }),
      ...FUNDER_PRIVATE,
    },
    completeTraining: {
      document: `mutation($i: CompleteTrainingInput!) { completeTraining(input: $i) { grant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { grantId: t.hireGrant, date: '2029-05-31', outcome: 'COMPLETED' } }),
      ...OPERATOR_PRIVATE,
    },
    recordHire: {
      document: `mutation($i: RecordHireInput!) { recordHire(input: $i) { grant { id instalments { id } } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { grantId: t.hireGrant, employerId: t.employer, start: '2029-09-01' } }),
      ...OPERATOR_PRIVATE,
    },
    recordEmploymentEnd: {
      document: `mutation($i: RecordEmploymentEndInput!) { recordEmploymentEnd(input: $i) { grant { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { grantId: t.grant, date: '2029-12-31' } }),
      ...OPERATOR_PRIVATE,
    },
    recordRepayment: {
      document: `mutation($i: RecordRepaymentInput!) { recordRepayment(input: $i) { repayment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { instalmentId: t.instalment, date: '2029-07-03', amountCents: 100 } }),
      ...FUNDER_PRIVATE,
    },
    waiveInstalment: {
      document: `mutation($i: WaiveInstalmentInput!) { waiveInstalment(input: $i) { instalment { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { instalmentId: t.spareInstalment, reason: 'Werkgever failliet' } }),
      ...FUNDER_PRIVATE,
    },
    importSkills: {
      document: `mutation($i: ImportSkillsInput!) { importSkills(input: $i) { created rowErrors { line } ${PAYLOAD_ERRORS} } }`,
      variables: () => ({ i: { csv: `code,label_nl,label_en,group\nmatrix.${hex()},Proef,Test,matrix` } }),
      ...ADMIN_ONLY,
    },
    setWorkshopSkills: {
      document: `mutation($i: SetWorkshopSkillsInput!) { setWorkshopSkills(input: $i) { workshop { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { workshopId: t.workshop, skills: [{ skillCode: 'kitchen.serving', level: 'INDEPENDENT' }] },
      }),
      ...OPERATOR_PUBLIC,
    },
    recordLadderPosition: {
      document: `mutation($i: RecordLadderPositionInput!) { recordLadderPosition(input: $i) { ladderPosition { id rung } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.participant, date: '2030-03-01', rung: 3 } }),
      ...OPERATOR_PRIVATE,
    },
    recordSkillObservation: {
      document: `mutation($i: RecordSkillObservationInput!) { recordSkillObservation(input: $i) { observation { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          participantId: t.participant,
          skillCode: 'kitchen.serving',
          level: 'WITH_HELP',
          date: '2030-03-01',
        },
      }),
      ...OPERATOR_PRIVATE,
    },
    createVacancy: {
      document: `mutation($i: CreateVacancyInput!) { createVacancy(input: $i) { vacancy { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: {
          employerId: t.skills.employer,
          title: `Vacature ${hex()}`,
          municipalityId: t.municipality,
          hoursPerWeek: 16,
          dayparts: [],
          requiredSkills: [],
        },
      }),
      own: 'ok ok F F F U',
      other: 'ok ok F F F U',
      employer: 'ok F',
    },
    setParticipantAvailability: {
      document: `mutation($i: SetParticipantAvailabilityInput!) { setParticipantAvailability(input: $i) { dayparts ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.participant, dayparts: ['MONDAY_MORNING'] } }),
      ...OPERATOR_PRIVATE,
    },
    recordMatchConsent: {
      document: `mutation($i: RecordMatchConsentInput!) { recordMatchConsent(input: $i) { consent { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.participant, scope: 'SKILLS', from: '2030-03-01' } }),
      ...OPERATOR_PRIVATE,
    },
    withdrawMatchConsent: {
      document: `mutation($i: WithdrawMatchConsentInput!) { withdrawMatchConsent(input: $i) { consent { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { consentId: t.skills.consent } }),
      ...OPERATOR_PRIVATE,
    },
    issueSkillCredential: {
      document: `mutation($i: IssueSkillCredentialInput!) { issueSkillCredential(input: $i) { credentialId ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.participant, skillCode: 'work-habits.teamwork' } }),
      ...OPERATOR_PRIVATE,
    },
    revokeSkillCredential: {
      document: `mutation($i: RevokeSkillCredentialInput!) { revokeSkillCredential(input: $i) { revoked ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { credentialId: t.skills.credential } }),
      ...OPERATOR_PRIVATE,
    },
    linkNeighbourMunicipalities: {
      // A municipality with itself: refused as VALIDATION, which shows the role check passed (success is in
      // skills-lists.test.ts).
      document: `mutation($i: NeighbourMunicipalitiesInput!) { linkNeighbourMunicipalities(input: $i) { changed ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { municipalityId: t.municipality, neighbourId: t.municipality } }),
      ...ADMIN_ONLY,
    },
    unlinkNeighbourMunicipalities: {
      document: `mutation($i: NeighbourMunicipalitiesInput!) { unlinkNeighbourMunicipalities(input: $i) { changed ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { municipalityId: t.municipality, neighbourId: t.municipality } }),
      ...ADMIN_ONLY,
    },
    rotateCredentialSigningKey: {
      document: `mutation($i: RotateCredentialSigningKeyInput!) { rotateCredentialSigningKey(input: $i) { keyId ${PAYLOAD_ERRORS} } }`,
      variables: () => ({ i: { reason: 'access matrix' } }),
      ...ADMIN_ONLY,
    },
    proposePlacement: {
      document: `mutation($i: ProposePlacementInput!) { proposePlacement(input: $i) { placement { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { participantId: t.participant, vacancyId: t.skills.vacancy } }),
      ...OPERATOR_PRIVATE,
    },
    updatePlacement: {
      document: `mutation($i: UpdatePlacementInput!) { updatePlacement(input: $i) { placement { id } ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({
        i: { placementId: t.skills.placement, stage: 'INTERVIEW', interviewOn: '2030-03-10' },
      }),
      ...OPERATOR_PRIVATE,
    },
    confirmPlacement: {
      document: `mutation($i: ConfirmPlacementInput!) { confirmPlacement(input: $i) { placement { id } endedEnrolments ${PAYLOAD_ERRORS} } }`,
      variables: (t) => ({ i: { placementId: t.skills.placement } }),
      ...OPERATOR_PRIVATE,
    },
  },
};

/**
 * Mutations that change the fixtures they are given (cancel, end, erase) run after all others, so that the
 * others see the tenant as built.
 */
export const LAST = [
  'removeAttendance',
  'cancelBooking',
  'endEnrolment',
  'cancelOccurrence',
  'withdrawMatchConsent',
  'eraseParticipant',
  'eraseMember',
];
