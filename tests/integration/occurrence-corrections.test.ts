import {
  CancelOccurrenceDocument,
  ChangeOccurrenceDocument,
  ErrorCode,
  RestoreOccurrenceDocument,
  PromoteFromWaitlistDocument,
} from '../generated/graphql';
import { bookingsOf, occurrenceOn } from '../factories/sessions';
import { juneMondays } from '../factories/june';
import { startTestServer, type TestServer } from '../setup/harness';

// A Monday.
const TODAY = '2031-06-02';
process.env.MEEDOEN_TODAY = TODAY;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const weekly = (people: number, capacity: number) =>
  juneMondays(server, people, capacity, { bookWeekly: true });

async function auditActions(entityId: string) {
  const rows = await server.orm.em
    .fork()
    .execute<{ action: string }[]>(`select action from audit_entry where entity_id = ? order by at`, [
      entityId,
    ]);
  return rows.map((row) => row.action);
}

describe('cancelled dates', () => {
  it('a second cancellation is an error; a restored date starts empty unless rebook', async () => {
    const { slot, staff, enrolmentIds, problems } = await weekly(3, 2);
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-16');
    const first = await staff.request(CancelOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, reason: 'Studiedag' },
    });
    expect(first.cancelOccurrence.errors).toEqual([]);
    const twice = await staff.request(CancelOccurrenceDocument, { input: { occurrenceId: occurrence.id } });
    expect(twice.cancelOccurrence.errors[0].code).toBe(ErrorCode.Conflict);
    expect(twice.cancelOccurrence.errors[0].message).toContain('restoreOccurrence');

    const { restoreOccurrence } = await staff.request(RestoreOccurrenceDocument, {
      input: { occurrenceId: occurrence.id },
    });
    expect(restoreOccurrence).toMatchObject({
      occurrence: { cancelled: false, bookedCount: 0, waitlistCount: 0 },
      released: 3,
      errors: [],
    });
    expect((await bookingsOf(server.orm, enrolmentIds[0]))['2031-06-16']).toBeUndefined();
    const notCancelled = await staff.request(RestoreOccurrenceDocument, {
      input: { occurrenceId: occurrence.id },
    });
    expect(notCancelled.restoreOccurrence.errors[0].code).toBe(ErrorCode.Conflict);

    // Cancelled again and restored with rebook: the weekly bookings book in, first come first served.
    await staff.request(CancelOccurrenceDocument, { input: { occurrenceId: occurrence.id } });
    const rebooked = await staff.request(RestoreOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, rebook: true },
    });
    expect(rebooked.restoreOccurrence).toMatchObject({
      occurrence: { cancelled: false, bookedCount: 2, waitlistCount: 1 },
      rebooked: 3,
    });
    const on16 = await Promise.all(enrolmentIds.map((id) => bookingsOf(server.orm, id)));
    expect(on16.map((b) => b['2031-06-16'])).toEqual(['BOOKED', 'BOOKED', 'WAITLISTED 1']);
    expect(await auditActions(occurrence.id)).toEqual([
      'cancelOccurrence',
      'restoreOccurrence',
      'cancelOccurrence',
      'restoreOccurrence',
    ]);
    expect(await problems()).toEqual([]);
  });

  it('restore with rebook keeps the bookings the date still had', async () => {
    const { slot, staff, enrolmentIds } = await weekly(3, 2);
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-23');
    await staff.request(CancelOccurrenceDocument, { input: { occurrenceId: occurrence.id } });
    const { restoreOccurrence } = await staff.request(RestoreOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, rebook: true },
    });
    expect(restoreOccurrence).toMatchObject({ kept: 3, rebooked: 0, occurrence: { bookedCount: 2 } });
    expect((await bookingsOf(server.orm, enrolmentIds[2]))['2031-06-23']).toBe('WAITLISTED 1');
  });
});

describe('changing one date', () => {
  it('more places promote in order, fewer keep every booking, new times set the day parts', async () => {
    const { slot, staff, enrolmentIds, problems } = await weekly(4, 2);
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-09');
    const more = await staff.request(ChangeOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, capacity: 3 },
    });
    expect(more.changeOccurrence).toMatchObject({
      promoted: 1,
      occurrence: { capacity: 3, bookedCount: 3, waitlistCount: 1 },
    });
    expect((await bookingsOf(server.orm, enrolmentIds[2]))['2031-06-09']).toBe('BOOKED');
    const fewer = await staff.request(ChangeOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, capacity: 1, startTime: '09:00', endTime: '17:30' },
    });
    expect(fewer.changeOccurrence.occurrence).toMatchObject({
      capacity: 1,
      bookedCount: 3,
      overbooked: 2,
      startTime: '09:00',
      endTime: '17:30',
      dayparts: 2,
    });
    // Every other date is untouched.
    expect((await occurrenceOn(server.orm, slot, '2031-06-16')).capacity).toBe(2);
    const bad = await staff.request(ChangeOccurrenceDocument, {
      input: { occurrenceId: occurrence.id, capacity: 0, startTime: '25:00' },
    });
    expect(bad.changeOccurrence.errors.map((e) => e.field)).toEqual([
      ['input', 'capacity'],
      ['input', 'startTime'],
    ]);
    // Full: promoting by hand names the way out.
    const waiting = await server.orm.em
      .fork()
      .execute<{ id: string }[]>(
        `select id from booking where enrolment_id = ? and occurrence_id = ? and status = 'WAITLISTED'`,
        [enrolmentIds[3], occurrence.id],
      );
    const full = await staff.request(PromoteFromWaitlistDocument, { input: { bookingId: waiting[0].id } });
    expect(full.promoteFromWaitlist.errors[0]).toMatchObject({ code: ErrorCode.CapacityReached });
    expect(full.promoteFromWaitlist.errors[0].message).toContain('addPlace');
    expect(await problems()).toEqual([]);
  });
});
