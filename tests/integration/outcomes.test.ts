import { Enrolment, EnrolmentStatus } from '../../src/enrolments/enrolment.entity';
import { FundingAgreementStatus, FundingBasis } from '../../src/funding/funding.enums';
import type { Municipality } from '../../src/municipalities/municipality.entity';
import { type Organisation, OrganisationKind } from '../../src/organisations/organisation.entity';
import { Participant } from '../../src/participants/participant.entity';
import type { Workshop } from '../../src/workshops/workshop.entity';
import {
  type OutcomesQuery,
  OutcomesByPlaceDocument,
  OutcomesDocument,
  OutcomesStepsToWorkDocument,
  ParticipantLadderDocument,
  RecordLadderPositionDocument,
} from '../generated/graphql';
import { makeMunicipality, makeOrganisation, makePlace, makeWorkshop } from '../factories/foundation';
import { makeAgreement, makeStream } from '../factories/funding';
import { makeEmployer, observe } from '../factories/skills';
import { Role, startTestServer, type TestServer, topLevelErrors, unique } from '../setup/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

interface PersonFields {
  routeIn?: string | null;
  backgrounds?: string[];
  enrolments: { workshop: Workshop; start: string; end?: string; reason?: string }[];
}

/** A participant with enrolments written straight to the database (ended ones with their outflow reason). */
async function person(organisation: Organisation, fields: PersonFields): Promise<Participant> {
  const em = server.orm.em.fork();
  const participant = em.create(Participant, {
    organisation: organisation.id,
    displayName: unique('Deelnemer'),
    routeIn: (fields.routeIn ?? null) as never,
    backgrounds: (fields.backgrounds ?? []) as never,
  });
  for (const e of fields.enrolments) {
    em.create(Enrolment, {
      participant: participant.id,
      workshop: e.workshop.id,
      place: e.workshop.place.id,
      organisation: e.workshop.organisation.id,
      municipality: e.workshop.municipality.id,
      startDate: e.start,
      endDate: e.end ?? null,
      status: e.reason ? EnrolmentStatus.ENDED : EnrolmentStatus.ACTIVE,
      outflow: (e.reason ?? null) as never,
    });
  }
  await em.flush();
  return participant;
}

interface World {
  municipality: Municipality;
  operator: Organisation;
  placeA: string;
  placeB: string;
  funder: Organisation;
  people: Participant[];
}

/**
 * Place A (funded by the municipality for 2026) and place B (only a proposed agreement), one operator. Seven people
 * active at A in 2026: P1 in two workshops, leaving both on one day (paid work and stopped), P2 leaving for
 * education, P3-P6 running, P8 who ended one enrolment and runs another; P7 left in 2025. B has P3 and two more.
 */
async function world(): Promise<World> {
  const municipality = await makeMunicipality(server.orm);
  const operator = await makeOrganisation(server.orm, { municipality });
  const funder = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY, municipality });
  const placeA = await makePlace(server.orm, { organisation: operator, municipality });
  const placeB = await makePlace(server.orm, { organisation: operator, municipality });
  const [a1, a2, b1] = await Promise.all([
    makeWorkshop(server.orm, { place: placeA }),
    makeWorkshop(server.orm, { place: placeA }),
    makeWorkshop(server.orm, { place: placeB }),
  ]);
  const stream = await makeStream(server.orm, { funder });
  const year = { from: '2026-01', until: '2026-12', basis: FundingBasis.LUMP_SUM, totalCents: 100_000 };
  await makeAgreement(server.orm, { ...year, stream, place: placeA });
  await makeAgreement(server.orm, {
    ...year,
    stream,
    place: placeB,
    status: FundingAgreementStatus.PROPOSED,
  });
  const people = [
    await person(operator, {
      routeIn: 'WALK_IN',
      backgrounds: ['NEWCOMER', 'STUDENT'],
      enrolments: [
        { workshop: a1, start: '2026-02-01', end: '2026-06-30', reason: 'STOPPED' },
        { workshop: a2, start: '2026-02-01', end: '2026-06-30', reason: 'PAID_WORK' },
      ],
    }),
    await person(operator, {
      routeIn: 'WALK_IN',
      backgrounds: ['NEWCOMER'],
      enrolments: [{ workshop: a1, start: '2026-01-10', end: '2026-05-15', reason: 'EDUCATION' }],
    }),
    await person(operator, {
      routeIn: 'WALK_IN',
      enrolments: [
        { workshop: a1, start: '2025-06-01' },
        { workshop: b1, start: '2026-01-01' },
      ],
    }),
    await person(operator, { routeIn: 'WALK_IN', enrolments: [{ workshop: a1, start: '2025-06-01' }] }),
    await person(operator, { routeIn: 'WALK_IN', enrolments: [{ workshop: a1, start: '2026-03-01' }] }),
    await person(operator, { routeIn: 'UWV', enrolments: [{ workshop: a1, start: '2026-03-01' }] }),
    await person(operator, {
      routeIn: 'WALK_IN',
      enrolments: [{ workshop: a1, start: '2025-01-01', end: '2025-12-31', reason: 'MOVED' }],
    }),
    await person(operator, {
      enrolments: [
        { workshop: a1, start: '2026-01-05', end: '2026-02-28', reason: 'PAID_WORK' },
        { workshop: a2, start: '2026-04-01' },
      ],
    }),
    await person(operator, { routeIn: 'UWV', enrolments: [{ workshop: b1, start: '2026-02-01' }] }),
    await person(operator, { routeIn: 'UWV', enrolments: [{ workshop: b1, start: '2026-02-01' }] }),
  ];
  return { municipality, operator, placeA: placeA.id, placeB: placeB.id, funder, people };
}

