import type { Organisation } from '../../src/organisations/organisation.entity';
import type { Place } from '../../src/places/place.entity';
import { PlaceWeekDocument, WorkshopRosterDocument } from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { makeEnrolments, makeParticipants, makeSessionSlot } from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2032-01-07';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const MONDAY = '2032-01-12';

/** A place with `workshops` workshops, each with Monday and Thursday slots, and `participants` people booked. */
async function placeWith(
  workshops: number,
  participants: number,
): Promise<{ organisation: Organisation; place: Place }> {
  const { organisation, place } = await makeTenant(server.orm);
  const ids = await makeParticipants(server.orm, organisation, participants);
  const perWorkshop = Math.ceil(participants / workshops);
  for (let i = 0; i < workshops; i += 1) {
    const workshop = await makeWorkshop(server.orm, { place });
    for (const weekday of ['MONDAY', 'THURSDAY'] as const) {
      await makeSessionSlot(server.orm, {
        workshop,
        weekday: weekday as never,
        capacity: Math.max(1, perWorkshop - 5),
        validFrom: '2032-01-05',
        until: '2032-01-31',
      });
    }
    await makeEnrolments(
      server.orm,
      workshop,
      ids.slice(i * perWorkshop, (i + 1) * perWorkshop),
      '2032-01-01',
    );
  }
  // Book everyone into the Monday of their workshop: the first `capacity` booked, the rest waitlisted.
  const em = server.orm.em.fork();
  await em.execute(
    `insert into booking (id, created_at, updated_at, occurrence_id, enrolment_id, participant_id, organisation_id,
                          status, waitlisted_at)
     select gen_random_uuid(), now(), now(), x.occurrence_id, x.enrolment_id, x.participant_id, x.organisation_id,
            case when x.rank <= x.capacity then 'BOOKED' else 'WAITLISTED' end,
            case when x.rank <= x.capacity then null else now() + x.rank * interval '1 millisecond' end
       from (select o.id as occurrence_id, o.capacity, e.id as enrolment_id, e.participant_id, e.organisation_id,
                    row_number() over (partition by o.id order by e.id) as rank
               from enrolment e join occurrence o on o.workshop_id = e.workshop_id and o.date = ?
              where e.place_id = ?) x`,
    [MONDAY, place.id],
  );
  await em.execute(
    `update occurrence o set booked_count = (select count(*) from booking b where b.occurrence_id = o.id
                                              and b.status = 'BOOKED')
      where o.place_id = ?`,
    [place.id],
  );
  return { organisation, place };
}

describe('SQL statements of the week and roster views', () => {
  it('placeWeek costs the same statements for 10 workshops and 300 participants as for 1 and 3', async () => {
    const small = await placeWith(1, 3);
    const large = await placeWith(10, 300);
    const run = (tenant: { organisation: Organisation; place: Place }) =>
      server.countStatements(() =>
        server
          .client(server.token(Role.ORG_STAFF, tenant.organisation.id))
          .request(PlaceWeekDocument, { placeId: tenant.place.id, weekStart: MONDAY }),
      );

    const one = await run(small);
    const ten = await run(large);

    expect(one.result.placeWeek.workshops).toHaveLength(1);
    expect(ten.result.placeWeek.workshops).toHaveLength(10);
    const bookings = ten.result.placeWeek.workshops.flatMap((w) => w.occurrences.flatMap((o) => o.bookings));
    expect(bookings).toHaveLength(300);
    expect(bookings.filter((b) => b.waitlistPosition !== null)).toHaveLength(50);
    expect(ten.result.placeWeek.workshops[0].occurrences.map((o) => o.date)).toEqual([MONDAY, '2032-01-15']);
    expect(ten.result.placeWeek.workshops[0].occurrences[0]).toMatchObject({
      capacity: 25,
      bookedCount: 25,
      waitlistCount: 5,
      freePlaces: 0,
    });
    expect(one.statements.length).toBeLessThanOrEqual(8);
    expect(ten.statements.length).toBe(one.statements.length);
  });

  it('workshopRoster costs a fixed number of statements however many are booked', async () => {
    const small = await placeWith(1, 3);
    const large = await placeWith(1, 60);
    const rosterOf = async (tenant: { organisation: Organisation; place: Place }) => {
      const workshops: { id: string }[] = await server.orm.em
        .fork()
        .execute('select id from workshop where place_id = ?', [tenant.place.id]);
      return server.countStatements(() =>
        server
          .client(server.token(Role.ORG_STAFF, tenant.organisation.id))
          .request(WorkshopRosterDocument, { workshopId: workshops[0].id, date: MONDAY }),
      );
    };
    const three = await rosterOf(small);
    const sixty = await rosterOf(large);
    expect(sixty.result.workshopRoster.occurrences[0].bookings).toHaveLength(60);
    expect(sixty.statements.length).toBe(three.statements.length);
  });
});
