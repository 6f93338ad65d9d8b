import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnrolmentEnded } from '../enrolments';
import { todayInAmsterdam } from '../shared/clock';
import { addDays, maxDate } from '../shared/dates';
import { ErrorCode, type ErrorCodeName } from '../shared/errors';
import { EnrolmentErrorCode } from '../enrolments';
import { SchedulingErrorCode } from './scheduling.errors';

/**
 * The locking core of bookings. Every change to an occurrence's bookings (book, cancel, promote, release) first
 * takes the occurrence row lock (`select ... for update`), so that changes to one occurrence run one after the
 * other; the `booked_count` update is conditional on `booked_count < capacity` and a check constraint keeps it
 * within capacity; the partial unique index `booking_live_unique` stops duplicate live bookings. When several
 * occurrences are locked in one transaction, they are locked in (date, id) order, so two transactions cannot
 * wait on each other.
 */

export interface LockedOccurrence {
  id: string;
  workshopId: string;
  organisationId: string;
  date: string;
  capacity: number;
  bookedCount: number;
  cancelled: boolean;
}

/** Locks an occurrence row for the rest of the transaction; null when it does not exist. */
export async function lockOccurrence(em: EntityManager, id: string): Promise<LockedOccurrence | null> {
  const rows: {
    id: string;
    workshop_id: string;
    organisation_id: string;
    date: string;
    capacity: number;
    booked_count: number;
    cancelled: boolean;
  }[] = await em.execute(
    `select id, workshop_id, organisation_id, date::text as date, capacity, booked_count, cancelled
       from occurrence where id = ? for update`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    workshopId: row.workshop_id,
    organisationId: row.organisation_id,
    date: row.date,
    capacity: row.capacity,
    bookedCount: row.booked_count,
    cancelled: row.cancelled,
  };
}

/** The enrolment facts a booking needs. */
export interface BookingEnrolment {
  id: string;
  participantId: string;
  workshopId: string;
  organisationId: string;
  startDate: string;
  endDate: string | null;
}

export type BookingOutcome =
  { ok: true; bookingId: string; booked: boolean } | { ok: false; code: ErrorCodeName; message: string };

/** Where a booking came from: a weekly booking of a slot, or a single date. */
export interface BookingOrigin {
  slotId: string | null;
  recurringBookingId: string | null;
}

/**
 * Books an enrolled participant into one occurrence, or onto its waitlist when it is full. Must run in a
 * transaction. Returns the reason instead of throwing when the booking is not possible, so that a weekly booking
 * can skip a cancelled week.
 */
export async function bookIntoOccurrence(
  em: EntityManager,
  enrolment: BookingEnrolment,
  occurrenceId: string,
  origin: BookingOrigin,
): Promise<BookingOutcome> {
  const occurrence = await lockOccurrence(em, occurrenceId);
  if (!occurrence) return { ok: false, code: ErrorCode.NOT_FOUND, message: 'No occurrence has this id.' };
  if (occurrence.workshopId !== enrolment.workshopId) {
    return {
      ok: false,
      code: EnrolmentErrorCode.NOT_ENROLLED,
      message: "The enrolment is not in this occurrence's workshop.",
    };
  }
  if (occurrence.cancelled) {
    return { ok: false, code: SchedulingErrorCode.OCCURRENCE_CANCELLED, message: 'This date is cancelled.' };
  }
  if (occurrence.date < todayInAmsterdam()) {
    return { ok: false, code: SchedulingErrorCode.OCCURRENCE_IN_PAST, message: 'This date is in the past.' };
  }
  if (occurrence.date < enrolment.startDate || (enrolment.endDate && occurrence.date > enrolment.endDate)) {
    return {
      ok: false,
      code: SchedulingErrorCode.OUTSIDE_ENROLMENT,
      message: `The date ${occurrence.date} is outside the enrolment.`,
    };
  }
  const live: { id: string }[] = await em.execute(
    `select id from booking where occurrence_id = ? and participant_id = ? and status <> 'CANCELLED'`,
    [occurrenceId, enrolment.participantId],
  );
  if (live.length > 0) {
    return {
      ok: false,
      code: SchedulingErrorCode.ALREADY_BOOKED,
      message: 'Already booked or waitlisted for this date.',
    };
  }
  const took: unknown[] = await em.execute(
    `update occurrence set booked_count = booked_count + 1, updated_at = now()
      where id = ? and booked_count < capacity and not cancelled returning id`,
    [occurrenceId],
  );
  const booked = took.length > 0;
  const inserted: { id: string }[] = await em.execute(
    `insert into booking (id, created_at, updated_at, occurrence_id, enrolment_id, participant_id, slot_id,
                          recurring_booking_id, organisation_id, status, waitlisted_at)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?, ?, ${booked ? 'null' : 'clock_timestamp()'})
     on conflict (occurrence_id, participant_id) where status <> 'CANCELLED' do nothing
     returning id`,
    [
      occurrenceId,
      enrolment.id,
      enrolment.participantId,
      origin.slotId,
      origin.recurringBookingId,
      enrolment.organisationId,
      booked ? 'BOOKED' : 'WAITLISTED',
    ],
  );
  if (inserted.length === 0) {
    // The unique index caught a duplicate the check above could not see: give the place back.
    if (booked)
      await em.execute(`update occurrence set booked_count = booked_count - 1 where id = ?`, [occurrenceId]);
    return {
      ok: false,
      code: SchedulingErrorCode.ALREADY_BOOKED,
      message: 'Already booked or waitlisted for this date.',
    };
  }
  return { ok: true, bookingId: inserted[0].id, booked };
}

