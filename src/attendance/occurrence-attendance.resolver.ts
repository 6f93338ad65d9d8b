import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth';
import { Occurrence } from '../scheduling';
import { Attendance } from './attendance.entity';

/** `Occurrence.attendance`: resolved here, so that scheduling need not know attendance. */
@Resolver(() => Occurrence)
export class OccurrenceAttendanceResolver {
  @FieldResolver(() => [Attendance], { description: 'Attendance registered for this occurrence.' })
  attendance(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<Attendance[]> {
    return ctx.loaders.attendanceByOccurrenceId.load(occurrence.id);
  }
}
