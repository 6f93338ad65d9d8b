import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../shared/loaders';
import { Attendance } from './attendance.entity';

/** Per-request loaders of the attendance feature. */
export function createAttendanceLoaders(em: EntityManager) {
  return {
    /** Registered attendance of each occurrence, in registration order. */
    attendanceByOccurrenceId: new DataLoader<string, Attendance[]>(async (ids) => {
      const rows = await em.find(
        Attendance,
        { occurrence: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (attendance) => attendance.occurrence.id);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type AttendanceLoaders = ReturnType<typeof createAttendanceLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AttendanceLoaders {}
}
