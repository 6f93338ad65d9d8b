import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId } from '../shared/validation';
import { Attendance, AttendanceStatus } from './attendance.entity';
import { Occurrence } from '../scheduling';

/** Largest roster one bulk registration takes. */
export const MAX_BULK_ENTRIES = 500;

@InputType({ description: "One participant's attendance." })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'The participant, enrolled in the workshop on that date.' })
  @IsId()
  participantId!: string;

  @Field(() => AttendanceStatus, { description: 'PRESENT, ABSENT or EXCUSED.' })
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Optional note, at most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: "Registers (or corrects) one participant's attendance at an occurrence." })
export class RecordAttendanceInput extends AttendanceEntryInput {
  @Field(() => ID, { description: 'The occurrence: not cancelled and not in the future.' })
  @IsId()
  occurrenceId!: string;
}

@InputType({ description: 'Registers attendance for a whole roster at once; all or nothing.' })
export class RecordAttendanceBulkInput {
  @Field(() => ID, { description: 'The occurrence: not cancelled and not in the future.' })
  @IsId()
  occurrenceId!: string;

  @Field(() => [AttendanceEntryInput], {
    description: `One entry per participant, at most ${MAX_BULK_ENTRIES}; a participant at most once.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_BULK_ENTRIES)
  @ValidateNested({ each: true })
  entries!: AttendanceEntryInput[];
}

@ObjectType({ description: 'Result of recordAttendance.' })
export class RecordAttendancePayload extends MutationPayload {
  @Field(() => Attendance, { nullable: true, description: 'The attendance; null when errors is not empty.' })
  attendance!: Attendance | null;
}

@ObjectType({ description: 'Result of recordAttendanceBulk.' })
export class RecordAttendanceBulkPayload extends MutationPayload {
  @Field(() => [Attendance], {
    description: 'The attendance written, in the order of the entries; empty on errors.',
  })
  attendance!: Attendance[];
}

@InputType({
  description:
    'Removes a wrong attendance registration. Staff within ATTENDANCE_CORRECTION_DAYS (31) after the date, ADMIN always.',
})
export class RemoveAttendanceInput {
  @Field(() => ID, { description: 'The attendance registration.' })
  @IsId()
  attendanceId!: string;
}

@ObjectType({ description: 'Result of removeAttendance.' })
export class RemoveAttendancePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Id of the removed registration; null when errors is not empty.',
  })
  removedAttendanceId!: string | null;

  @Field(() => Occurrence, { nullable: true, description: 'The occurrence it was registered for.' })
  occurrence!: Occurrence | null;
}
