import {
  BookDocument,
  BookingStatus,
  CancelBookingDocument,
  ChangeSessionSlotDocument,
  EndSessionSlotDocument,
  ErrorCode,
  OccurrenceStateDocument,
  PauseEnrolmentDocument,
  Weekday,
} from '../generated/graphql';
import { bookingsOf, occurrenceOn } from '../factories/sessions';
import { every, juneMondays } from '../factories/june';
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

describe('changing a weekly slot from a date on', () => {
  it('more places move the waitlist up in order, only from that date', async () => {
    const { slot, enrolmentIds, staff, problems } = await weekly(4, 2);
    const { changeSessionSlot } = await staff.request(ChangeSessionSlotDocument, {
      input: { slotId: slot.id, from: '2031-06-16', capacity: 3 },
    });
    expect(changeSessionSlot.errors).toEqual([]);
    expect(changeSessionSlot).toMatchObject({ slot: { capacity: 3 }, occurrences: 3, promoted: 3 });
    expect(await bookingsOf(server.orm, enrolmentIds[2])).toEqual({
      ...every('BOOKED'),
      '2031-06-02': 'WAITLISTED 1',
      '2031-06-09': 'WAITLISTED 1',
    });
    expect(await bookingsOf(server.orm, enrolmentIds[3])).toEqual({
      ...every('WAITLISTED 1'),
      '2031-06-02': 'WAITLISTED 2',
      '2031-06-09': 'WAITLISTED 2',
    });
    expect(await problems()).toEqual([]);
  });

  it('fewer places cancel no booking: the occurrence says it is overbooked and fills no place until it fits', async () => {
    const { slot, staff, problems, enrolmentIds } = await weekly(3, 3);
    await staff.request(ChangeSessionSlotDocument, {
      input: { slotId: slot.id, from: '2031-06-09', capacity: 1 },
    });
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-09');
    const state = await staff.request(OccurrenceStateDocument, { id: occurrence.id });
    expect(state.occurrence).toMatchObject({ capacity: 1, bookedCount: 3, overbooked: 2, freePlaces: 0 });
    const today = await occurrenceOn(server.orm, slot, TODAY);
    expect((await staff.request(OccurrenceStateDocument, { id: today.id })).occurrence?.overbooked).toBe(0);

    // A cancellation does not refill the place while the occurrence is over capacity.
    const bookings = await bookingsOf(server.orm, enrolmentIds[0]);
    expect(bookings['2031-06-09']).toBe('BOOKED');
    const ids = await server.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from booking where enrolment_id = ? and occurrence_id = ?`, [
        enrolmentIds[0],
        occurrence.id,
      ]);
    await staff.request(CancelBookingDocument, { input: { bookingId: ids[0].id } });
    const again = await staff.request(BookDocument, {
      input: { enrolmentId: enrolmentIds[0], occurrenceId: occurrence.id },
    });
    expect(again.book.status).toBe(BookingStatus.Waitlisted);
    expect((await staff.request(OccurrenceStateDocument, { id: occurrence.id })).occurrence).toMatchObject({
      bookedCount: 2,
      overbooked: 1,
      waitlistCount: 1,
    });
    expect(await problems()).toEqual([]);
  });

  it('a new weekday and times move the dates with their bookings; a booking the move puts in a pause is released', async () => {
    const { slot, staff, enrolmentIds, problems } = await weekly(3, 2);
    const [first, , third] = enrolmentIds;
    // The first participant is away 17 to 19 June: the Monday 16 June is still theirs, its Wednesday is not.
    await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: first, from: '2031-06-17', until: '2031-06-19' },
    });
    const { changeSessionSlot } = await staff.request(ChangeSessionSlotDocument, {
      input: {
        slotId: slot.id,
        from: '2031-06-09',
        weekday: Weekday.Wednesday,
        startTime: '13:00',
        endTime: '17:00',
      },
    });
    expect(changeSessionSlot.errors).toEqual([]);
    expect(changeSessionSlot).toMatchObject({
      slot: { weekday: Weekday.Wednesday, startTime: '13:00', endTime: '17:00', dayparts: 1 },
      occurrences: 4,
      released: 1,
    });
    const moved = ['2031-06-11', '2031-06-18', '2031-06-25'];
    expect(await bookingsOf(server.orm, first)).toEqual({
      '2031-06-02': 'BOOKED',
      '2031-06-11': 'BOOKED',
      '2031-06-25': 'BOOKED',
    });
    // The released place on 18 June went to the first person waiting.
    expect(await bookingsOf(server.orm, third)).toEqual({
      ...every('WAITLISTED 1', ['2031-06-02', ...moved]),
      '2031-06-18': 'BOOKED',
    });
    // 30 June moved to 2 July, after the slot's last date: that date does not happen.
    expect(await occurrenceOn(server.orm, slot, '2031-07-02')).toMatchObject({
      cancelled: true,
      bookedCount: 0,
    });
    const wednesday = await occurrenceOn(server.orm, slot, '2031-06-18');
    expect(wednesday).toMatchObject({ startTime: '13:00', endTime: '17:00' });
    expect(await problems()).toEqual([]);
  });

  it('answers every mistake at once', async () => {
    const { slot, staff } = await weekly(0, 2);
    const { changeSessionSlot } = await staff.request(ChangeSessionSlotDocument, {
      input: { slotId: slot.id, from: '2031-05-01', startTime: '14:00', endTime: '13:00' },
    });
    expect(changeSessionSlot.errors.map((e) => [e.code, e.field])).toEqual([
      [ErrorCode.OutsidePeriod, ['input', 'from']],
      [ErrorCode.Validation, ['input', 'endTime']],
    ]);
  });
});

describe('ending a weekly slot', () => {
  it('cancels the later dates with their bookings and stops the standing bookings', async () => {
    const { slot, staff, enrolmentIds, problems } = await weekly(3, 2);
    const { endSessionSlot } = await staff.request(EndSessionSlotDocument, {
      input: { slotId: slot.id, lastDate: '2031-06-16' },
    });
    expect(endSessionSlot).toMatchObject({ slot: { validUntil: '2031-06-16' }, occurrences: 2, errors: [] });
    expect(await bookingsOf(server.orm, enrolmentIds[0])).toEqual(
      every('BOOKED', ['2031-06-02', '2031-06-09', '2031-06-16']),
    );
    const gone = await occurrenceOn(server.orm, slot, '2031-06-23');
    expect(gone).toMatchObject({ cancelled: true, bookedCount: 0 });
    const standing = await server.orm.em
      .fork()
      .execute<{ until_date: string }[]>(`select until_date::text from recurring_booking where slot_id = ?`, [
        slot.id,
      ]);
    expect(standing.map((row) => row.until_date)).toEqual(['2031-06-16', '2031-06-16', '2031-06-16']);
    expect(await problems()).toEqual([]);
  });
});
