import {
  BookDocument,
  BookWeeklyDocument,
  EndRecurringBookingDocument,
  ErrorCode,
  StandingBookingsDocument,
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

const setting = (people: number, capacity: number) =>
  juneMondays(server, people, capacity, { bookWeekly: false });

describe('standing (weekly) bookings', () => {
  it('says how many weeks were booked and waitlisted, with the first date of each', async () => {
    const { slot, enrolmentIds, staff } = await setting(2, 1);
    // The first participant takes 16 June; the weekly booking of the second waits on that date only.
    const sixteenth = await occurrenceOn(server.orm, slot, '2031-06-16');
    await staff.request(BookDocument, {
      input: { enrolmentId: enrolmentIds[0], occurrenceId: sixteenth.id },
    });
    const { book } = await staff.request(BookWeeklyDocument, {
      input: { enrolmentId: enrolmentIds[1], slotId: slot.id },
    });
    expect(book).toMatchObject({
      weeksBooked: 4,
      weeksWaitlisted: 1,
      firstBookedDate: '2031-06-02',
      firstWaitlistedDate: '2031-06-16',
      errors: [],
    });
  });

  it('books until a given date, and refuses until with one date or before the first date', async () => {
    const { slot, enrolmentIds, participantIds, staff } = await setting(1, 2);
    const { book } = await staff.request(BookWeeklyDocument, {
      input: { enrolmentId: enrolmentIds[0], slotId: slot.id, until: '2031-06-16' },
    });
    expect(book).toMatchObject({ weeksBooked: 3, recurringBooking: { untilDate: '2031-06-16' } });
    expect(Object.keys(await bookingsOf(server.orm, enrolmentIds[0]))).toEqual([
      '2031-06-02',
      '2031-06-09',
      '2031-06-16',
    ]);
    const listed = await staff.request(StandingBookingsDocument, { id: participantIds[0] });
    expect(listed.participant?.standingBookings).toEqual([
      {
        id: book.recurringBooking!.id,
        fromDate: TODAY,
        untilDate: '2031-06-16',
        slot: { id: slot.id, weekday: 'MONDAY' },
      },
    ]);

    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-23');
    const withDate = await staff.request(BookWeeklyDocument, {
      input: { enrolmentId: enrolmentIds[0], occurrenceId: occurrence.id, until: '2031-06-30' },
    });
    expect(withDate.book.errors[0]).toMatchObject({ code: ErrorCode.Validation, field: ['input', 'until'] });
  });

  it('endRecurringBooking stops it after a date and gives the later places to the waitlist in order', async () => {
    const { slot, enrolmentIds, participantIds, staff, problems } = await setting(3, 1);
    const answers = [];
    for (const enrolmentId of enrolmentIds) {
      answers.push(
        (await staff.request(BookWeeklyDocument, { input: { enrolmentId, slotId: slot.id } })).book,
      );
    }
    expect(answers[2]).toMatchObject({ weeksBooked: 0, weeksWaitlisted: 5, firstWaitlistedDate: TODAY });
    const { endRecurringBooking } = await staff.request(EndRecurringBookingDocument, {
      input: { recurringBookingId: answers[0].recurringBooking!.id, after: '2031-06-09' },
    });
    expect(endRecurringBooking).toMatchObject({
      recurringBooking: { untilDate: '2031-06-09', cancelled: false },
      released: 3,
      errors: [],
    });
    expect(await bookingsOf(server.orm, enrolmentIds[1])).toEqual({
      '2031-06-02': 'WAITLISTED 1',
      '2031-06-09': 'WAITLISTED 1',
      '2031-06-16': 'BOOKED',
      '2031-06-23': 'BOOKED',
      '2031-06-30': 'BOOKED',
    });
    expect((await bookingsOf(server.orm, enrolmentIds[2]))['2031-06-16']).toBe('WAITLISTED 1');
    // Stopped before its first date: cancelled, and gone from the participant's list.
    const gone = await staff.request(EndRecurringBookingDocument, {
      input: { recurringBookingId: answers[2].recurringBooking!.id, after: '2031-06-01' },
    });
    expect(gone.endRecurringBooking).toMatchObject({ recurringBooking: { cancelled: true }, released: 5 });
    expect(
      (await staff.request(StandingBookingsDocument, { id: participantIds[2] })).participant
        ?.standingBookings,
    ).toEqual([]);
    const again = await staff.request(EndRecurringBookingDocument, {
      input: { recurringBookingId: answers[2].recurringBooking!.id, after: '2031-06-01' },
    });
    expect(again.endRecurringBooking.errors[0].code).toBe(ErrorCode.Conflict);
    expect(await problems()).toEqual([]);
  });
});
