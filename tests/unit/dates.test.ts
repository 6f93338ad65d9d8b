import fc from 'fast-check';
import { horizonEnd } from '../../src/scheduling/occurrence.materialise';
import { todayInAmsterdam } from '../../src/shared/clock';
import {
  addDays,
  daypartsOf,
  daysBetween,
  isoWeekday,
  isTime,
  weekdayOf,
  WEEKDAYS,
  weeklyDates,
  weekStartOf,
} from '../../src/shared/dates';

const anyDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('day parts (dagdelen)', () => {
  it.each([
    ['09:00', '13:00', 1],
    ['09:00', '17:00', 2],
    ['10:00', '12:00', 1],
    ['09:00', '15:00', 2],
    ['09:00', '14:59', 1],
    ['08:00', '20:00', 3],
    ['13:30', '14:00', 1],
  ])('%s-%s is %i day part(s)', (start, end, expected) => {
    expect(daypartsOf(start, end)).toBe(expected);
  });

  it('refuses an end before the start', () => {
    expect(() => daypartsOf('13:00', '09:00')).toThrow(RangeError);
  });

  it('knows a time', () => {
    expect(['00:00', '09:30', '23:59'].every(isTime)).toBe(true);
    expect(['24:00', '9:30', '09:60', '0930'].some(isTime)).toBe(false);
  });
});

describe('weeks and weekly dates', () => {
  it('starts weeks on Monday, across months, years and daylight-saving switches', () => {
    expect(weekStartOf('2026-03-29')).toBe('2026-03-23'); // Sunday of the spring switch
    expect(weekStartOf('2026-10-25')).toBe('2026-10-19'); // Sunday of the autumn switch
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekdayOf('2026-11-23')).toBe('MONDAY');
  });

  it('lists the dates of a weekday in a range, both ends included', () => {
    expect(weeklyDates('MONDAY', '2026-03-01', '2026-03-31')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(weeklyDates('SUNDAY', '2026-03-29', '2026-03-29')).toEqual(['2026-03-29']);
    expect(weeklyDates('FRIDAY', '2026-03-10', '2026-03-12')).toEqual([]);
    expect(weeklyDates('MONDAY', '2026-03-10', '2026-03-01')).toEqual([]);
  });

  it('weekly dates are all on the weekday, 7 days apart, within the range (property)', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...WEEKDAYS),
        (from, span, weekday) => {
          const to = addDays(from, span);
          const dates = weeklyDates(weekday, from, to);
          expect(dates.every((d) => weekdayOf(d) === weekday && d >= from && d <= to)).toBe(true);
          dates.slice(1).forEach((d, i) => expect(daysBetween(dates[i], d)).toBe(7));
          expect(dates.length).toBe(
            Math.floor((span + 1 - ((WEEKDAYS.indexOf(weekday) + 1 - isoWeekday(from) + 7) % 7) + 6) / 7),
          );
        },
      ),
    );
  });

  it('a week start is a Monday at most 6 days before (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStartOf(date);
        expect(isoWeekday(monday)).toBe(1);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('the rolling horizon is 26 weeks after today', () => {
    expect(horizonEnd('2031-06-02')).toBe('2031-12-01');
  });
});

describe('today in Europe/Amsterdam', () => {
  const pinned = process.env.MEEDOEN_TODAY;
  afterEach(() => {
    if (pinned === undefined) delete process.env.MEEDOEN_TODAY;
    else process.env.MEEDOEN_TODAY = pinned;
  });

  it('uses the Dutch date, not the UTC one, around midnight', () => {
    delete process.env.MEEDOEN_TODAY;
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // 00:30 summer time
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31'); // 23:59 winter time
    expect(todayInAmsterdam(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('can be pinned for tests, but only to a real date', () => {
    process.env.MEEDOEN_TODAY = '2030-03-06';
    expect(todayInAmsterdam()).toBe('2030-03-06');
    process.env.MEEDOEN_TODAY = '2030-02-30';
    expect(todayInAmsterdam(new Date('2026-06-30T12:00:00Z'))).toBe('2026-06-30');
  });
});
