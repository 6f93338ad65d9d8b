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
