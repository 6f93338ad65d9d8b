import { addDays } from './dates';

/**
 * How long after a date staff may still correct what was recorded for it (an enrolment's end and outflow, an
 * attendance registration). After the window only ADMIN may, so that figures already reported to funders do not
 * change silently. Configured per installation (`ENROLMENT_CORRECTION_DAYS`, `ATTENDANCE_CORRECTION_DAYS`).
 */
export interface CorrectionWindows {
  /** Days after an enrolment's end date in which its end date and outflow reason may be corrected (90). */
  enrolmentEndDays: number;
  /** Days after an occurrence's date in which its attendance may be changed or removed (31). */
  attendanceDays: number;
}

export const DEFAULT_CORRECTION_WINDOWS: CorrectionWindows = { enrolmentEndDays: 90, attendanceDays: 31 };

/** The last day on which something recorded for `date` may still be corrected by staff. */
export function lastCorrectionDay(date: string, days: number): string {
  return addDays(date, days);
}

/** Is `today` within `days` days after `date` (both inclusive)? A date in the future is always open. */
export function correctionWindowOpen(date: string, today: string, days: number): boolean {
  return today <= lastCorrectionDay(date, days);
}
