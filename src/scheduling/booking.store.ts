import type { EntityManager, RequiredEntityData } from '@mikro-orm/postgresql';
import type { EnrolmentDatesChanged, EnrolmentEnded } from '../enrolments';
import { todayInAmsterdam } from '../shared/clock';
import { addDays, maxDate, WEEKDAYS } from '../shared/dates';
import { ErrorCode, type ErrorCodeName } from '../shared/errors';
import { EnrolmentErrorCode } from '../enrolments';
import { Occurrence } from './occurrence.entity';
import { SchedulingErrorCode } from './scheduling.errors';

/**
 * The store of scheduling: the only code that writes `occurrence`, `booking` and `recurring_booking`.
 *
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
  const paused: unknown[] = await em.execute(
    `select 1 from enrolment_pause where enrolment_id = ? and from_date <= ? and (until_date is null or until_date >= ?)`,
    [enrolment.id, occurrence.date, occurrence.date],
  );
  if (paused.length > 0) {
    return {
      ok: false,
      code: SchedulingErrorCode.ENROLMENT_PAUSED,
      message: `The enrolment is paused on ${occurrence.date}; resume it first (resumeEnrolment).`,
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

/** What a standing (weekly) booking is made of. */
export interface StandingBookingFields {
  slotId: string;
  enrolmentId: string;
  participantId: string;
  organisationId: string;
  fromDate: string;
  untilDate: string | null;
}

/**
 * Writes a standing booking of a slot; null when the enrolment already has a live one for this slot (the
 * partial unique index decides, so two concurrent requests cannot both write one).
 */