const count = (rows: { code: string; count?: number | null }[], code: string) =>
  rows.find((r) => r.code === code)?.count;

describe('outcomes', () => {
  let w: World;
  let staff: ReturnType<TestServer['client']>;

  beforeAll(async () => {
    w = await world();
    staff = server.client(server.token(Role.ORG_STAFF, w.operator.id));
    // Ladder: P3 goes up, P4 stays, P5 goes down, P6 has one position only (not counted), P7 is not active.
    const positions: [number, string, number][] = [
      [2, '2026-02-01', 2],
      [2, '2026-09-01', 4],
      [3, '2026-02-01', 3],
      [3, '2026-10-01', 3],
      [4, '2026-03-05', 4],
      [4, '2026-08-01', 2],
      [5, '2026-04-01', 3],
      [6, '2025-03-01', 1],
      [6, '2025-09-01', 5],
    ];
    for (const [i, date, rung] of positions) {
      const { recordLadderPosition } = await staff.request(RecordLadderPositionDocument, {
        input: { participantId: w.people[i].id, date, rung },
      });
      expect(recordLadderPosition.errors).toEqual([]);
    }
  });

  it('counts distinct persons for staff, exactly: two enrolments are one person, the most positive reason wins', async () => {
    const { outcomes } = await staff.request(OutcomesDocument, { scope: { placeId: w.placeA }, ...YEAR });

    expect(outcomes).toMatchObject({
      placeCount: 1,
      active: 7,
      started: 5,
      left: 2,
      movedOnToWork: 1,
      movedOnPositive: 2,
      ladder: { up: 1, stayed: 1, down: 1 },
      suppressionThreshold: 5,
    });
    // P1 left two workshops on one day, for paid work and for "stopped": once, under paid work.
    expect(count(outcomes.byOutflowReason, 'PAID_WORK')).toBe(1);
    expect(count(outcomes.byOutflowReason, 'EDUCATION')).toBe(1);
    expect(count(outcomes.byOutflowReason, 'STOPPED')).toBe(0);
    expect(outcomes.byOutflowReason.every((r) => !r.suppressed)).toBe(true);
    expect(count(outcomes.byRouteIn, 'WALK_IN')).toBe(5);
    expect(count(outcomes.byRouteIn, 'UWV')).toBe(1);
    expect(count(outcomes.byRouteIn, 'NONE')).toBe(1);
    expect(count(outcomes.byBackground, 'NEWCOMER')).toBe(2);
    expect(count(outcomes.byBackground, 'STUDENT')).toBe(1);
    expect(outcomes.months).toHaveLength(12);
    expect(outcomes.months[0]).toEqual({
      month: '2026-01',
      active: 4,
      started: 2,
      left: 0,
      movedOnToWork: 0,
    });
    expect(outcomes.months[5]).toEqual({
      month: '2026-06',
      active: 6,
      started: 0,
      left: 1,
      movedOnToWork: 1,
    });
    expect(outcomes.months.reduce((sum, m) => sum + m.started!, 0)).toBe(5);
    expect(outcomes.months.reduce((sum, m) => sum + m.left!, 0)).toBe(2);
  });

  it('counts a person at two places of a municipality once, and counts an erased participant still', async () => {
    const before = await server.admin.request(OutcomesDocument, {
      scope: { municipalityId: w.municipality.id },
      ...YEAR,
    });
    expect(before.outcomes).toMatchObject({ placeCount: 2, active: 9, started: 7 });
    const em = server.orm.em.fork();
    await em.nativeUpdate(
      Participant,
      { id: w.people[1].id },
      { displayName: 'Erased', erasedAt: new Date() },
    );
    const after = await server.admin.request(OutcomesDocument, {
      scope: { municipalityId: w.municipality.id },
      ...YEAR,
    });
    expect(after.outcomes).toEqual(before.outcomes);
  });

  it('hides small counts from a funder, and every count that would reveal one', async () => {
    const funder = server.client(server.token(Role.FUNDER, w.funder.id));
    const { outcomes } = await funder.request(OutcomesDocument, { scope: { placeId: w.placeA }, ...YEAR });

    expect(outcomes).toMatchObject({
      active: 7,
      started: 5,
      left: null,
      movedOnToWork: null,
      movedOnPositive: null,
      ladder: { up: null, stayed: null, down: null },
    });
    const paid = outcomes.byOutflowReason.find((r) => r.code === 'PAID_WORK')!;
    expect(paid).toMatchObject({ count: null, suppressed: true });
    expect(count(outcomes.byOutflowReason, 'STOPPED')).toBe(0);
    // 5 walk-ins shown; UWV (1) and not recorded (1) hidden together, so active - 5 does not reveal either.
    expect(count(outcomes.byRouteIn, 'WALK_IN')).toBe(5);
    expect(outcomes.byRouteIn.filter((r) => r.suppressed).map((r) => r.code)).toEqual(['UWV', 'NONE']);
    expect(outcomes.months.filter((m) => m.started === null).length).not.toBe(1);
    for (const m of outcomes.months) {
      for (const value of [m.active, m.started, m.left, m.movedOnToWork]) {
        expect(value === null || value === 0 || value >= 5).toBe(true);
      }
    }
  });

  it('gives a funder nothing of a place without an accepted agreement', async () => {
    const funder = server.client(server.token(Role.FUNDER, w.funder.id));
    const refused = await topLevelErrors(funder, OutcomesDocument, { scope: { placeId: w.placeB }, ...YEAR });
    expect(refused.map((e) => e.code)).toEqual(['FORBIDDEN']);

    const municipality = await funder.request(OutcomesDocument, {
      scope: { municipalityId: w.municipality.id },
      ...YEAR,
    });
    const placeA = await funder.request(OutcomesDocument, { scope: { placeId: w.placeA }, ...YEAR });
    expect(municipality.outcomes).toEqual({ ...placeA.outcomes });
    expect(municipality.outcomes.placeCount).toBe(1);

    // Outside the agreement's months the place is not the funder's either.
    const later = await topLevelErrors(funder, OutcomesDocument, {
      scope: { placeId: w.placeA },
      from: '2027-01-01',
      to: '2027-06-30',
    });
    expect(later.map((e) => e.code)).toEqual(['FORBIDDEN']);

    const stranger = await makeOrganisation(server.orm, { kind: OrganisationKind.MUNICIPALITY });
    const other = server.client(server.token(Role.FUNDER, stranger.id));
    const none = await other.request(OutcomesDocument, {
      scope: { municipalityId: w.municipality.id },
      ...YEAR,
    });
    expect(none.outcomes).toMatchObject({ placeCount: 0, active: 0, left: 0 });
  });

  it("refuses staff another organisation's place, and a bad period or scope with a clear error", async () => {
    const otherOperator = await makeOrganisation(server.orm);
    const otherStaff = server.client(server.token(Role.ORG_STAFF, otherOperator.id));
    const refused = await topLevelErrors(otherStaff, OutcomesDocument, {
      scope: { placeId: w.placeA },
      ...YEAR,
    });
    expect(refused.map((e) => e.code)).toEqual(['FORBIDDEN']);

    const inverted = await topLevelErrors(staff, OutcomesDocument, {
      scope: { placeId: w.placeA },
      from: '2026-12-31',
      to: '2026-01-01',
    });
    expect(inverted).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: 'The period ends (2026-01-01) before it starts (2026-12-31): to must not be before from.',
      },
    ]);
    const twoScopes = await topLevelErrors(staff, OutcomesDocument, {
      scope: { placeId: w.placeA, organisationId: w.operator.id },
      ...YEAR,
    });
    expect(twoScopes.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('records ladder positions with every field error at once, and shows the history to staff', async () => {
    const { recordLadderPosition } = await staff.request(RecordLadderPositionDocument, {
      input: { participantId: w.people[4].id, date: '2100-01-01', rung: 7, note: 'x'.repeat(501) },
    });
    expect(recordLadderPosition.ladderPosition).toBeNull();
    expect(recordLadderPosition.errors.map((e) => e.field)).toEqual([
      ['input', 'date'],
      ['input', 'rung'],
      ['input', 'note'],
    ]);

    const otherOperator = await makeOrganisation(server.orm);
    const otherStaff = server.client(server.token(Role.ORG_STAFF, otherOperator.id));
    const foreign = await otherStaff.request(RecordLadderPositionDocument, {
      input: { participantId: w.people[4].id, date: '2026-05-01', rung: 3 },
    });
    expect(foreign.recordLadderPosition.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);

    const { participant } = await staff.request(ParticipantLadderDocument, { id: w.people[2].id });
    expect(participant!.ladderPositions.map((p) => [p.date, p.rung])).toEqual([
      ['2026-02-01', 2],
      ['2026-09-01', 4],
    ]);
    const audit = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(
        "select count(*)::int as n from audit_entry where action = 'recordLadderPosition' and entity_id = ?",
        [participant!.ladderPositions[0].id],
      );
    expect(audit[0].n).toBe(1);
  });
});

