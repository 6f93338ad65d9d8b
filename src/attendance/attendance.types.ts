import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Place } from '../places';
import { DateScalar } from '../shared/scalars';
import { Workshop } from '../workshops';

/** The counts a workshop and a whole place share (the place's are the sums of its workshops'). */
@ObjectType({ description: 'Attendance figures over a date range (never returned on its own).' })
abstract class AttendanceFigures {
  @Field(() => Int, { description: 'Occurrences in the range that were not cancelled.' })
  occurrences!: number;

  @Field(() => Int, { description: 'Cancelled occurrences in the range.' })
  cancelledOccurrences!: number;

  @Field(() => Int, { description: 'Day parts attended: the sum of day parts of PRESENT registrations.' })
  attendedDayparts!: number;

  @Field(() => Int, { description: 'PRESENT registrations.' })
  present!: number;

  @Field(() => Int, { description: 'ABSENT registrations.' })
  absent!: number;

  @Field(() => Int, { description: 'EXCUSED registrations.' })
  excused!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'PRESENT / all registrations (0-1); null when nothing was registered.',
  })
  attendanceRate!: number | null;

  @Field(() => Int, {
    description: 'Past occurrences (before today, Europe/Amsterdam), not cancelled, with nobody registered.',
  })
  missingRegistrations!: number;
}

@ObjectType({ description: 'Attendance figures of one workshop over a date range; counts only, no names.' })
export class WorkshopAttendance extends AttendanceFigures {
  @Field(() => Workshop, { description: 'The workshop.' })
  workshop!: Workshop;
}

@ObjectType({
  description: 'Attendance figures of a whole place over a date range: the sums of its workshops.',
})
export class AttendanceTotal extends AttendanceFigures {}

@ObjectType({ description: "A place's attendance per workshop over a date range." })
export class AttendanceSummary {
  @Field(() => Place, { description: 'The place.' })
  place!: Place;

  @Field(() => DateScalar, { description: 'First date of the range.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last date of the range.' })
  to!: string;

  @Field(() => [WorkshopAttendance], { description: 'Per workshop with occurrences in the range, by name.' })
  workshops!: WorkshopAttendance[];

  @Field(() => AttendanceTotal, { description: 'The whole place: the sums of the workshops.' })
  total!: AttendanceTotal;
}
