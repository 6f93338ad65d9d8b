import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInAmsterdam } from '../shared/clock';
import { addDays, minDate, WEEKDAYS } from '../shared/dates';

/** The weekdays in ISO order as an SQL array literal, so that `array_position` gives the ISO day number. */
const WEEKDAY_ARRAY = `array[${WEEKDAYS.map((day) => `'${day}'`).join(',')}]`;

/**
 * Occurrences are rows (capacity counters and attendance hang on them). A slot's occurrences are written when
 * the slot is created, from its first valid date up to this many weeks after today (or its last valid date);
 * later dates are written on demand ("ensure on read") by `placeWeek` and `workshopRoster` for the dates they
 * show, with the standing bookings applied as they are written. `Participant.schedule` shows what is written.
 */
export const HORIZON_WEEKS = 26;

/** Reads never materialise further ahead than this: nobody plans two years of sessions. */
export const MAX_AHEAD_WEEKS = 104;

/** Which slots to materialise occurrences for. */
export type SlotScope = { slotId: string } | { placeId: string } | { workshopId: string };

/** The last date the rolling horizon covers today. */
export function horizonEnd(today = todayInAmsterdam()): string {
  return addDays(today, HORIZON_WEEKS * 7);
}

function scopeFilter(scope: SlotScope): { sql: string; value: string } {
  if ('slotId' in scope) return { sql: 's.id = ?', value: scope.slotId };
  if ('placeId' in scope) return { sql: 's.place_id = ?', value: scope.placeId };
  return { sql: 's.workshop_id = ?', value: scope.workshopId };
}

/**
 * Writes the missing occurrences of the slots in `scope` with dates in `from`..`to`, in one statement, and books
 * the standing (weekly) bookings into each new occurrence: first come (oldest standing booking) first served,
 * the rest on the waitlist in that order, `booked_count` set to match. Idempotent: the unique (slot, date) key
 * makes a concurrent or repeated call write nothing twice. Returns the number of occurrences written.
 */
export async function materialiseOccurrences(
  em: EntityManager,
  scope: SlotScope,
  from: string,
  to: string,
): Promise<number> {
  const until = minDate(to, addDays(todayInAmsterdam(), MAX_AHEAD_WEEKS * 7));
  if (until < from) return 0;
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