describe('SQL statements of outcomes', () => {
  /** A municipality with one place and `people` participants, each enrolled, some left, two ladder positions. */
  async function municipalityWith(people: number): Promise<string> {
    const municipality = await makeMunicipality(server.orm);
    const operator = await makeOrganisation(server.orm, { municipality });
    const place = await makePlace(server.orm, { organisation: operator, municipality });
    const workshop = await makeWorkshop(server.orm, { place });
    const em = server.orm.em.fork();
    for (let i = 0; i < people; i += 1) {
      const participant = em.create(Participant, {
        organisation: operator.id,
        displayName: unique('Deelnemer'),
        routeIn: 'WALK_IN' as never,
      });
      em.create(Enrolment, {
        participant: participant.id,
        workshop: workshop.id,
        place: place.id,
        organisation: operator.id,
        municipality: municipality.id,
        startDate: '2026-01-15',
        endDate: i % 3 === 0 ? '2026-07-31' : null,
        status: i % 3 === 0 ? EnrolmentStatus.ENDED : EnrolmentStatus.ACTIVE,
        outflow: (i % 3 === 0 ? 'PAID_WORK' : null) as never,
      });
    }
    await em.flush();
    await em.getConnection().execute(
      `insert into ladder_position (id, created_at, updated_at, participant_id, date, rung, organisation_id)
       select gen_random_uuid(), now(), now(), p.id, d, 2 + (row_number() over ())::int % 3, p.organisation_id
         from participant p, unnest(array['2026-02-01'::date, '2026-10-01'::date]) d
        where p.organisation_id = ?`,
      [operator.id],
    );
    return municipality.id;
  }

  it('runs the same, fixed number of statements for 3 or 30 people', async () => {
    const small = await municipalityWith(3);
    const large = await municipalityWith(30);
    const run = (municipalityId: string) =>
      server.countStatements(() =>
        server.admin.request(OutcomesDocument, { scope: { municipalityId }, ...YEAR }),
      );

    const three = await run(small);
    const thirty = await run(large);
    const totals = (r: { result: OutcomesQuery }) => [
      r.result.outcomes.active,
      r.result.outcomes.movedOnToWork,
    ];
    expect(totals(three)).toEqual([3, 1]);
    expect(totals(thirty)).toEqual([30, 10]);
    expect(three.statements.length).toBeLessThanOrEqual(5);
    expect(thirty.statements).toHaveLength(three.statements.length);
  });
});

