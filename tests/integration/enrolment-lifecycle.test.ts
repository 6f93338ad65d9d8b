import {
  BookDocument,
  BookingStatus,
  CorrectEnrolmentEndDocument,
  EndEnrolmentDocument,
  EnrolmentStatus,
  ErrorCode,
  PauseEnrolmentDocument,
  ReopenEnrolmentDocument,
  ResumeEnrolmentDocument,
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
afterEach(() => {
  process.env.MEEDOEN_TODAY = TODAY;
});

const weekly = (people: number, capacity: number) =>
  juneMondays(server, people, capacity, { bookWeekly: true });

async function auditOf(action: string, entityId: string) {
  return server.orm.em
    .fork()
    .execute<{ before: unknown; after: unknown }[]>(
      `select before, after from audit_entry where action = ? and entity_id = ? order by at`,
      [action, entityId],
    );
}

describe('pausing and resuming an enrolment', () => {
  it('releases the bookings in the pause to the waitlist in order and books the weeks after it again', async () => {
    const { enrolmentIds, staff, slot, problems } = await weekly(4, 2);
    const [first, , third, fourth] = enrolmentIds;

    const { pauseEnrolment } = await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: first, from: '2031-06-09', until: '2031-06-22' },
    });
    expect(pauseEnrolment.errors).toEqual([]);
    expect(pauseEnrolment.pause).toMatchObject({ fromDate: '2031-06-09', untilDate: '2031-06-22' });
    // Today is before the pause: still ACTIVE.
    expect(pauseEnrolment.enrolment?.status).toBe(EnrolmentStatus.Active);
    expect(await bookingsOf(server.orm, first)).toEqual({
      '2031-06-02': 'BOOKED',
      '2031-06-23': 'BOOKED',
      '2031-06-30': 'BOOKED',
    });
    // The first person waiting moved up on the paused dates; the next one is now first in line there.
    expect(await bookingsOf(server.orm, third)).toEqual({
      ...every('WAITLISTED 1'),
      '2031-06-09': 'BOOKED',
      '2031-06-16': 'BOOKED',
    });
    expect(await bookingsOf(server.orm, fourth)).toEqual({
      ...every('WAITLISTED 2'),
      '2031-06-09': 'WAITLISTED 1',
      '2031-06-16': 'WAITLISTED 1',
    });
    expect(await problems()).toEqual([]);
    const [audit] = await auditOf('pauseEnrolment', pauseEnrolment.pause!.id);
    expect(audit).toMatchObject({ before: null, after: { fromDate: '2031-06-09', untilDate: '2031-06-22' } });

    // No booking slips into the pause.
    const occurrence = await occurrenceOn(server.orm, slot, '2031-06-16');
    const refused = await staff.request(BookDocument, {
      input: { enrolmentId: first, occurrenceId: occurrence.id },
    });
    expect(refused.book.errors[0]).toMatchObject({ code: ErrorCode.EnrolmentPaused });
    expect(refused.book.errors[0].message).toContain('resumeEnrolment');

    // Back a week early: the standing booking books 16 June again, at the end of its waitlist (it is full).
    const { resumeEnrolment } = await staff.request(ResumeEnrolmentDocument, {
      input: { enrolmentId: first, on: '2031-06-16' },
    });
    expect(resumeEnrolment.errors).toEqual([]);
    expect(resumeEnrolment.pause).toMatchObject({ fromDate: '2031-06-09', untilDate: '2031-06-15' });
    expect(await bookingsOf(server.orm, first)).toEqual({
      '2031-06-02': 'BOOKED',
      '2031-06-16': 'WAITLISTED 2',
      '2031-06-23': 'BOOKED',
      '2031-06-30': 'BOOKED',
    });
    expect(await problems()).toEqual([]);
  });

  it('shows PAUSED while a pause covers today; an open pause releases every later date until resumed', async () => {
    const { enrolmentIds, staff, problems } = await weekly(2, 2);
    const [first] = enrolmentIds;
    const { pauseEnrolment } = await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: first, from: TODAY },
    });
    expect(pauseEnrolment.enrolment?.status).toBe(EnrolmentStatus.Paused);
    expect(await bookingsOf(server.orm, first)).toEqual({});

    const { resumeEnrolment } = await staff.request(ResumeEnrolmentDocument, {
      input: { enrolmentId: first, on: '2031-06-23' },
    });
    expect(resumeEnrolment.pause?.untilDate).toBe('2031-06-22');
    expect(await bookingsOf(server.orm, first)).toEqual(every('BOOKED', ['2031-06-23', '2031-06-30']));
    expect(await problems()).toEqual([]);
  });

  it('answers every mistake in the input at once, and refuses overlapping pauses and a resume without pause', async () => {
    const { enrolmentIds, staff } = await weekly(1, 2);
    const bad = await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], from: '2031-04-01', until: '2031-03-01' },
    });
    expect(bad.pauseEnrolment.errors.map((e) => [e.code, e.field])).toEqual([
      [ErrorCode.InvertedPeriod, ['input', 'until']],
      [ErrorCode.OutsidePeriod, ['input', 'from']],
    ]);
    await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], from: '2031-06-09', until: '2031-06-16' },
    });
    const overlap = await staff.request(PauseEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], from: '2031-06-16' },
    });
    expect(overlap.pauseEnrolment.errors[0].code).toBe(ErrorCode.OverlappingPeriod);
    const nothing = await staff.request(ResumeEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], on: '2031-06-30' },
    });
    expect(nothing.resumeEnrolment.errors[0].code).toBe(ErrorCode.Conflict);
  });
});