export async function insertStandingBooking(
  em: EntityManager,
  fields: StandingBookingFields,
): Promise<string | null> {
  const created: { id: string }[] = await em.execute(
    `insert into recurring_booking (id, created_at, updated_at, slot_id, enrolment_id, participant_id,
                                    organisation_id, from_date, until_date)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?)
     on conflict (enrolment_id, slot_id) where cancelled_at is null do nothing
     returning id`,
    [
      fields.slotId,
      fields.enrolmentId,
      fields.participantId,
      fields.organisationId,
      fields.fromDate,
      fields.untilDate,
    ],
  );
  return created[0]?.id ?? null;
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
 * Takes a free place of a locked occurrence for a waitlisted booking: the given one, or the first in line when
 * `bookingId` is null. The place is given back when there is no such waitlisted booking. Returns the id of the
 * booking that moved up.
 */
async function takePlaceFor(
  em: EntityManager,
  occurrenceId: string,
  bookingId: string | null,
): Promise<string | null> {
  const took: unknown[] = await em.execute(
    `update occurrence set booked_count = booked_count + 1, updated_at = now()
      where id = ? and booked_count < capacity returning id`,
    [occurrenceId],
  );
  if (took.length === 0) return null;
  const promoted: { id: string }[] = bookingId
    ? await em.execute(
        `update booking set status = 'BOOKED', updated_at = now()
          where id = ? and occurrence_id = ? and status = 'WAITLISTED' returning id`,
        [bookingId, occurrenceId],
      )
    : await em.execute(
        `update booking set status = 'BOOKED', updated_at = now()
          where id = (select id from booking where occurrence_id = ? and status = 'WAITLISTED'
                       order by waitlisted_at, id limit 1)
          returning id`,
        [occurrenceId],
      );
  if (promoted.length === 0) {
    await em.execute(`update occurrence set booked_count = booked_count - 1 where id = ?`, [occurrenceId]);
    return null;
  }
  return promoted[0].id;
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
  return takePlaceFor(em, occurrence.id, null);
}

/**
 * Moves one waitlisted booking of a locked occurrence up, out of turn (staff). When the occurrence is full, one
 * place is added first if `addPlace` allows it. Returns false when no place is free (and none may be added) or
 * the booking is not waitlisted in this occurrence. The caller has checked that the date is open.
 */
export async function promoteWaitlisted(
  em: EntityManager,
  occurrence: LockedOccurrence,
  bookingId: string,
  addPlace: boolean,
): Promise<boolean> {
  if (occurrence.bookedCount >= occurrence.capacity) {
    if (!addPlace) return false;
    await em.execute(`update occurrence set capacity = capacity + 1 where id = ?`, [occurrence.id]);
  }
  return (await takePlaceFor(em, occurrence.id, bookingId)) !== null;
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
 * Outflow: cuts the enrolment's standing bookings at `endDate` (keeping what their last date was, so that a reopening
 * or a later end restores them) and releases its live bookings from the day after the end (never before today), in
 * date order so that occurrences are locked in one order; each freed place goes to the first person waiting.
 */
export async function releaseAfterOutflow({ em, enrolmentId, endDate }: EnrolmentEnded): Promise<void> {
  await em.execute(
    `update recurring_booking
        set until_before_end = case when ended_with_enrolment then until_before_end else until_date end,
            ended_with_enrolment = true, updated_at = now(),
            until_date = case when until_date is null or until_date > ? then ? else until_date end
      where enrolment_id = ? and cancelled_at is null`,
    [endDate, endDate, enrolmentId],
  );
  await releaseBookingsBetween(em, enrolmentId, addDays(endDate, 1), null);
}

/**
 * Releases the enrolment's live bookings on dates `from`..`until` (open-ended when null), never before today, in
 * (date, id) order; each freed place goes to the first person waiting. Returns how many were released.
 */
export async function releaseBookingsBetween(
  em: EntityManager,
  enrolmentId: string,
  from: string,
  until: string | null,
): Promise<number> {
  const live: { id: string }[] = await em.execute(
    `select b.id from booking b join occurrence o on o.id = b.occurrence_id
      where b.enrolment_id = ? and b.status <> 'CANCELLED' and o.date >= ? and (?::date is null or o.date <= ?::date)
      order by o.date, o.id`,
    [enrolmentId, maxDate(from, todayInAmsterdam()), until, until],
  );
  for (const { id } of live) await releaseBooking(em, id);
  return live.length;
}

/** The booking facts of an enrolment, straight from its row. */
export async function bookingEnrolment(em: EntityManager, enrolmentId: string): Promise<BookingEnrolment> {
  const rows: {
    id: string;
    participant_id: string;
    workshop_id: string;
    organisation_id: string;
    start_date: string;
    end_date: string | null;
  }[] = await em.execute(
    `select id, participant_id, workshop_id, organisation_id, start_date::text as start_date, end_date::text as end_date
       from enrolment where id = ?`,
    [enrolmentId],
  );
  const row = rows[0];
  return {
    id: row.id,
    participantId: row.participant_id,
    workshopId: row.workshop_id,
    organisationId: row.organisation_id,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

/** What {@link rebookStanding} did: dates booked and waitlisted, with the first of each. */
export interface StandingOutcome {
  booked: number;
  waitlisted: number;
  firstBooked: string | null;
  firstWaitlisted: string | null;
}

/**
 * Books the enrolment's live standing bookings (or the one given) again into the existing occurrences of their
 * slots on `from`..`until` (open-ended when null; never before today, only within each standing booking's own
 * dates and outside the enrolment's pauses) that have no live booking of the participant: booked where a place is
 * free, else at the end of the waitlist. Occurrences are locked in (date, id) order.
 */
export async function rebookStanding(
  em: EntityManager,
  enrolmentId: string,
  from: string,
  until: string | null,
  recurringBookingId: string | null = null,
): Promise<StandingOutcome> {
  const targets: { occurrence_id: string; recurring_booking_id: string; slot_id: string; date: string }[] =
    await em.execute(
      `select o.id as occurrence_id, r.id as recurring_booking_id, r.slot_id, o.date::text as date
         from recurring_booking r
         join occurrence o on o.slot_id = r.slot_id and not o.cancelled
        where r.enrolment_id = ? and r.cancelled_at is null and (?::uuid is null or r.id = ?::uuid)
          and o.date >= ? and (?::date is null or o.date <= ?::date)
          and o.date >= r.from_date and (r.until_date is null or o.date <= r.until_date)
          and not exists (select 1 from booking b where b.occurrence_id = o.id and b.participant_id = r.participant_id
                            and b.status <> 'CANCELLED')
          and not exists (select 1 from enrolment_pause p where p.enrolment_id = r.enrolment_id
                            and o.date >= p.from_date and (p.until_date is null or o.date <= p.until_date))
        order by o.date, o.id`,
      [enrolmentId, recurringBookingId, recurringBookingId, maxDate(from, todayInAmsterdam()), until, until],
    );
  const outcome: StandingOutcome = { booked: 0, waitlisted: 0, firstBooked: null, firstWaitlisted: null };
  if (targets.length === 0) return outcome;
  const enrolment = await bookingEnrolment(em, enrolmentId);
  for (const target of targets) {
    const result = await bookIntoOccurrence(em, enrolment, target.occurrence_id, {
      slotId: target.slot_id,
      recurringBookingId: target.recurring_booking_id,
    });
    if (!result.ok) continue;
    if (result.booked) {
      outcome.booked += 1;
      outcome.firstBooked ??= target.date;
    } else {
      outcome.waitlisted += 1;
      outcome.firstWaitlisted ??= target.date;
    }
  }
  return outcome;
}

/**
 * Follows a change of an enrolment's dates (see `EnrolmentDatesChanged`): a pause releases the bookings in it; a
 * resumption books the standing bookings again; a reopening lifts the cut the end made to the standing bookings
 * and books them again; a moved end releases after an earlier end or restores up to a later one.
 */
export async function followEnrolmentDates(event: EnrolmentDatesChanged): Promise<void> {
  const { em, enrolmentId } = event;
  switch (event.kind) {
    case 'paused':
      await releaseBookingsBetween(em, enrolmentId, event.from, event.until);
      return;
    case 'resumed':
      await rebookStanding(em, enrolmentId, event.from, event.until);
      return;
    case 'reopened':
      await em.execute(
        `update recurring_booking set until_date = until_before_end, until_before_end = null,
                ended_with_enrolment = false, updated_at = now()
          where enrolment_id = ? and ended_with_enrolment`,
        [enrolmentId],
      );
      await rebookStanding(em, enrolmentId, addDays(event.previousEnd, 1), null);
      return;
    case 'endMoved':
      if (event.endDate < event.previousEnd) {
        await releaseAfterOutflow({ em, enrolmentId, endDate: event.endDate });
        return;
      }
      await em.execute(
        `update recurring_booking
            set until_date = case when until_before_end is null or until_before_end > ? then ? else until_before_end end,
                updated_at = now()
          where enrolment_id = ? and ended_with_enrolment`,
        [event.endDate, event.endDate, enrolmentId],
      );
      await rebookStanding(em, enrolmentId, addDays(event.previousEnd, 1), event.endDate);
      return;
  }
}

/** The first date from which an ended enrolment's bookings are released: the day after the end, from today on. */
export function releaseFrom(endDate: string): string {
  return maxDate(addDays(endDate, 1), todayInAmsterdam());
}

/** Which slots to materialise occurrences for. */
export type SlotScope = { slotId: string } | { placeId: string } | { workshopId: string };

/** The weekdays in ISO order as an SQL array literal, so that `array_position` gives the ISO day number. */
const WEEKDAY_ARRAY = `array[${WEEKDAYS.map((day) => `'${day}'`).join(',')}]`;

function scopeFilter(scope: SlotScope): { sql: string; value: string } {
  if ('slotId' in scope) return { sql: 's.id = ?', value: scope.slotId };
  if ('placeId' in scope) return { sql: 's.place_id = ?', value: scope.placeId };
  return { sql: 's.workshop_id = ?', value: scope.workshopId };
}

/**
 * Writes the missing occurrences of the slots in `scope` with dates in `from`..`until` in one statement, and books
 * the standing bookings into each new occurrence: oldest standing booking first, the rest on the waitlist in that
 * order, `booked_count` set to match. The unique (slot, date) key makes a concurrent or repeated call write
 * nothing twice. Returns the number of occurrences written.
 */
export async function insertOccurrences(
  em: EntityManager,
  scope: SlotScope,
  from: string,
  until: string,
): Promise<number> {
  const filter = scopeFilter(scope);
  const rows: { occurrences: number }[] = await em.execute(
    `with days as (
       select d::date as date from generate_series(?::date, ?::date, interval '1 day') as d
     ),
     candidates as (
       select s.id as slot_id, s.workshop_id, s.place_id, s.organisation_id, s.municipality_id, days.date,
              s.start_time, s.end_time, s.dayparts, s.capacity
         from session_slot s
         join days on extract(isodow from days.date) = array_position(
              ${WEEKDAY_ARRAY}, s.weekday)
        where ${filter.sql}
          and days.date >= s.valid_from and (s.valid_until is null or days.date <= s.valid_until)
          and not exists (select 1 from occurrence o where o.slot_id = s.id and o.date = days.date)
     ),
     standing as (
       select c.slot_id, c.date, r.id as recurring_booking_id, r.enrolment_id, r.participant_id, r.organisation_id,
              row_number() over (partition by c.slot_id, c.date order by r.created_at, r.id) as rank
         from candidates c
         join recurring_booking r on r.slot_id = c.slot_id and r.cancelled_at is null
          and c.date >= r.from_date and (r.until_date is null or c.date <= r.until_date)
          and not exists (select 1 from enrolment_pause p where p.enrolment_id = r.enrolment_id
                            and c.date >= p.from_date and (p.until_date is null or c.date <= p.until_date))
     ),
     inserted as (
       insert into occurrence (id, created_at, updated_at, slot_id, workshop_id, place_id, organisation_id,
                               municipality_id, date, start_time, end_time, dayparts, capacity, booked_count, cancelled)
       select gen_random_uuid(), now(), now(), c.slot_id, c.workshop_id, c.place_id, c.organisation_id,
              c.municipality_id, c.date, c.start_time, c.end_time, c.dayparts, c.capacity,
              least(c.capacity, (select count(*) from standing st where st.slot_id = c.slot_id and st.date = c.date)),
              false
         from candidates c
       on conflict (slot_id, date) do nothing
       returning id, slot_id, date, capacity
     ),
     booked as (
       insert into booking (id, created_at, updated_at, occurrence_id, enrolment_id, participant_id, slot_id,
                            recurring_booking_id, organisation_id, status, waitlisted_at)
       select gen_random_uuid(), now(), now(), i.id, st.enrolment_id, st.participant_id, st.slot_id,
              st.recurring_booking_id, st.organisation_id,
              case when st.rank <= i.capacity then 'BOOKED' else 'WAITLISTED' end,
              case when st.rank <= i.capacity then null
                   else clock_timestamp() + st.rank * interval '1 microsecond' end
         from inserted i
         join standing st on st.slot_id = i.slot_id and st.date = i.date
       returning 1
     )
     select (select count(*) from inserted)::int as occurrences, (select count(*) from booked)::int as bookings`,
    [from, until, filter.value],
  );
  return rows[0]?.occurrences ?? 0;
}

/** Marks a loaded occurrence cancelled (a holiday); written by the mutation's flush. */
export function markOccurrenceCancelled(occurrence: Occurrence, reason: string | null): void {
  occurrence.cancelled = true;
  occurrence.cancelReason = reason;
}

/** A new extra date of a workshop, outside its weekly slots; written by the mutation's flush. */
export function createExtraOccurrence(em: EntityManager, fields: RequiredEntityData<Occurrence>): Occurrence {
  return em.create(Occurrence, fields);
}

/** What a slot change does to its occurrences from a date on (see {@link changeSlotOccurrences}). */
export interface SlotOccurrenceChange {
  capacity: number | null;
  startTime: string | null;
  endTime: string | null;
  dayparts: number | null;
  /** Days every occurrence moves (a new weekday); 0 to stay. */
  shift: number;
}

/** What {@link changeSlotOccurrences} did. */
export interface SlotChangeOutcome {
  occurrences: number;
  promoted: number;
  released: number;
}

/**
 * Applies a slot change to its occurrences on or after `from`, locked in (date, id) order: new times and length,
 * a new capacity (more places promote the waitlist in order on open dates from today; fewer places cancel no
 * booking, the occurrence stays overbooked), and a new weekday (each occurrence moves with its bookings, so the
 * moved date has the same room; bookings whose enrolment does not cover the new date, or is paused on it, are
 * released, waitlisted ones first, and their places go to the next in line).
 */
export async function changeSlotOccurrences(
  em: EntityManager,
  slotId: string,
  from: string,
  change: SlotOccurrenceChange,
): Promise<SlotChangeOutcome> {
  const ids: { id: string }[] = await em.execute(
    `select id from occurrence where slot_id = ? and date >= ? order by date ${change.shift > 0 ? 'desc' : 'asc'}, id`,
    [slotId, from],
  );
  const ordered = change.shift > 0 ? [...ids].reverse() : ids;
  // Lock every occurrence first, in (date, id) order, then change them (moving forward: latest first, so that no
  // two dates of the slot meet on the unique (slot, date) key).
  for (const { id } of ordered) await lockOccurrence(em, id);
  const outcome: SlotChangeOutcome = { occurrences: ids.length, promoted: 0, released: 0 };
  for (const { id } of ids) {
    await em.execute(
      `update occurrence set updated_at = now(),
              date = date + ?::int,
              capacity = coalesce(?::int, capacity),
              start_time = coalesce(?, start_time), end_time = coalesce(?, end_time),
              dayparts = coalesce(?::smallint, dayparts)
        where id = ?`,
      [change.shift, change.capacity, change.startTime, change.endTime, change.dayparts, id],
    );
  }
  for (const { id } of ordered) {
    if (change.shift !== 0) outcome.released += await releaseOutsideEnrolment(em, id);
    outcome.promoted += await fillFreePlaces(em, id);
  }
  return outcome;
}

/**
 * Releases the live bookings of a locked occurrence whose enrolment does not cover its date or is paused on it:
 * waitlisted ones first, then booked ones (each freed place to the next in line). Returns how many.
 */
async function releaseOutsideEnrolment(em: EntityManager, occurrenceId: string): Promise<number> {
  const stale: { id: string }[] = await em.execute(
    `select b.id from booking b join occurrence o on o.id = b.occurrence_id join enrolment e on e.id = b.enrolment_id
      where b.occurrence_id = ? and b.status <> 'CANCELLED'
        and (o.date < e.start_date or (e.end_date is not null and o.date > e.end_date)
             or exists (select 1 from enrolment_pause p where p.enrolment_id = e.id and o.date >= p.from_date
                          and (p.until_date is null or o.date <= p.until_date)))
      order by b.status = 'BOOKED', b.waitlisted_at, b.id`,
    [occurrenceId],
  );
  for (const { id } of stale) await releaseBooking(em, id);
  return stale.length;
}

/** Moves the waitlist of a locked occurrence up, in order, while it has free places. Returns how many moved. */
export async function fillFreePlaces(em: EntityManager, occurrenceId: string): Promise<number> {
  let promoted = 0;
  for (;;) {
    const occurrence = (await lockOccurrence(em, occurrenceId))!;
    if (occurrence.bookedCount >= occurrence.capacity) return promoted;
    if (!(await promoteFirstWaitlisted(em, occurrence))) return promoted;
    promoted += 1;
  }
}

/**
 * Ends a slot after `lastDate`: it produces no later occurrences, its standing bookings stop at `lastDate`, and its
 * written occurrences after it are cancelled with their live bookings (nobody is left waiting for a date that will
 * not happen). Returns how many occurrences were cancelled.
 */
export async function endSlotAfter(em: EntityManager, slotId: string, lastDate: string): Promise<number> {
  await em.execute(`update session_slot set valid_until = ?, updated_at = now() where id = ?`, [
    lastDate,
    slotId,
  ]);
  await em.execute(
    `update recurring_booking set until_date = ?, updated_at = now()
      where slot_id = ? and cancelled_at is null and (until_date is null or until_date > ?)`,
    [lastDate, slotId, lastDate],
  );
  const later: { id: string }[] = await em.execute(
    `select id from occurrence where slot_id = ? and date > ? order by date, id`,
    [slotId, lastDate],
  );
  for (const { id } of later) {
    await lockOccurrence(em, id);
    await em.execute(
      `update booking set status = 'CANCELLED', updated_at = now() where occurrence_id = ? and status <> 'CANCELLED'`,
      [id],
    );
    await em.execute(
      `update occurrence set booked_count = 0, cancelled = true, updated_at = now(),
              cancel_reason = coalesce(cancel_reason, 'The weekly session has ended.')
        where id = ?`,
      [id],
    );
  }
  return later.length;
}

/** What {@link restoreCancelledOccurrence} did. */
export interface RestoreOutcome {
  /** Live bookings kept (rebook) or released (no rebook). */
  kept: number;
  released: number;
  /** Standing bookings of the slot booked into the date (rebook only). */
  rebooked: number;
}

/**
 * Undoes the cancellation of a locked occurrence. Without `rebook` it starts empty: the bookings it still had are
 * cancelled. With `rebook` they stay (booked ones within capacity, the waitlist in its order), standing bookings of
 * its slot that have no booking on the date book in (oldest first, booked while places are free, else waitlisted),
 * and free places go to the waitlist in order.
 */
export async function restoreCancelledOccurrence(
  em: EntityManager,
  occurrenceId: string,
  rebook: boolean,
): Promise<RestoreOutcome> {
  await em.execute(
    `update occurrence set cancelled = false, cancel_reason = null, updated_at = now() where id = ?`,
    [occurrenceId],
  );
  const live: { id: string }[] = await em.execute(
    `select id from booking where occurrence_id = ? and status <> 'CANCELLED'`,
    [occurrenceId],
  );
  if (!rebook) {
    await em.execute(
      `update booking set status = 'CANCELLED', updated_at = now() where occurrence_id = ? and status <> 'CANCELLED'`,
      [occurrenceId],
    );
    await em.execute(`update occurrence set booked_count = 0 where id = ?`, [occurrenceId]);
    return { kept: 0, released: live.length, rebooked: 0 };
  }
  const standing: { recurring_booking_id: string; enrolment_id: string; slot_id: string }[] =
    await em.execute(
      `select r.id as recurring_booking_id, r.enrolment_id, r.slot_id
       from occurrence o join recurring_booking r on r.slot_id = o.slot_id and r.cancelled_at is null
      where o.id = ? and o.date >= r.from_date and (r.until_date is null or o.date <= r.until_date)
        and not exists (select 1 from booking b where b.occurrence_id = o.id and b.participant_id = r.participant_id
                          and b.status <> 'CANCELLED')
      order by r.created_at, r.id`,
      [occurrenceId],
    );
  let rebooked = 0;
  for (const row of standing) {
    const enrolment = await bookingEnrolment(em, row.enrolment_id);
    const result = await bookIntoOccurrence(em, enrolment, occurrenceId, {
      slotId: row.slot_id,
      recurringBookingId: row.recurring_booking_id,
    });
    if (result.ok) rebooked += 1;
  }
  await fillFreePlaces(em, occurrenceId);
  return { kept: live.length, released: 0, rebooked };
}

/**
 * Changes one locked occurrence: capacity (more places promote the waitlist in order, fewer keep every booking),
 * times and length. Returns how many waitlisted bookings got a place.
 */
export async function changeOneOccurrence(
  em: EntityManager,
  occurrenceId: string,
  change: {
    capacity: number | null;
    startTime: string | null;
    endTime: string | null;
    dayparts: number | null;
  },
): Promise<number> {
  await em.execute(
    `update occurrence set updated_at = now(), capacity = coalesce(?::int, capacity),
            start_time = coalesce(?, start_time), end_time = coalesce(?, end_time),
            dayparts = coalesce(?::smallint, dayparts)
      where id = ?`,
    [change.capacity, change.startTime, change.endTime, change.dayparts, occurrenceId],
  );
  return fillFreePlaces(em, occurrenceId);
}

/**
 * Stops a standing booking after `after` (cancelled when that is before its first date) and releases its live
 * bookings after that date, from today on, in (date, id) order. Returns how many were released.
 */
export async function stopStandingBooking(
  em: EntityManager,
  recurringBookingId: string,
  after: string,
): Promise<number> {
  await em.execute(
    `update recurring_booking set updated_at = now(),
            until_date = case when until_date is null or until_date > ? then ? else until_date end,
            cancelled_at = case when ? < from_date then now() else cancelled_at end
      where id = ?`,
    [after, after, after, recurringBookingId],
  );
  const live: { id: string }[] = await em.execute(
    `select b.id from booking b join occurrence o on o.id = b.occurrence_id
      where b.recurring_booking_id = ? and b.status <> 'CANCELLED' and o.date > ? and o.date >= ?
      order by o.date, o.id`,
    [recurringBookingId, after, todayInAmsterdam()],
  );
  for (const { id } of live) await releaseBooking(em, id);
  return live.length;
}