describe('steps towards work', () => {
  it('counts persons with skills observed and placements at the places: exact for staff, small counts hidden from funders', async () => {
    const w = await world();
    const em = server.orm.em.fork();
    const [workshopA] = await em.execute<{ id: string }[]>(
      'select id from workshop where place_id = ? order by created_at limit 1',
      [w.placeA],
    );
    // Six people active at A had a skill observed there in 2026; P7 (gone in 2025) only in 2025.
    for (const i of [0, 1, 2, 3, 4, 5]) {
      await observe(
        server.orm,
        w.people[i],
        [['work-habits.punctuality', 'INDEPENDENT', '2026-05-01']],
        workshopA.id,
      );
    }
    await observe(
      server.orm,
      w.people[6],
      [['work-habits.punctuality', 'INDEPENDENT', '2025-05-01']],
      workshopA.id,
    );
    // Two proposed for a vacancy, one of them interviewed and placed in paid work.
    const employer = await makeEmployer(server.orm, w.municipality);
    const [vacancy] = await em.execute<{ id: string }[]>(
      `insert into vacancy (id, created_at, updated_at, employer_id, municipality_id, title, hours_per_week, dayparts,
                            learning_path, required_skills, nice_to_have_skills)
       values (gen_random_uuid(), now(), now(), ?, ?, 'Kok', 24, '{}', false, '[]', '[]') returning id`,
      [employer.id, w.municipality.id],
    );
    const placement = (
      i: number,
      stage: string,
      interview: string | null,
      start: string | null,
      paid: boolean,
    ) =>
      em.execute(
        `insert into placement (id, created_at, updated_at, participant_id, vacancy_id, organisation_id, stage,
                                proposed_on, interview_on, start_date, paid_work)
         values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, '2026-06-01', ?, ?, ?)`,
        [w.people[i].id, vacancy.id, w.operator.id, stage, interview, start, paid],
      );
    await placement(0, 'PLACED', '2026-06-10', '2026-07-01', true);
    await placement(1, 'PROPOSED', null, null, false);

    const asStaff = await server
      .client(server.token(Role.ORG_STAFF, w.operator.id))
      .request(OutcomesStepsToWorkDocument, { scope: { placeId: w.placeA }, ...YEAR });
    expect(asStaff.outcomes.stepsToWork).toEqual({
      learnedSkills: 6,
      proposed: 2,
      interviewed: 1,
      placed: 1,
      placedInPaidWork: 1,
    });

    const asFunder = await server
      .client(server.token(Role.FUNDER, w.funder.id))
      .request(OutcomesStepsToWorkDocument, { scope: { placeId: w.placeA }, ...YEAR });
    expect(asFunder.outcomes.stepsToWork).toEqual({
      learnedSkills: 6,
      proposed: null,
      interviewed: null,
      placed: null,
      placedInPaidWork: null,
    });
  });
});

