import { auditFields, type AuditValues, recordAudit } from '../audit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Enrolment } from '../enrolments';
import { todayInAmsterdam } from '../shared/clock';
import { maxDate, minDate } from '../shared/dates';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Booking, BookingStatus } from './booking.entity';
import type {
  BookInput,
  CancelBookingInput,
  EndRecurringBookingInput,
  PromoteFromWaitlistInput,
} from './booking.input';
import {
  bookIntoOccurrence,
  type BookingEnrolment,
  insertStandingBooking,
  lockOccurrence,
  promoteWaitlisted,
  releaseBooking,
  stopStandingBooking,
  waitlistPosition,
} from './booking.store';
import { horizonEnd, materialiseOccurrences } from './occurrence.materialise';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlot } from './session-slot.entity';
import { EnrolmentErrorCode } from '../enrolments';
import { SchedulingErrorCode } from './scheduling.errors';
import { assertDatesWithinBounds, tooManyRows, type WriteBounds } from '../shared/write-bounds';

export interface BookResult {
  booking: Booking;
  status: BookingStatus;
  waitlistPosition: number | null;
  recurringBooking: RecurringBooking | null;
  weeks: StandingWeeks | null;
}

/** How the written weeks of a standing booking came out. */
export interface StandingWeeks {
  booked: number;
  waitlisted: number;
  firstBooked: string | null;
  firstWaitlisted: string | null;
}

async function requireBookableEnrolment(
  ctx: Context,
  em: EntityManager,
  id: string,
): Promise<BookingEnrolment> {
  // A share lock on the enrolment: a pause, resumption or correction of it (which lock it for update) waits for
  // this booking, and this booking for them, so that no booking slips into a pause being written.
  const locked: unknown[] = await em.execute(`select id from enrolment where id = ? for share`, [id]);
  const enrolment = locked.length > 0 ? await em.findOne(Enrolment, id, { refresh: true }) : null;
  if (!enrolment) throw notFound('No enrolment has this id.', 'enrolmentId');
  assertOwnRecord(
    requireViewer(ctx),
    enrolment.organisation.id,
    'No enrolment has this id.',
    inputField('enrolmentId'),
  );
  if (enrolment.endDate != null && enrolment.endDate < todayInAmsterdam()) {
    throw new DomainError(
      EnrolmentErrorCode.NOT_ENROLLED,
      'The enrolment has ended; reopen it first (reopenEnrolment).',
      inputField('enrolmentId'),
    );
  }
  return {
    id: enrolment.id,
    participantId: enrolment.participant.id,
    workshopId: enrolment.workshop.id,
    organisationId: enrolment.organisation.id,
    startDate: enrolment.startDate,
    endDate: enrolment.endDate ?? null,
  };
}

async function result(
  em: EntityManager,
  bookingId: string,
  recurringBooking: RecurringBooking | null,
): Promise<BookResult> {
  const booking = await em.findOneOrFail(Booking, bookingId, { refresh: true });
  return {
    booking,
    status: booking.status,
    waitlistPosition: await waitlistPosition(em, booking.id),
    recurringBooking,
    weeks: recurringBooking ? await standingWeeks(em, recurringBooking.id) : null,
  };
}

/** The weeks of a standing booking: how many booked and waitlisted, and the first date of each. */
async function standingWeeks(em: EntityManager, recurringBookingId: string): Promise<StandingWeeks> {
  const rows: { status: string; weeks: number; first: string }[] = await em.execute(
    `select b.status, count(*)::int as weeks, min(o.date)::text as first
       from booking b join occurrence o on o.id = b.occurrence_id
      where b.recurring_booking_id = ? and b.status <> 'CANCELLED' group by b.status`,
    [recurringBookingId],
  );
  const of = (status: string) => rows.find((row) => row.status === status);
  return {
    booked: of('BOOKED')?.weeks ?? 0,
    waitlisted: of('WAITLISTED')?.weeks ?? 0,
    firstBooked: of('BOOKED')?.first ?? null,
    firstWaitlisted: of('WAITLISTED')?.first ?? null,
  };
}

/** Books one date; a full occurrence puts the participant on its waitlist. */
async function bookOccurrence(em: EntityManager, enrolment: BookingEnrolment, occurrenceId: string) {
  const outcome = await bookIntoOccurrence(em, enrolment, occurrenceId, {
    slotId: null,
    recurringBookingId: null,
  });
  if (!outcome.ok) {
    const field = outcome.code === EnrolmentErrorCode.NOT_ENROLLED ? 'enrolmentId' : 'occurrenceId';
    throw new DomainError(outcome.code, outcome.message, inputField(field));
  }
  return result(em, outcome.bookingId, null);
}

/**
 * Books every week: a standing booking from today (or the enrolment's start) until the enrolment's end, plus a
 * booking (booked or waitlisted) in each occurrence of the slot within the horizon; cancelled weeks are skipped,
 * later weeks are booked when their occurrences are materialised. The payload reports the first occurrence.
 * More bookings than one request may write (`maxRowsPerRequest`) are refused as a whole.
 */
