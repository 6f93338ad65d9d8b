/**
 * Calendar dates written `YYYY-MM-DD` and wall-clock times written `HH:MM`. Pure functions in UTC arithmetic:
 * a calendar date has no time zone, so daylight saving time cannot shift a day.
 */

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Weekdays in ISO order (Monday = 1), as the `Weekday` enum spells them. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** ISO weekday number of a date: Monday 1 ... Sunday 7. */
export function isoWeekday(date: string): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The weekday name of a date. */
export function weekdayOf(date: string): WeekdayName {
  return WEEKDAYS[isoWeekday(date) - 1];
}

/** The Monday that starts the (ISO) week of `date`. */
export function weekStartOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The earlier of two dates; `null`/`undefined` counts as "no limit" and loses. */
export function minDate(a: string, b: string | null | undefined): string {
  return b != null && b < a ? b : a;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return b > a ? b : a;
}

/**
 * Every date on `weekday` from `from` to `to`, both inclusive: the dates a weekly slot produces. Empty when
 * `to` is before `from`.
 */
export function weeklyDates(weekday: WeekdayName, from: string, to: string): string[] {
  const offset = (WEEKDAYS.indexOf(weekday) + 1 - isoWeekday(from) + 7) % 7;
  const dates: string[] = [];
  for (let date = addDays(from, offset); date <= to; date = addDays(date, 7)) dates.push(date);
  return dates;
}

/** True for a wall-clock time written `HH:MM` (00:00-23:59). */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Minutes in one day part (dagdeel): 4 consecutive hours. */
export const DAYPART_MINUTES = 240;

/**
 * dagdelen: the length of a session from `start` to `end` (same day) in day parts of 4 hours, rounded to the
 * nearest whole day part (half rounds up) and at least 1: 09:00-13:00 is 1, 09:00-17:00 is 2, 10:00-12:00 is 1,
 * 09:00-15:00 is 2. Wall-clock minutes: a session never spans a daylight-saving switch (those happen at night).
 */
export function daypartsOf(start: string, end: string): number {
  const minutes = minutesOf(end) - minutesOf(start);
  if (minutes <= 0) throw new RangeError('end must be after start');
  return Math.max(1, Math.floor((minutes + DAYPART_MINUTES / 2) / DAYPART_MINUTES));
}
