import { isCalendarDate } from './scalars';

/** The time zone every place works in: dates and `HH:MM` times are Dutch wall-clock values. */
export const TIME_ZONE = 'Europe/Amsterdam';

const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date (`YYYY-MM-DD`) in Europe/Amsterdam: what "today", "past" and "future" mean for bookings and
 * attendance. `MEEDOEN_TODAY=YYYY-MM-DD` pins it, so that tests (and demos of a given day) are deterministic;
 * it is ignored when NODE_ENV is production.
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  const pinned = process.env.MEEDOEN_TODAY;
  if (pinned && process.env.NODE_ENV !== 'production' && isCalendarDate(pinned)) return pinned;
  return FORMAT.format(now);
}
