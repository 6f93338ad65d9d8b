import { addDays } from '../shared/dates';

/**
 * The life cycle of an enrolment (plaatsing) as pure rules over dates. An enrolment is ENDED from its end date on:
 * before that it is ACTIVE (or PAUSED) with `endDate` set, however early the end was recorded. PAUSED while a
 * pause covers the date. Pauses of one enrolment never overlap.
 */

/** A pause (hospital, holiday): from its first day to its last day, or open-ended until resumed. */
export interface PausePeriod {
  fromDate: string;
  untilDate?: string | null;
}

export type LifeCycleStatus = 'ACTIVE' | 'PAUSED' | 'ENDED';

/** The status of an enrolment on `date`: ENDED from its end date on, PAUSED within a pause, else ACTIVE. */
export function statusOn(
  endDate: string | null | undefined,
  pauses: PausePeriod[],
  date: string,
): LifeCycleStatus {
  if (endDate != null && endDate <= date) return 'ENDED';
  return pauseOn(pauses, date) ? 'PAUSED' : 'ACTIVE';
}

/** The pause covering `date`, if any. */
export function pauseOn(pauses: PausePeriod[], date: string): PausePeriod | undefined {
  return pauses.find((p) => p.fromDate <= date && (p.untilDate == null || date <= p.untilDate));
}

/** Does the period `from`..`until` (open-ended when null) overlap any of the pauses? */
export function overlapsPause(
  pauses: PausePeriod[],
  from: string,
  until: string | null,
): PausePeriod | undefined {
  return pauses.find(
    (p) => (p.untilDate == null || from <= p.untilDate) && (until == null || p.fromDate <= until),
  );
}

/**
 * Resuming on `on` ends the pause that covers the day before `on` (or `on` itself): its last day becomes the day
 * before. A pause resumed on its first day did not happen: `until` is null then and the pause is dropped.
 */
export function resumedPause(pause: PausePeriod, on: string): { drop: boolean; untilDate: string } {
  const untilDate = addDays(on, -1);
  return { drop: untilDate < pause.fromDate, untilDate };
}

/** The pause that `resumeEnrolment(on)` ends: the one covering the day before `on`, or `on` itself. */
export function pauseToResume(pauses: PausePeriod[], on: string): PausePeriod | undefined {
  return pauseOn(pauses, addDays(on, -1)) ?? pauseOn(pauses, on);
}
