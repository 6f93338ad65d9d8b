import { addDays } from './dates';
import { DomainError, ErrorCode, inputField, type UserError } from './errors';

/**
 * How far from today a write may reach, and how many rows one request may write. A date inside the scalar's
 * range (1900-2199) can still be absurd for a schedule: a weekly slot from the year 1900 would write thousands
 * of occurrences. Configured per installation (`WRITE_DAYS_BACK`, `WRITE_DAYS_AHEAD`, `WRITE_END_DAYS_AHEAD`,
 * `MAX_ROWS_PER_REQUEST`); the defaults are below.
 */
export interface WriteBounds {
  /**
   * Days before today that a slot's first date, an extra date, an enrolment's start or a booked date may lie
   * (366: last year's sessions can still be entered afterwards, nothing older).
   */
  daysBack: number;
  /** Days after today that a slot's first date, an extra date or an enrolment's start may lie (731). */
  daysAhead: number;
  /** Days after today that a planned last date (a slot's `validUntil`, an enrolment's end) may lie (3653). */
  endDaysAhead: number;
  /** Most occurrences or bookings one request may write (1000). */
  maxRowsPerRequest: number;
}

export const DEFAULT_WRITE_BOUNDS: WriteBounds = {
  daysBack: 366,
  daysAhead: 731,
  endDaysAhead: 3653,
  maxRowsPerRequest: 1000,
};

/** The first and last date a start (or single) date may have today. */
export function startWindow(bounds: WriteBounds, today: string): { from: string; to: string } {
  return { from: addDays(today, -bounds.daysBack), to: addDays(today, bounds.daysAhead) };
}

/**
 * Refuses dates outside the bounds: `starts` are start or single dates (within `daysBack` before and `daysAhead`
 * after today), `ends` planned last dates (within `daysBack` before and `endDaysAhead` after). Every offending
 * field is named in one {@link DomainError}, so that one answer lists them all.
 */
export function assertDatesWithinBounds(
  bounds: WriteBounds,
  today: string,
  dates: {
    starts?: Record<string, string | null | undefined>;
    ends?: Record<string, string | null | undefined>;
  },
): void {
  const errors: UserError[] = [];
  const { from, to } = startWindow(bounds, today);
  for (const [field, date] of Object.entries(dates.starts ?? {})) {
    if (date != null && (date < from || date > to)) {
      errors.push({
        code: ErrorCode.VALIDATION,
        message:
          `${field} must lie between ${from} and ${to} (at most ${bounds.daysBack} days back and ` +
          `${bounds.daysAhead} days ahead).`,
        field: inputField(field),
      });
    }
  }
  const lastEnd = addDays(today, bounds.endDaysAhead);
  for (const [field, date] of Object.entries(dates.ends ?? {})) {
    if (date != null && (date < from || date > lastEnd)) {
      errors.push({
        code: ErrorCode.VALIDATION,
        message:
          `${field} must lie between ${from} and ${lastEnd} (at most ${bounds.daysBack} days back and ` +
          `${bounds.endDaysAhead} days ahead).`,
        field: inputField(field),
      });
    }
  }
  if (errors.length > 0) throw new DomainError(errors);
}

/** The error for a request that would write more than `maxRowsPerRequest` rows of one kind. */
export function tooManyRows(bounds: WriteBounds, what: string, field: string): DomainError {
  return new DomainError(
    ErrorCode.VALIDATION,
    `This would write more than ${bounds.maxRowsPerRequest} ${what} at once; choose a shorter period.`,
    inputField(field),
  );
}
