import { WEEKDAYS, type WeekdayName, minutesOf } from '../shared/dates';

/** Parts of a day a vacancy's shifts and a participant's availability are described in. */
export const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type DayPartName = (typeof DAY_PARTS)[number];

/** A weekday and a part of it, written `MONDAY_MORNING`. */
export type Daypart = `${WeekdayName}_${DayPartName}`;

/** All 21 day parts of a week in order, Monday morning first. */
export const DAYPARTS: readonly Daypart[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}_${part}` as Daypart),
);

/** The part of the day a session starting at `start` (`HH:MM`) falls in: before 12:00, before 17:00, later. */
export function dayPartOfTime(start: string): DayPartName {
  const minutes = minutesOf(start);
  if (minutes < 12 * 60) return 'MORNING';
  return minutes < 17 * 60 ? 'AFTERNOON' : 'EVENING';
}

/** The day part of a weekly session. */
export function daypartOf(weekday: WeekdayName, start: string): Daypart {
  return `${weekday}_${dayPartOfTime(start)}`;
}

export function isDaypart(value: string): value is Daypart {
  return (DAYPARTS as readonly string[]).includes(value);
}
