import { auditFields, type AuditValues, recordAudit } from '../audit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Enrolment, EnrolmentStatus } from '../enrolments';
import { todayInAmsterdam } from '../shared/clock';
import { maxDate, minDate } from '../shared/dates';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Booking, BookingStatus } from './booking.entity';
import type { BookInput, CancelBookingInput, PromoteFromWaitlistInput } from './booking.input';
import {
  bookIntoOccurrence,
  type BookingEnrolment,
  insertStandingBooking,
  lockOccurrence,
  promoteWaitlisted,
  releaseBooking,
  waitlistPosition,
} from './booking.store';
import { horizonEnd, materialiseOccurrences } from './occurrence.materialise';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlot } from './session-slot.entity';
import { EnrolmentErrorCode } from '../enrolments';
import { SchedulingErrorCode } from './scheduling.errors';
import { tooManyRows, type WriteBounds } from '../shared/write-bounds';

export interface BookResult {
  booking: Booking;
  status: BookingStatus;
  waitlistPosition: number | null;
  recurringBooking: RecurringBooking | null;
}

async function requireBookableEnrolment(
  ctx: Context,
  em: EntityManager,
  id: string,
): Promise<BookingEnrolment> {
  const enrolment = await em.findOne(Enrolment, id);
  if (!enrolment) throw notFound('No enrolment has this id.', 'enrolmentId');
  assertOwnRecord(
    requireViewer(ctx),
    enrolment.organisation.id,
    'No enrolment has this id.',
    inputField('enrolmentId'),
  );
  if (enrolment.status === EnrolmentStatus.ENDED) {
    throw new DomainError(
      EnrolmentErrorCode.NOT_ENROLLED,
      'The enrolment has ended.',
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
async function bookSlot(em: EntityManager, enrolment: BookingEnrolment, slotId: string, bounds: WriteBounds) {
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
  const until = minDate(minDate('9999-12-31', enrolment.endDate), slot.validUntil);
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
    untilDate: enrolment.endDate,
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
    const booked = input.occurrenceId
      ? await bookOccurrence(em, enrolment, input.occurrenceId)
      : await bookSlot(em, enrolment, input.slotId!, ctx.writeBounds);
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
        'No place is free.',
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
