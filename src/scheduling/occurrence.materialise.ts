import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInAmsterdam } from '../shared/clock';
import { addDays, minDate } from '../shared/dates';
import { hasUnwrittenDates, insertOccurrences, type SlotScope } from './booking.store';

/**
 * Occurrences are rows (capacity counters and attendance hang on them). A slot's occurrences are written when
 * the slot is created, from its first valid date up to this many weeks after today (or its last valid date);
 * later dates are written on demand ("ensure on read") by `placeWeek` and `workshopRoster` for the dates they
 * show, with the standing bookings applied as they are written. `Participant.schedule` shows what is written.
 */
export const HORIZON_WEEKS = 26;

/** Reads never materialise further ahead than this: nobody plans two years of sessions. */
export const MAX_AHEAD_WEEKS = 104;

/** The last date the rolling horizon covers today. */
export function horizonEnd(today = todayInAmsterdam()): string {
  return addDays(today, HORIZON_WEEKS * 7);
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
  return insertOccurrences(em, scope, from, until);
}

/**
 * Ensure on read: writes the missing occurrences of `scope` in `from`..`to` like {@link materialiseOccurrences},
 * but only after one read found a slot whose "written until" mark does not cover the range; a week that is
 * already written costs that read and no write.
 */
export async function ensureOccurrencesWritten(
  em: EntityManager,
  scope: SlotScope,
  from: string,
  to: string,
): Promise<void> {
  const until = minDate(to, addDays(todayInAmsterdam(), MAX_AHEAD_WEEKS * 7));
  if (until < from) return;
  if (await hasUnwrittenDates(em, scope, from, until)) await insertOccurrences(em, scope, from, until);
}
