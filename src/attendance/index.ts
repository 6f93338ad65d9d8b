/** The public surface of the attendance feature: the only file other features import. */
export { Attendance } from './attendance.entity';
export { answerFunderAccessWith } from './funder-access';
export type { FunderAccessCheck } from './funder-access';
export { AttendanceMonthTotal, AttendanceParticipantMonthTotal } from './attendance-month-total.entity';
export {
  ATTENDANCE_FACT_COLUMNS,
  attendanceTotalsDrift,
  attendedDaypartsPerPlaceMonth,
  keepAttendanceTotals,
  rebuildAttendanceTotals,
} from './attendance-totals';
export type { AttendanceFact, AttendanceTotalRow } from './attendance-totals';
