import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  isoWeekday,
  weekdayOf,
  weeklyDates,
  weekStartOf,
} from '../../src/shared/dates';
import {
  addMonths,
  daysInMonth,
  firstDay,
  isMonth,
  lastDay,
  monthCount,
  monthOf,
  monthRange,
} from '../../src/shared/months';
import { DateScalar, isCalendarDate, MAX_YEAR, MIN_YEAR } from '../../src/shared/scalars';

const FIRST = `${MIN_YEAR}-01-01`;
const LAST = `${MAX_YEAR}-12-31`;
const SPAN = daysBetween(FIRST, LAST);

/** Any date of the supported range, edges included (fast-check biases towards them). */
const anyDate = fc.integer({ min: 0, max: SPAN }).map((offset) => addDays(FIRST, offset));
const anyMonth = fc
  .integer({ min: 0, max: (MAX_YEAR - MIN_YEAR + 1) * 12 - 1 })
  .map((offset) => addMonths(`${MIN_YEAR}-01`, offset));

describe('the supported calendar range', () => {
  it('accepts the first and last day and refuses the days just outside', () => {
    expect(isCalendarDate(FIRST)).toBe(true);
    expect(isCalendarDate(LAST)).toBe(true);
    expect(isCalendarDate('1899-12-31')).toBe(false);
    expect(isCalendarDate('2200-01-01')).toBe(false);
    expect(isCalendarDate('9999-12-31')).toBe(false);
    expect(isCalendarDate('0100-01-01')).toBe(false);
    expect(isMonth('1900-01')).toBe(true);
    expect(isMonth('2199-12')).toBe(true);
    expect(isMonth('1899-12')).toBe(false);
    expect(isMonth('2200-01')).toBe(false);
    expect(isMonth('9999-12')).toBe(false);
  });

  it('the Date scalar refuses a year outside the range as a client error', () => {
    expect(() => DateScalar.parseValue('9999-12-31')).toThrow(/1900-2199/);
    expect(DateScalar.parseValue('2199-12-31')).toBe('2199-12-31');
  });

  it('spans 109,572 days', () => {
    expect(SPAN).toBe(109_572);
  });
});

describe('date helpers over the whole range (property)', () => {
  it('addDays stays a well-formed date, is undone by going back, and agrees with daysBetween', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
        const moved = addDays(date, days);
        expect(moved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(addDays(moved, -days)).toBe(date);
        expect(daysBetween(date, moved)).toBe(days);
        expect(moved > date).toBe(days > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('every date of the range is a calendar date, and the day after it is one or the first day past the range', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(isCalendarDate(date)).toBe(true);
        const next = addDays(date, 1);
        expect(isCalendarDate(next) || next === `${MAX_YEAR + 1}-01-01`).toBe(true);
        expect(isoWeekday(next)).toBe((isoWeekday(date) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('weekStartOf is a Monday at most six days back', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStartOf(date);
        expect(weekdayOf(monday)).toBe('MONDAY');
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThan(7);
      }),
    );
  });

  it('weeklyDates gives one date a week, all on the weekday, within the bounds', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 120 }), (from, length) => {
        const to = addDays(from, length);
        const dates = weeklyDates('WEDNESDAY', from, to);
        expect(dates.every((d) => weekdayOf(d) === 'WEDNESDAY' && d >= from && d <= to)).toBe(true);
        const wednesdays = Array.from({ length: length + 1 }, (_, i) => addDays(from, i)).filter(
          (d) => weekdayOf(d) === 'WEDNESDAY',
        );
        expect(dates).toEqual(wednesdays);
        dates.slice(1).forEach((d, i) => expect(daysBetween(dates[i], d)).toBe(7));
      }),
    );
  });
});

describe('month helpers over the whole range (property)', () => {
  it('addMonths is undone by going back and agrees with monthCount', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: -60, max: 60 }), (month, count) => {
        const moved = addMonths(month, count);
        expect(moved).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(addMonths(moved, -count)).toBe(month);
        if (count >= 0) expect(monthCount(month, moved)).toBe(count + 1);
        else expect(monthCount(month, moved)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('first and last day are calendar dates of the month, and the day after the last is the next month', () => {
    fc.assert(
      fc.property(anyMonth, (month) => {
        expect(isCalendarDate(firstDay(month))).toBe(true);
        expect(isCalendarDate(lastDay(month))).toBe(true);
        expect(daysBetween(firstDay(month), lastDay(month))).toBe(daysInMonth(month) - 1);
        expect(monthOf(addDays(lastDay(month), 1))).toBe(addMonths(month, 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('monthRange lists consecutive months', () => {
    fc.assert(
      fc.property(anyMonth, fc.integer({ min: 0, max: 30 }), (from, extra) => {
        const to = addMonths(from, extra);
        const range = monthRange(from, to);
        expect(range).toHaveLength(extra + 1);
        expect(range[0]).toBe(from);
        expect(range[range.length - 1]).toBe(to);
      }),
    );
  });
});