async function bookSlot(
  em: EntityManager,
  enrolment: BookingEnrolment,
  slotId: string,
  lastDate: string | null,
  bounds: WriteBounds,
) {
  const slot = await em.findOne(SessionSlot, slotId);
  if (!slot) throw notFound('No session slot has this id.', 'slotId');
  if (slot.workshop.id !== enrolment.workshopId) {
    throw new DomainError(
      EnrolmentErrorCode.NOT_ENROLLED,
      "The slot is not in the enrolment's workshop.",
      inputField('slotId'),
    );
  }
  const from = maxDate(maxDate(todayInAmsterdam(), enrolment.startDate), slot.validFrom);
  const until = minDate(minDate(minDate('9999-12-31', enrolment.endDate), slot.validUntil), lastDate);
  if (lastDate && lastDate < from) {
    throw new DomainError(
      ErrorCode.INVERTED_PERIOD,
      `until must not be before the first date it would book (${from}).`,
      inputField('until'),
    );
  }
  if (until < from) {
    throw new DomainError(
      SchedulingErrorCode.OUTSIDE_ENROLMENT,
      'The slot has no dates left within the enrolment.',
      inputField('slotId'),
    );
  }
  const recurringBookingId = await insertStandingBooking(em, {
    slotId: slot.id,
    enrolmentId: enrolment.id,
    participantId: enrolment.participantId,
    organisationId: enrolment.organisationId,
    fromDate: from,
    untilDate:
      lastDate && enrolment.endDate ? minDate(lastDate, enrolment.endDate) : (lastDate ?? enrolment.endDate),
  });
  if (!recurringBookingId) {
    throw new DomainError(
      SchedulingErrorCode.ALREADY_BOOKED,
      'Already booked into this slot every week.',
      inputField('slotId'),
    );
  }
  // New occurrences get this standing booking as they are written; existing ones are booked one by one.
  await materialiseOccurrences(em, { slotId: slot.id }, from, minDate(horizonEnd(), until));
  const existing: { id: string }[] = await em.execute(
    `select o.id from occurrence o
      where o.slot_id = ? and o.date between ? and ? and not o.cancelled
        and not exists (select 1 from booking b where b.occurrence_id = o.id and b.participant_id = ?
                          and b.status <> 'CANCELLED')
      order by o.date, o.id limit ?`,
    [slot.id, from, until, enrolment.participantId, bounds.maxRowsPerRequest + 1],
  );
  if (existing.length > bounds.maxRowsPerRequest) throw tooManyRows(bounds, 'bookings', 'slotId');
  for (const { id } of existing) {
    await bookIntoOccurrence(em, enrolment, id, { slotId: slot.id, recurringBookingId });
  }
  const first: { id: string }[] = await em.execute(
    `select b.id from booking b join occurrence o on o.id = b.occurrence_id
      where b.recurring_booking_id = ? order by o.date, o.id limit 1`,
    [recurringBookingId],
  );
  if (!first[0]) {
    const dates: unknown[] = await em.execute(
      `select 1 from occurrence where slot_id = ? and date between ? and ? limit 1`,
      [slot.id, from, until],
    );
    throw dates.length > 0
      ? new DomainError(
          SchedulingErrorCode.OCCURRENCE_CANCELLED,
          'Every date of the slot is cancelled.',
          inputField('slotId'),
        )
      : new DomainError(
          SchedulingErrorCode.OUTSIDE_ENROLMENT,
          'The slot has no dates within the enrolment.',
          inputField('slotId'),
        );
  }
  const recurring = await em.findOneOrFail(RecurringBooking, recurringBookingId);
  return result(em, first[0].id, recurring);
}

/** `book`: exactly one of a slot (every week) or an occurrence (one date). */
export function book(ctx: Context, input: BookInput): Promise<MutationResult<BookResult>> {
  return runMutation(ctx, input, async (em) => {
    if (Boolean(input.slotId) === Boolean(input.occurrenceId)) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'Give exactly one of slotId and occurrenceId.',
        inputField('slotId'),
      );
    }
    const enrolment = await requireBookableEnrolment(ctx, em, input.enrolmentId);
    if (input.occurrenceId && input.until) {
      throw new DomainError(ErrorCode.VALIDATION, 'until goes with slotId only.', inputField('until'));
    }
    const booked = input.occurrenceId
      ? await bookOccurrence(em, enrolment, input.occurrenceId)
      : await bookSlot(em, enrolment, input.slotId!, input.until ?? null, ctx.writeBounds);
    auditBooking(em, ctx, 'book', null, booked.booking);
    return booked;
  });
}

