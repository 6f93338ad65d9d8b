import {
  AttendanceStatus,
  AttendanceSummaryDocument,
  Background,
  BookDocument,
  BookingStatus,
  CancelOccurrenceDocument,
  CreateSessionSlotDocument,
  EndEnrolmentDocument,
  EnrolDocument,
  EnrolmentStatus,
  ErrorCode,
  MissingRegistrationsDocument,
  ParticipantScheduleDocument,
  PlaceWeekDocument,
  RecordAttendanceBulkDocument,
  RegisterParticipantDocument,
  RouteIn,
  Weekday,
  WorkshopRosterDocument,
} from '../generated/graphql';
import { makeTenant, makeWorkshop } from '../factories/foundation';
import { Attendance } from '../../src/attendance/attendance.entity';
import { Role, startTestServer, type TestServer } from '../setup/harness';

// A Wednesday; "today" for bookings and attendance in this file.
process.env.MEEDOEN_TODAY = '2030-03-06';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('a walk-in from registration to outflow, over the API alone', () => {
  it('registers, enrols, books Monday mornings, shows the week, records attendance and ends the enrolment', async () => {
    // Given a place with a workshop and a member of its staff
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place, name: 'Maakt' });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));

    // When staff register a walk-in with just a name
    const { registerParticipant } = await staff.request(RegisterParticipantDocument, {
      input: { organisationId: organisation.id, displayName: 'Samira' },
    });
    expect(registerParticipant.errors).toEqual([]);
    const samira = registerParticipant.participant!;
    expect(samira).toMatchObject({ displayName: 'Samira', backgrounds: [], languages: [], routeIn: null });
    const other = (
      await staff.request(RegisterParticipantDocument, {
        input: {
          organisationId: organisation.id,
          displayName: 'Henk',
          backgrounds: [Background.Retired, Background.Professional],
          routeIn: RouteIn.WalkIn,
          languages: ['nl', 'Limburgs'],
        },
      })
    ).registerParticipant.participant!;

    // ... enrol them from last Monday
    const enrolments = [];
    for (const participant of [samira, other]) {
      const { enrol } = await staff.request(EnrolDocument, {
        input: { participantId: participant.id, workshopId: workshop.id, startDate: '2030-03-04' },
      });
      expect(enrol.errors).toEqual([]);
      enrolments.push(enrol.enrolment!);
    }
    expect(enrolments[0]).toMatchObject({
      status: EnrolmentStatus.Active,
      startDate: '2030-03-04',
      endDate: null,
    });

    // ... add Monday mornings and book Samira into them every week
    const { createSessionSlot } = await staff.request(CreateSessionSlotDocument, {
      input: {
        workshopId: workshop.id,
        weekday: Weekday.Monday,
        startTime: '09:00',
        endTime: '13:00',
        capacity: 8,
        validFrom: '2030-03-04',
      },
    });
    expect(createSessionSlot.errors).toEqual([]);
    const slot = createSessionSlot.slot!;
    expect(slot).toMatchObject({ dayparts: 1, capacity: 8, validUntil: null });

    const { book } = await staff.request(BookDocument, {
      input: { enrolmentId: enrolments[0].id, slotId: slot.id },
    });
    expect(book.errors).toEqual([]);
    expect(book).toMatchObject({ status: BookingStatus.Booked, waitlistPosition: null });
    expect(book.booking?.occurrence?.date).toBe('2030-03-11');
    expect(book.recurringBooking).toMatchObject({
      fromDate: '2030-03-06',
      untilDate: null,
      cancelled: false,
    });

    // Then the week shows the occupancy
    const { placeWeek } = await staff.request(PlaceWeekDocument, {
      placeId: place.id,
      weekStart: '2030-03-13',
    });
    expect(placeWeek.weekStart).toBe('2030-03-11');
    expect(placeWeek.weekEnd).toBe('2030-03-17');
    const week = placeWeek.workshops.find((w) => w.workshop.id === workshop.id)!;
    expect(week.occurrences).toHaveLength(1);
    expect(week.occurrences[0]).toMatchObject({
      date: '2030-03-11',
      startTime: '09:00',
      endTime: '13:00',
      dayparts: 1,
      capacity: 8,
      bookedCount: 1,
      waitlistCount: 0,
      freePlaces: 7,
      cancelled: false,
    });
    expect(week.occurrences[0].bookings.map((b) => b.participant.displayName)).toEqual(['Samira']);
    expect(week).toMatchObject({ capacity: 8, bookedCount: 1, freePlaces: 7 });

    // ... and Samira's schedule lists every Monday from next week on
    const { participant } = await staff.request(ParticipantScheduleDocument, {
      id: samira.id,
      from: '2030-03-01',
      to: '2030-03-31',
    });
    expect(participant?.schedule.map((b) => b.occurrence?.date)).toEqual([
      '2030-03-11',
      '2030-03-18',
      '2030-03-25',
    ]);
    expect(participant?.schedule[0].occurrence?.place.id).toBe(place.id);

    // When staff register attendance for last Monday's roster in one go
    const { workshopRoster } = await staff.request(WorkshopRosterDocument, {
      workshopId: workshop.id,
      date: '2030-03-04',
    });
    const lastMonday = workshopRoster.occurrences[0];
    const { recordAttendanceBulk } = await staff.request(RecordAttendanceBulkDocument, {
      input: {
        occurrenceId: lastMonday.id,
        entries: [
          { participantId: samira.id, status: AttendanceStatus.Present },
          { participantId: other.id, status: AttendanceStatus.Excused, note: 'Bij de huisarts' },
        ],
      },
    });
    expect(recordAttendanceBulk.errors).toEqual([]);
    expect(recordAttendanceBulk.attendance.map((a) => [a.participant.id, a.status, a.dayparts])).toEqual([
      [samira.id, AttendanceStatus.Present, 1],
      [other.id, AttendanceStatus.Excused, 1],
    ]);
    // Then the rows carry the occurrence's date, day parts, workshop and place (read by funding)
    const rows = await server.orm.em.fork().find(Attendance, { occurrence: lastMonday.id });
    expect(rows.every((row) => row.date === '2030-03-04' && row.place.id === place.id)).toBe(true);
    expect(
      rows.every((row) => row.workshop.id === workshop.id && row.organisation.id === organisation.id),
    ).toBe(true);

    // ... correcting one entry replaces it instead of adding a row
    const corrected = await staff.request(RecordAttendanceBulkDocument, {
      input: {
        occurrenceId: lastMonday.id,
        entries: [{ participantId: other.id, status: AttendanceStatus.Absent }],
      },
    });
    expect(corrected.recordAttendanceBulk.attendance[0]).toMatchObject({
      status: AttendanceStatus.Absent,
      note: null,
    });
    expect(await server.orm.em.fork().count(Attendance, { occurrence: lastMonday.id })).toBe(2);

    const { attendanceSummary } = await staff.request(AttendanceSummaryDocument, {
      placeId: place.id,
      from: '2030-03-01',
      to: '2030-03-31',
    });
    expect(attendanceSummary.workshops).toEqual([
      {
        workshop: { id: workshop.id, name: 'Maakt' },
        occurrences: 4,
        cancelledOccurrences: 0,
        attendedDayparts: 1,
        present: 1,
        absent: 1,
        excused: 0,
        attendanceRate: 0.5,
        missingRegistrations: 0,
      },
    ]);

    // When the enrolment ends with an outflow reason
    const { endEnrolment } = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolments[0].id, endDate: '2030-03-12', outflowCode: 'PAID_WORK' },
    });
    expect(endEnrolment.errors).toEqual([]);
    // The end lies ahead (today is 6 March): ACTIVE with its end date until that day has passed.
    expect(endEnrolment.enrolment).toMatchObject({
      status: EnrolmentStatus.Active,
      endDate: '2030-03-12',
      outflow: { code: 'PAID_WORK', positive: true },
    });
    // Then her bookings after the end are released and the standing booking stops
    const after = await staff.request(ParticipantScheduleDocument, {
      id: samira.id,
      from: '2030-03-01',
      to: '2030-12-31',
    });
    expect(after.participant?.schedule.map((b) => b.occurrence?.date)).toEqual(['2030-03-11']);
    const later = await staff.request(PlaceWeekDocument, { placeId: place.id, weekStart: '2030-12-02' });
    expect(later.placeWeek.workshops[0].occurrences[0]).toMatchObject({ date: '2030-12-02', bookedCount: 0 });
  });

  it('refuses attendance for cancelled or future dates and people not enrolled, and reports missing registrations', async () => {
    const { organisation, place } = await makeTenant(server.orm);
    const workshop = await makeWorkshop(server.orm, { place, name: 'Eet' });
    const staff = server.client(server.token(Role.ORG_STAFF, organisation.id));
    const { createSessionSlot } = await staff.request(CreateSessionSlotDocument, {
      input: {
        workshopId: workshop.id,
        weekday: Weekday.Tuesday,
        startTime: '13:00',
        endTime: '17:00',
        capacity: 10,
        validFrom: '2030-02-01',
        validUntil: '2030-03-31',
      },
    });
    expect(createSessionSlot.errors).toEqual([]);
    const { registerParticipant } = await staff.request(RegisterParticipantDocument, {
      input: { organisationId: organisation.id, displayName: 'Walk-in' },
    });
    const participantId = registerParticipant.participant!.id;
    const roster = async (date: string) =>
      (await staff.request(WorkshopRosterDocument, { workshopId: workshop.id, date })).workshopRoster
        .occurrences[0];

    const entries = [{ participantId, status: AttendanceStatus.Present }];
    const past = await roster('2030-03-05');
    const notEnrolled = await staff.request(RecordAttendanceBulkDocument, {
      input: { occurrenceId: past.id, entries },
    });
    expect(notEnrolled.recordAttendanceBulk.errors).toEqual([
      expect.objectContaining({
        code: ErrorCode.NotEnrolled,
        field: ['input', 'entries', '0', 'participantId'],
      }),
    ]);

    await staff.request(EnrolDocument, {
      input: { participantId, workshopId: workshop.id, startDate: '2030-02-01' },
    });
    const future = await roster('2030-03-12');
    const inFuture = await staff.request(RecordAttendanceBulkDocument, {
      input: { occurrenceId: future.id, entries },
    });
    expect(inFuture.recordAttendanceBulk.errors[0].code).toBe(ErrorCode.OccurrenceInFuture);

    const holiday = await roster('2030-02-26');
    await staff.request(CancelOccurrenceDocument, {
      input: { occurrenceId: holiday.id, reason: 'Carnaval' },
    });
    const cancelled = await staff.request(RecordAttendanceBulkDocument, {
      input: { occurrenceId: holiday.id, entries },
    });
    expect(cancelled.recordAttendanceBulk.errors[0].code).toBe(ErrorCode.OccurrenceCancelled);

    const ok = await staff.request(RecordAttendanceBulkDocument, {
      input: { occurrenceId: past.id, entries },
    });
    expect(ok.recordAttendanceBulk.errors).toEqual([]);

    // Tuesdays in February and March before today (Wednesday 6 March): 5, 12, 19, 26 Feb (cancelled), 5 Mar.
    const { missingRegistrations } = await staff.request(MissingRegistrationsDocument, {
      placeId: place.id,
      from: '2030-02-01',
      to: '2030-03-31',
    });
    expect(missingRegistrations.map((o) => o.date)).toEqual(['2030-02-05', '2030-02-12', '2030-02-19']);
    const { attendanceSummary } = await staff.request(AttendanceSummaryDocument, {
      placeId: place.id,
      from: '2030-02-01',
      to: '2030-03-31',
    });
    expect(attendanceSummary.workshops[0]).toMatchObject({
      occurrences: 7,
      cancelledOccurrences: 1,
      attendedDayparts: 1,
      attendanceRate: 1,
      missingRegistrations: 3,
    });
  });
});
