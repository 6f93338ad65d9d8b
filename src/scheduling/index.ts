/** The public surface of the scheduling feature: the only file other features import. */
export { Booking } from './booking.entity';
export { insertStandingBooking, type StandingBookingFields } from './booking.store';
export { Occurrence } from './occurrence.entity';
export { materialiseOccurrences } from './occurrence.materialise';
export { RecurringBooking } from './recurring-booking.entity';
export { canReadAttendanceSummary } from './schedule.policy';
export { SessionSlot, Weekday } from './session-slot.entity';
export { SchedulingErrorCode } from './scheduling.errors';
