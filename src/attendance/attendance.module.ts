import type { FeatureModule } from '../shared/module';
import { guardedNode, staffOfOwnOrganisation } from '../auth';
import { AttendanceErrorCode } from './attendance.errors';
import { Attendance } from './attendance.entity';
import { AttendanceMonthTotal, AttendanceParticipantMonthTotal } from './attendance-month-total.entity';
import { AttendanceResolver } from './attendance.resolver';
import { OccurrenceAttendanceResolver } from './occurrence-attendance.resolver';
import { createAttendanceLoaders } from './attendance.loaders';

/** The attendance feature as the application sees it: see src/modules.ts. */
export const attendanceModule: FeatureModule = {
  name: 'attendance',
  entities: [Attendance, AttendanceMonthTotal, AttendanceParticipantMonthTotal],
  errorCodes: AttendanceErrorCode,
  resolvers: [AttendanceResolver, OccurrenceAttendanceResolver],
  loaders: createAttendanceLoaders,
  nodes: [guardedNode(Attendance, staffOfOwnOrganisation)],
};
