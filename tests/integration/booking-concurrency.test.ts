import { BookDocument, BookingStatus, ErrorCode } from '../generated/graphql';
import { makeCrowd, occurrenceOn, reloadOccurrence } from '../factories/sessions';
import { Booking } from '../../src/scheduling/booking.entity';
import { horizonEnd } from '../../src/scheduling/occurrence.materialise';
import { weeklyDates } from '../../src/shared/dates';
import { startTestServer, type TestServer } from '../setup/harness';

process.env.MEEDOEN_TODAY = '2031-06-02';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A workshop with a Monday slot of `capacity` places and `count` enrolled participants. */
async function crowd(count: number, capacity: number) {
  const setting = await makeCrowd(server, {
    people: count,
    capacity,
    validFrom: '2031-06-02',
    until: '2031-06-30',
    enrolFrom: '2031-06-01',
  });
  return { ...setting, occurrence: await occurrenceOn(server.orm, setting.slot, '2031-06-09') };
}

describe('booking under concurrency (enforced by PostgreSQL)', () => {
  it('50 concurrent bookings into 12 places: 12 booked, 38 waitlisted in order, no errors, no lost rows', async () => {
    const { occurrence, enrolmentIds, staff } = await crowd(50, 12);

    const answers = await Promise.all(
      enrolmentIds.map((enrolmentId) =>
        staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } }),
      ),
    );

    expect(answers.every((a) => a.book.errors.length === 0)).toBe(true);
    const booked = answers.filter((a) => a.book.status === BookingStatus.Booked);
    const waitlisted = answers.filter((a) => a.book.status === BookingStatus.Waitlisted);
    expect(booked).toHaveLength(12);
    expect(waitlisted).toHaveLength(38);
    expect(booked.every((a) => a.book.waitlistPosition === null)).toBe(true);
    expect(waitlisted.map((a) => a.book.waitlistPosition).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 38 }, (_, i) => i + 1),
    );

    const rows = await server.orm.em.fork().find(Booking, { occurrence: occurrence.id });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.participant.id)).size).toBe(50);
    expect((await reloadOccurrence(server.orm, occurrence.id)).bookedCount).toBe(12);
    // The order on the waitlist is the order in which the answers were given.
    const order = rows
      .filter((row) => (row.status as string) === BookingStatus.Waitlisted)
      .sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime() || a.id.localeCompare(b.id))
      .map((row) => row.id);
    const byPosition = [...waitlisted]
      .sort((a, b) => a.book.waitlistPosition! - b.book.waitlistPosition!)
      .map((a) => a.book.booking!.id);
    expect(order).toEqual(byPosition);
  });

  it('20 identical concurrent calls leave exactly one booking; the rest answer ALREADY_BOOKED', async () => {
    const { occurrence, enrolmentIds, participantIds, staff } = await crowd(1, 12);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        staff.request(BookDocument, { input: { enrolmentId: enrolmentIds[0], occurrenceId: occurrence.id } }),
      ),
    );

    expect(answers.filter((a) => a.book.status === BookingStatus.Booked)).toHaveLength(1);
    expect(answers.filter((a) => a.book.errors[0]?.code === ErrorCode.AlreadyBooked)).toHaveLength(19);
    const rows = await server.orm.em.fork().find(Booking, { participant: participantIds[0] });
    expect(rows).toHaveLength(1);
    expect((await reloadOccurrence(server.orm, occurrence.id)).bookedCount).toBe(1);
  });

  it('20 identical concurrent weekly bookings leave one standing booking and one booking per week', async () => {
    const { slot, enrolmentIds, participantIds, staff } = await crowd(1, 12);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        staff.request(BookDocument, { input: { enrolmentId: enrolmentIds[0], slotId: slot.id } }),
      ),
    );

    expect(answers.filter((a) => a.book.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((a) => a.book.errors[0]?.code === ErrorCode.AlreadyBooked)).toHaveLength(19);
    const rows = await server.orm.em.fork().find(Booking, { participant: participantIds[0] });
    // Every Monday from today (2 June) up to the rolling horizon of 26 weeks.
    const mondays = weeklyDates('MONDAY', '2031-06-02', horizonEnd('2031-06-02'));
    expect(mondays).toHaveLength(27);
    expect(rows).toHaveLength(mondays.length);
    expect(new Set(rows.map((row) => row.occurrence.id)).size).toBe(mondays.length);
  });
});