describe('outcomes per place', () => {
  it('gives each place of the scope the figures a report of that place alone gives, in one query', async () => {
    const w = await world();
    const staff = server.client(server.token(Role.ORG_STAFF, w.operator.id));
    const { outcomes } = await staff.request(OutcomesByPlaceDocument, {
      scope: { organisationId: w.operator.id },
      ...YEAR,
    });
    expect(outcomes.byPlace.map((p) => p.place.id).sort()).toEqual([w.placeA, w.placeB].sort());
    for (const row of outcomes.byPlace) {
      const alone = (
        await staff.request(OutcomesByPlaceDocument, { scope: { placeId: row.place.id }, ...YEAR })
      ).outcomes;
      const { byPlace: _nested, ...figures } = alone;
      expect({ ...row, place: undefined }).toEqual({ ...figures, place: undefined });
    }
    // P3 is at both places: counted at each, once in the organisation's total.
    const sumActive = outcomes.byPlace.reduce((sum, p) => sum + (p.active ?? 0), 0);
    expect(sumActive).toBe(outcomes.active! + 1);
  });

  it('shows a funder only the places it funds, with small counts hidden so none can be worked out', async () => {
    const w = await world();
    const funder = server.client(server.token(Role.FUNDER, w.funder.id));
    const { outcomes } = await funder.request(OutcomesByPlaceDocument, {
      scope: { municipalityId: w.municipality.id },
      ...YEAR,
    });
    expect(outcomes.byPlace.map((p) => p.place.id)).toEqual([w.placeA]);
    const [a] = outcomes.byPlace;
    expect(a.active).toBe(7);
    expect(a.started).toBe(5);
    // Two leavers, one to work: both small, so hidden.
    expect([a.left, a.movedOnToWork, a.movedOnPositive]).toEqual([null, null, null]);
    for (const month of a.months) {
      for (const value of [month.active, month.started, month.left, month.movedOnToWork]) {
        expect(value === null || value === 0 || value >= 5).toBe(true);
      }
    }
  });
});
