import {
  BookDocument,
  BookingStatus,
  CancelBookingDocument,
  CancelOccurrenceDocument,
  EndEnrolmentDocument,
  ErrorCode,
  PlaceWeekDocument,
  PromoteFromWaitlistDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import {
  makeCrowd,
  makeEnrolment,
  makeParticipants,
  makeSessionSlot,
  occurrenceOn,
  reloadOccurrence,
} from '../factories/sessions';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// A Monday.
process.env.MEEDOEN_TODAY = '2031-06-02';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

function setting(people: number, capacity: number) {
  return makeCrowd(server, {
    people,
    capacity,
    validFrom: '2031-05-05',
    until: '2031-06-30',
    enrolFrom: '2031-05-01',
  });
}

describe('bookings and the waitlist', () => {
  it('puts the overflow on the waitlist, moves the first up on a cancellation, and lets staff promote by hand', async () => {
    const { slot, enrolmentIds, staff } = await setting(4, 2);
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-09');
    const answers = [];
    for (const enrolmentId of enrolmentIds) {
      answers.push(
        (await staff.request(BookDocument, { input: { enrolmentId, occurrenceId: occurrence.id } })).book,
      );
    }
    expect(answers.map((a) => [a.status, a.waitlistPosition])).toEqual([
      [BookingStatus.Booked, null],
      [BookingStatus.Booked, null],
      [BookingStatus.Waitlisted, 1],
      [BookingStatus.Waitlisted, 2],
    ]);

    // Cancelling a booked place moves the first waiting person up in the same transaction.
    const { cancelBooking } = await staff.request(CancelBookingDocument, {
      input: { bookingId: answers[0].booking!.id },
    });
    expect(cancelBooking.errors).toEqual([]);
    expect(cancelBooking.booking?.status).toBe(BookingStatus.Cancelled);
    expect(cancelBooking.promoted).toMatchObject({
      id: answers[2].booking!.id,
      status: BookingStatus.Booked,
    });
    expect(cancelBooking.promoted?.occurrence).toMatchObject({ bookedCount: 2, waitlistCount: 1 });

    // Full: a manual promotion needs an extra place.
    const full = await staff.request(PromoteFromWaitlistDocument, {
      input: { bookingId: answers[3].booking!.id },
    });
    expect(full.promoteFromWaitlist.errors[0].code).toBe(ErrorCode.CapacityReached);
    const extra = await staff.request(PromoteFromWaitlistDocument, {
      input: { bookingId: answers[3].booking!.id, addPlace: true },
    });
    expect(extra.promoteFromWaitlist.booking).toMatchObject({
      status: BookingStatus.Booked,
      waitlistPosition: null,
    });
    const after = await reloadOccurrence(server.orm, occurrence.id);
    expect([after.capacity, after.bookedCount]).toEqual([3, 3]);

    // The cancelled person can book again: they join the end of the waitlist.
    const again = await staff.request(BookDocument, {
      input: { enrolmentId: enrolmentIds[0], occurrenceId: occurrence.id },
    });
    expect(again.book).toMatchObject({ status: BookingStatus.Waitlisted, waitlistPosition: 1 });
  });

  it('answers ALREADY_BOOKED, NOT_ENROLLED, OCCURRENCE_CANCELLED, OCCURRENCE_IN_PAST and OUTSIDE_ENROLMENT', async () => {
    const { workshop, slot, participantIds, enrolmentIds, staff, organisation } = await setting(1, 5);
    const next = await occurrenceOn(server.orm, slot, '2031-06-09');
    const book = async (input: { enrolmentId: string; occurrenceId?: string; slotId?: string }) =>
      (await staff.request(BookDocument, { input })).book.errors.map((e) => [e.code, e.field?.join('.')]);

    await book({ enrolmentId: enrolmentIds[0], occurrenceId: next.id });
    expect(await book({ enrolmentId: enrolmentIds[0], occurrenceId: next.id })).toEqual([
      [ErrorCode.AlreadyBooked, 'input.occurrenceId'],
    ]);
    const past = await occurrenceOn(server.orm, slot, '2031-05-26');
    expect(await book({ enrolmentId: enrolmentIds[0], occurrenceId: past.id })).toEqual([
      [ErrorCode.OccurrenceInPast, 'input.occurrenceId'],
    ]);
    const holiday = await occurrenceOn(server.orm, slot, '2031-06-16');
    await staff.request(CancelOccurrenceDocument, {
      input: { occurrenceId: holiday.id, reason: 'Vakantie' },
    });
    expect(await book({ enrolmentId: enrolmentIds[0], occurrenceId: holiday.id })).toEqual([
      [ErrorCode.OccurrenceCancelled, 'input.occurrenceId'],
    ]);
    expect(await book({ enrolmentId: enrolmentIds[0] })).toEqual([[ErrorCode.Validation, 'input.slotId']]);
    expect(await book({ enrolmentId: enrolmentIds[0], slotId: slot.id, occurrenceId: next.id })).toEqual([
      [ErrorCode.Validation, 'input.slotId'],
    ]);

    const otherWorkshop = await makeWorkshop(server.orm, { place: (await makeTenant(server.orm)).place });
    const otherSlot = await makeSessionSlot(server.orm, {
      workshop: otherWorkshop,
      validFrom: '2031-06-01',
      until: '2031-06-30',
    });
    expect(await book({ enrolmentId: enrolmentIds[0], slotId: otherSlot.id })).toEqual([
      [ErrorCode.NotEnrolled, 'input.slotId'],
    ]);
    const short = await makeEnrolment(server.orm, {
      participantId: (await makeParticipants(server.orm, organisation, 1))[0],
      workshop,
      startDate: '2031-06-24',
      endDate: '2031-06-27',
    });
    expect(await book({ enrolmentId: short.id, occurrenceId: next.id })).toEqual([
      [ErrorCode.OutsideEnrolment, 'input.occurrenceId'],
    ]);
    expect(await book({ enrolmentId: short.id, slotId: slot.id })).toEqual([
      [ErrorCode.OutsideEnrolment, 'input.slotId'],
    ]);

    // Staff of another organisation may not book here; to them the enrolment does not exist.
    const stranger = server.client(server.token(Role.ORG_STAFF, otherWorkshop.organisation.id));
    const refused = await stranger.request(BookDocument, {
      input: { enrolmentId: enrolmentIds[0], occurrenceId: next.id },
    });
    expect(refused.book.errors[0].code).toBe(ErrorCode.NotFound);
    expect(participantIds).toHaveLength(1);
  });

  it('a weekly booking skips cancelled weeks and also books weeks materialised later, beyond the horizon', async () => {
    const { place, slot, enrolmentIds, staff } = await setting(3, 2);
    const holiday = await occurrenceOn(server.orm, slot, '2031-06-16');
    await staff.request(CancelOccurrenceDocument, { input: { occurrenceId: holiday.id } });
    for (const enrolmentId of enrolmentIds) {
      const { book } = await staff.request(BookDocument, { input: { enrolmentId, slotId: slot.id } });
      expect(book.errors).toEqual([]);
    }
    const week = async (weekStart: string) =>
      (await staff.request(PlaceWeekDocument, { placeId: place.id, weekStart })).placeWeek.workshops[0]
        .occurrences[0];

    expect(await week('2031-06-16')).toMatchObject({
      cancelled: true,
      bookedCount: 0,
      waitlistCount: 0,
      freePlaces: 0,
    });
    expect(await week('2031-06-23')).toMatchObject({ bookedCount: 2, waitlistCount: 1 });
    // A year ahead: the occurrence is written on read, and the standing bookings fill it in their order.
    const later = await week('2032-06-07');
    expect(later).toMatchObject({ date: '2032-06-07', bookedCount: 2, waitlistCount: 1 });
    expect(later.bookings.map((b) => b.waitlistPosition)).toEqual([null, null, 1]);
  });

  it('ending an enrolment releases its later bookings and the first waiting person moves up', async () => {
    const { slot, enrolmentIds, staff } = await setting(2, 1);
    for (const enrolmentId of enrolmentIds) {
      await staff.request(BookDocument, { input: { enrolmentId, slotId: slot.id } });
    }
    const june9 = await occurrenceOn(server.orm, slot, '2031-06-09');
    const { endEnrolment } = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], endDate: '2031-06-02', outflowCode: 'education' },
    });
    expect(endEnrolment.errors).toEqual([]);
    expect((await reloadOccurrence(server.orm, june9.id)).bookedCount).toBe(1);
    const { placeWeek } = await staff.request(PlaceWeekDocument, {
      placeId: june9.place.id,
      weekStart: '2031-06-09',
    });
    expect(placeWeek.workshops[0].occurrences[0].bookings.map((b) => [b.status, b.participant.id])).toEqual([
      [BookingStatus.Booked, expect.any(String)],
    ]);
    const again = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], endDate: '2031-06-02', outflowCode: 'PAID_WORK' },
    });
    expect(again.endEnrolment.errors[0].code).toBe(ErrorCode.Conflict);
    const unknown = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[1], endDate: '2031-06-02', outflowCode: 'LOTTERY' },
    });
    expect(unknown.endEnrolment.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.NotFound, field: ['input', 'outflowCode'] }),
    ]);
  });
});