/** Position of a waitlisted booking (1 = next to move up), or null when it is not waitlisted. */
export async function waitlistPosition(em: EntityManager, bookingId: string): Promise<number | null> {
  const rows: { position: number }[] = await em.execute(
    `select count(*)::int as position
       from booking b, booking me
      where me.id = ? and me.status = 'WAITLISTED' and b.occurrence_id = me.occurrence_id
        and b.status = 'WAITLISTED' and (b.waitlisted_at, b.id) <= (me.waitlisted_at, me.id)`,
    [bookingId],
  );
  return rows[0]?.position ? rows[0].position : null;
}

/**
 * Moves the first waitlisted booking of a locked occurrence up into a free place, if there is one and the
 * occurrence is neither cancelled nor past. Returns the promoted booking's id.
 */
export async function promoteFirstWaitlisted(
  em: EntityManager,
  occurrence: LockedOccurrence,
): Promise<string | null> {
  if (occurrence.cancelled || occurrence.date < todayInAmsterdam()) return null;
  const took: unknown[] = await em.execute(
    `update occurrence set booked_count = booked_count + 1, updated_at = now()
      where id = ? and booked_count < capacity returning id`,
    [occurrence.id],
  );
  if (took.length === 0) return null;
  const promoted: { id: string }[] = await em.execute(
    `update booking set status = 'BOOKED', updated_at = now()
      where id = (select id from booking where occurrence_id = ? and status = 'WAITLISTED'
                   order by waitlisted_at, id limit 1)
      returning id`,
    [occurrence.id],
  );
  if (promoted.length === 0) {
    await em.execute(`update occurrence set booked_count = booked_count - 1 where id = ?`, [occurrence.id]);
    return null;
  }
  return promoted[0].id;
}

/**
 * Cancels a live booking under the occurrence lock; a freed place goes to the first waitlisted person at once.
 * Returns the id of the booking that moved up, if any. A booking that is already cancelled is left as it is.
 */
export async function releaseBooking(
  em: EntityManager,
  bookingId: string,
): Promise<{ cancelled: boolean; promotedId: string | null }> {
  const owner: { occurrence_id: string }[] = await em.execute(
    `select occurrence_id from booking where id = ?`,
    [bookingId],
  );
  if (!owner[0]) return { cancelled: false, promotedId: null };
  const occurrence = (await lockOccurrence(em, owner[0].occurrence_id))!;
  const rows: { status: string }[] = await em.execute(
    `select status from booking where id = ? and status <> 'CANCELLED'`,
    [bookingId],
  );
  if (!rows[0]) return { cancelled: false, promotedId: null };
  await em.execute(`update booking set status = 'CANCELLED', updated_at = now() where id = ?`, [bookingId]);
  if (rows[0].status !== 'BOOKED') return { cancelled: true, promotedId: null };
  await em.execute(`update occurrence set booked_count = booked_count - 1, updated_at = now() where id = ?`, [
    occurrence.id,
  ]);
  const promotedId = await promoteFirstWaitlisted(em, occurrence);
  return { cancelled: true, promotedId };
}

/**
 * Outflow: stops the enrolment's standing bookings at `endDate` and releases its live bookings from
 * the day after the end (never before today), in date order so that occurrences are locked in
 * one order; each freed place goes to the first person waiting.
 */
export async function releaseAfterOutflow({ em, enrolmentId, endDate }: EnrolmentEnded): Promise<void> {
  await em.execute(
    `update recurring_booking set cancelled_at = now(), updated_at = now(),
            until_date = case when until_date is null or until_date > ? then ? else until_date end
      where enrolment_id = ? and cancelled_at is null`,
    [endDate, endDate, enrolmentId],
  );
  const future: { id: string }[] = await em.execute(
    `select b.id from booking b join occurrence o on o.id = b.occurrence_id
      where b.enrolment_id = ? and b.status <> 'CANCELLED' and o.date >= ?
      order by o.date, o.id`,
    [enrolmentId, releaseFrom(endDate)],
  );
  for (const { id } of future) await releaseBooking(em, id);
}

/** The first date from which an ended enrolment's bookings are released: the day after the end, from today on. */
export function releaseFrom(endDate: string): string {
  return maxDate(addDays(endDate, 1), todayInAmsterdam());
}
