/** Date arithmetic the fund needs on top of the shared month helpers. Pure, `YYYY-MM-DD` in and out. */
import { addMonths, daysInMonth, monthOf } from '../shared/months';

/**
 * The date `count` calendar months after `date`, on the same day of the month or, when that month is shorter,
 * its last day: 2026-01-31 + 1 month is 2026-02-28.
 */
export function addMonthsToDate(date: string, count: number): string {
  const month = addMonths(monthOf(date), count);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole calendar months from `from` to `to`: 2026-01-15 → 2026-03-14 is 1, → 2026-03-15 is 2. 0 when `to` is
 * not after `from`.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const a = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7));
  const b = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  let months = b - a;
  while (months > 0 && addMonthsToDate(from, months) > to) months -= 1;
  return months;
}