describe('ending, correcting and reopening an enrolment', () => {
  it('is ACTIVE with endDate until the end has passed, then ENDED', async () => {
    const { enrolmentIds, staff } = await weekly(1, 2);
    const { endEnrolment } = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], endDate: '2031-06-16', outflowCode: 'PAID_WORK' },
    });
    expect(endEnrolment.enrolment).toMatchObject({ status: EnrolmentStatus.Active, endDate: '2031-06-16' });
    expect(await bookingsOf(server.orm, enrolmentIds[0])).toEqual(
      every('BOOKED', ['2031-06-02', '2031-06-09', '2031-06-16']),
    );
    process.env.MEEDOEN_TODAY = '2031-06-17';
    const again = await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], endDate: '2031-06-16', outflowCode: 'PAID_WORK' },
    });
    expect(again.endEnrolment.errors[0].code).toBe(ErrorCode.Conflict);
    expect(again.endEnrolment.errors[0].message).toContain('correctEnrolmentEnd');
    const { correctEnrolmentEnd } = await staff.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: enrolmentIds[0], outflowCode: 'EDUCATION' },
    });
    expect(correctEnrolmentEnd.enrolment).toMatchObject({
      status: EnrolmentStatus.Ended,
      outflow: { code: 'EDUCATION' },
    });
  });

  it('corrects the end: a later end restores the standing bookings, an earlier one releases them', async () => {
    const { enrolmentIds, staff, problems } = await weekly(2, 1);
    const [first, second] = enrolmentIds;
    await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: first, endDate: '2031-06-09', outflowCode: 'PAID_WORK' },
    });
    expect(await bookingsOf(server.orm, second)).toEqual({
      ...every('BOOKED'),
      '2031-06-02': 'WAITLISTED 1',
      '2031-06-09': 'WAITLISTED 1',
    });

    // Every mistake at once; an unknown code lists the valid ones.
    const bad = await staff.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: first, endDate: '2031-01-01', outflowCode: 'NOPE' },
    });
    expect(bad.correctEnrolmentEnd.errors.map((e) => e.code)).toEqual([
      ErrorCode.InvertedPeriod,
      ErrorCode.NotFound,
    ]);
    expect(bad.correctEnrolmentEnd.errors[1].message).toContain('PAID_WORK');

    const later = await staff.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: first, endDate: '2031-06-23' },
    });
    expect(later.correctEnrolmentEnd.errors).toEqual([]);
    // The freed weeks went to the person waiting; the restored standing booking waits behind them.
    expect(await bookingsOf(server.orm, first)).toEqual({
      '2031-06-02': 'BOOKED',
      '2031-06-09': 'BOOKED',
      '2031-06-16': 'WAITLISTED 1',
      '2031-06-23': 'WAITLISTED 1',
    });
    const earlier = await staff.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: first, endDate: '2031-06-02' },
    });
    expect(earlier.correctEnrolmentEnd.enrolment?.endDate).toBe('2031-06-02');
    expect(await bookingsOf(server.orm, first)).toEqual({ '2031-06-02': 'BOOKED' });
    expect(await bookingsOf(server.orm, second)).toEqual({
      ...every('BOOKED'),
      '2031-06-02': 'WAITLISTED 1',
    });
    expect(await problems()).toEqual([]);
    const audits = await auditOf('correctEnrolmentEnd', first);
    expect(
      audits.map((a) => [
        (a.before as { endDate: string }).endDate,
        (a.after as { endDate: string }).endDate,
      ]),
    ).toEqual([
      ['2031-06-09', '2031-06-23'],
      ['2031-06-23', '2031-06-02'],
    ]);
  });

  it('closes the correction window for staff after ENROLMENT_CORRECTION_DAYS; ADMIN may still correct', async () => {
    const { enrolmentIds, staff } = await weekly(1, 1);
    await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0], endDate: '2031-06-02', outflowCode: 'PAID_WORK' },
    });
    process.env.MEEDOEN_TODAY = '2031-09-01';
    const closed = await staff.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: enrolmentIds[0], outflowCode: 'MOVED' },
    });
    expect(closed.correctEnrolmentEnd.errors[0].code).toBe(ErrorCode.CorrectionWindowClosed);
    const reopenClosed = await staff.request(ReopenEnrolmentDocument, {
      input: { enrolmentId: enrolmentIds[0] },
    });
    expect(reopenClosed.reopenEnrolment.errors[0].code).toBe(ErrorCode.CorrectionWindowClosed);
    const admin = await server.admin.request(CorrectEnrolmentEndDocument, {
      input: { enrolmentId: enrolmentIds[0], outflowCode: 'MOVED' },
    });
    expect(admin.correctEnrolmentEnd.enrolment?.outflow?.code).toBe('MOVED');
  });

  it('reopens: the standing bookings come back where places are free, the others join the waitlist in order', async () => {
    const { enrolmentIds, staff, problems } = await weekly(3, 2);
    const [first, second, third] = enrolmentIds;
    await staff.request(EndEnrolmentDocument, {
      input: { enrolmentId: first, endDate: '2031-06-09', outflowCode: 'STOPPED' },
    });
    // The third moved up from 16 June; cancel their 30 June place, so that one week has room again.
    const thirds = await server.orm.em.fork().execute<{ id: string }[]>(
      `select b.id from booking b join occurrence o on o.id = b.occurrence_id
          where b.enrolment_id = ? and o.date = '2031-06-30'`,
      [third],
    );
    await server.orm.em
      .fork()
      .execute(`update booking set status = 'CANCELLED' where id = ?`, [thirds[0].id]);
    await server.orm.em
      .fork()
      .execute(
        `update occurrence set booked_count = booked_count - 1 where id = (select occurrence_id from booking where id = ?)`,
        [thirds[0].id],
      );

    const { reopenEnrolment } = await staff.request(ReopenEnrolmentDocument, {
      input: { enrolmentId: first },
    });
    expect(reopenEnrolment.errors).toEqual([]);
    expect(reopenEnrolment.enrolment).toMatchObject({
      status: EnrolmentStatus.Active,
      endDate: null,
      outflow: null,
    });
    expect(await bookingsOf(server.orm, first)).toEqual({
      '2031-06-02': 'BOOKED',
      '2031-06-09': 'BOOKED',
      '2031-06-16': 'WAITLISTED 1',
      '2031-06-23': 'WAITLISTED 1',
      '2031-06-30': 'BOOKED',
    });
    expect(await bookingsOf(server.orm, second)).toEqual(every('BOOKED'));
    expect(await problems()).toEqual([]);
    const [audit] = await auditOf('reopenEnrolment', first);
    expect(audit).toMatchObject({
      before: { status: 'ENDED', endDate: '2031-06-09' },
      after: { status: 'ACTIVE' },
    });
    expect(BookingStatus.Booked).toBe('BOOKED');
  });
});