/** Cancels a booking; the first waitlisted person moves up in the same transaction. */
export function cancelBooking(
  ctx: Context,
  input: CancelBookingInput,
): Promise<MutationResult<{ booking: Booking; promoted: Booking | null }>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const booking = await em.findOne(Booking, input.bookingId);
    if (!booking) throw notFound('No booking has this id.', 'bookingId');
    assertOwnRecord(viewer, booking.organisation.id, 'No booking has this id.', inputField('bookingId'));
    const before = auditFields(booking, BOOKING_AUDIT);
    const { promotedId } = await releaseBooking(em, booking.id);
    const cancelled = await em.findOneOrFail(Booking, booking.id, { refresh: true });
    auditBooking(em, ctx, 'cancelBooking', before, cancelled);
    const promoted = promotedId ? await em.findOneOrFail(Booking, promotedId, { refresh: true }) : null;
    if (promoted)
      auditBooking(
        em,
        ctx,
        'cancelBooking',
        { ...auditFields(promoted, BOOKING_AUDIT), status: BookingStatus.WAITLISTED },
        promoted,
      );
    return { booking: cancelled, promoted };
  });
}

/**
 * Staff move a waitlisted booking up by hand (out of turn). When the occurrence is full this answers
 * CAPACITY_REACHED unless `addPlace` asks to raise its capacity by one.
 */
export function promoteFromWaitlist(
  ctx: Context,
  input: PromoteFromWaitlistInput,
): Promise<MutationResult<Booking>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const booking = await em.findOne(Booking, input.bookingId);
    if (!booking) throw notFound('No booking has this id.', 'bookingId');
    assertOwnRecord(viewer, booking.organisation.id, 'No booking has this id.', inputField('bookingId'));
    const occurrence = (await lockOccurrence(em, booking.occurrence.id))!;
    const fresh = await em.findOneOrFail(Booking, booking.id, { refresh: true });
    if (fresh.status !== BookingStatus.WAITLISTED) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The booking is not on the waitlist.',
        inputField('bookingId'),
      );
    }
    if (occurrence.cancelled) {
      throw new DomainError(
        SchedulingErrorCode.OCCURRENCE_CANCELLED,
        'This date is cancelled.',
        inputField('bookingId'),
      );
    }
    if (occurrence.date < todayInAmsterdam()) {
      throw new DomainError(
        SchedulingErrorCode.OCCURRENCE_IN_PAST,
        'This date is in the past.',
        inputField('bookingId'),
      );
    }
    const before = auditFields(fresh, BOOKING_AUDIT);
    if (!(await promoteWaitlisted(em, occurrence, booking.id, input.addPlace))) {
      throw new DomainError(
        SchedulingErrorCode.CAPACITY_REACHED,
        'No place is free: send addPlace: true to add one, or raise the capacity with changeOccurrence.',
        inputField('bookingId'),
      );
    }
    const promoted = await em.findOneOrFail(Booking, booking.id, { refresh: true });
    auditBooking(em, ctx, 'promoteFromWaitlist', before, promoted);
    return promoted;
  });
}

/** What the audit log keeps of a booking: ids and its status, nothing about the person. */
const BOOKING_AUDIT = ['enrolment', 'participant', 'occurrence', 'status'] as const;

function auditBooking(
  em: EntityManager,
  ctx: Context,
  action: string,
  before: AuditValues | null,
  booking: Booking,
): void {
  recordAudit(em, ctx, {
    action,
    entityType: 'Booking',
    entityId: booking.id,
    before,
    after: auditFields(booking, BOOKING_AUDIT),
    organisationId: booking.organisation.id,
  });
}

/** What the audit log keeps of a standing booking. */
const STANDING_AUDIT = ['slot', 'enrolment', 'participant', 'fromDate', 'untilDate', 'cancelledAt'] as const;

/**
 * `endRecurringBooking`: the standing booking books nothing after `after`; its live bookings after that date (from
 * today on) are released, each freed place to the first person waiting. A date before its first date cancels it.
 */
export function endRecurringBooking(
  ctx: Context,
  input: EndRecurringBookingInput,
): Promise<MutationResult<{ recurringBooking: RecurringBooking; released: number }>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const found = await em.findOne(RecurringBooking, input.recurringBookingId);
    if (!found) throw notFound('No standing booking has this id.', 'recurringBookingId');
    assertOwnRecord(
      viewer,
      found.organisation.id,
      'No standing booking has this id.',
      inputField('recurringBookingId'),
    );
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { ends: { after: input.after } });
    await em.execute(`select id from enrolment where id = ? for update`, [found.enrolment.id]);
    const recurring = await em.findOneOrFail(RecurringBooking, found.id, { refresh: true });
    if (recurring.cancelledAt || recurring.endedWithEnrolment) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'This standing booking has already stopped.',
        inputField('recurringBookingId'),
      );
    }
    const before = auditFields(recurring, STANDING_AUDIT);
    const released = await stopStandingBooking(em, recurring.id, input.after);
    await em.refresh(recurring);
    recordAudit(em, ctx, {
      action: 'endRecurringBooking',
      entityType: 'RecurringBooking',
      entityId: recurring.id,
      before,
      after: { ...auditFields(recurring, STANDING_AUDIT), released },
      organisationId: recurring.organisation.id,
    });
    await em.flush();
    return { recurringBooking: recurring, released };
  });
}
