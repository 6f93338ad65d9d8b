/** Calendar months written `YYYY-MM`, and the dates in them. Pure functions, no time zones involved. */
import { isSupportedYear } from './scalars';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written `YYYY-MM` in the supported years (1900-2199, as dates). */
export function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return Boolean(match) && isSupportedYear(Number(match![1]));
}

/** Year and month number (1-12) of a `YYYY-MM` month. */
export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** The month `count` months after `month` (negative counts go back). */
export function addMonths(month: string, count: number): string {
  const { year, month: m } = monthParts(month);
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Number of months from `from` to `to`, inclusive of both; 0 when `to` is before `from`. */
export function monthCount(from: string, to: string): number {
  const a = monthParts(from);
  const b = monthParts(to);
  return Math.max(0, b.year * 12 + b.month - (a.year * 12 + a.month) + 1);
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: string, to: string): string[] {
  return Array.from({ length: monthCount(from, to) }, (_, i) => addMonths(from, i));
}

/** Number of days in a month. */
export function daysInMonth(month: string): number {
  const { year, month: m } = monthParts(month);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** First day of a month, `YYYY-MM-01`. */
export function firstDay(month: string): string {
  return `${month}-01`;
}

/** Last day of a month, `YYYY-MM-DD`. */
export function lastDay(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** The month of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The twelve months of a year. */
export function monthsOfYear(year: number): string[] {
  const first = `${String(year).padStart(4, '0')}-01`;
  return monthRange(first, addMonths(first, 11));
}

/** Age in whole years on `date`, for a birth date; both written `YYYY-MM-DD`. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
