import { WEEKDAYS, type WeekdayName, isoWeekday } from '../shared/dates';

/**
 * How many days a weekly slot's occurrences move when its weekday changes from `from` on: one offset for all of
 * them, so that every week keeps exactly one occurrence and none collide. The offset stays within the week
 * (Friday → Monday is 4 days back) unless that would put the first moved occurrence before `from`; then it goes
 * to the next week instead (Friday → the following Monday, 3 days ahead). 0 when the weekday stays.
 */
export function weekdayShift(
  oldWeekday: WeekdayName,
  newWeekday: WeekdayName,
  firstDate: string,
  from: string,
): number {
  const within = WEEKDAYS.indexOf(newWeekday) - WEEKDAYS.indexOf(oldWeekday);
  if (within === 0) return 0;
  const moved = shiftDate(firstDate, within);
  return moved < from ? within + 7 : within;
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The weekday name of a date. */
export function weekdayName(date: string): WeekdayName {
  return WEEKDAYS[isoWeekday(date) - 1];
}

/** Places on an occurrence beyond its capacity: kept bookings after a capacity cut, never negative. */
export function overbooked(bookedCount: number, capacity: number): number {
  return Math.max(0, bookedCount - capacity);
}
