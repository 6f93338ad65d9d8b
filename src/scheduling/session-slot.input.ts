import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { Occurrence } from './occurrence.entity';
import { SessionSlot, Weekday } from './session-slot.entity';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = '$property must be a time written HH:MM (00:00-23:59)';

@InputType({ description: 'A new weekly session of a workshop; its occurrences are written at once.' })
export class CreateSessionSlotInput {
  @Field(() => ID, { description: 'The workshop.' })
  @IsId()
  workshopId!: string;

  @Field(() => Weekday, { description: 'Day of the week.' })
  @IsEnum(Weekday)
  weekday!: Weekday;

  @Field({ description: 'Start time, HH:MM, Europe/Amsterdam, e.g. "09:00".' })
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime!: string;

  @Field({ description: 'End time, HH:MM, Europe/Amsterdam, after the start time on the same day.' })
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime!: string;

  @Field(() => Int, { description: 'Places per occurrence, 1-500.' })
  @IsInt()
  @Min(1, { message: 'capacity must be between 1 and 500' })
  @Max(500, { message: 'capacity must be between 1 and 500' })
  capacity!: number;

  @Field(() => DateScalar, { description: 'First date the slot runs.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last date it runs; omit for open-ended.' })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Length in day parts (1-3); by default the length rounded to 4-hour blocks, at least 1.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'dayparts must be between 1 and 3' })
  @Max(3, { message: 'dayparts must be between 1 and 3' })
  dayparts?: number | null;
}

@ObjectType({ description: 'Result of createSessionSlot.' })
export class CreateSessionSlotPayload extends MutationPayload {
  @Field(() => SessionSlot, { nullable: true, description: 'The new slot; null when errors is not empty.' })
  slot!: SessionSlot | null;
}

@InputType({ description: 'Cancels one date (a holiday); its bookings stay for history.' })
export class CancelOccurrenceInput {
  @Field(() => ID, { description: 'The occurrence to cancel.' })
  @IsId()
  occurrenceId!: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "Koningsdag"; at most 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string | null;
}

@InputType({ description: 'An extra date for a workshop, outside its weekly slots.' })
export class AddOccurrenceInput {
  @Field(() => ID, { description: 'The workshop.' })
  @IsId()
  workshopId!: string;

  @Field(() => DateScalar, { description: 'The date.' })
  date!: string;

  @Field({ description: 'Start time, HH:MM, Europe/Amsterdam.' })
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime!: string;

  @Field({ description: 'End time, HH:MM, Europe/Amsterdam, after the start time.' })
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Places, 1-500; the workshop's default capacity when omitted.",
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be between 1 and 500' })
  @Max(500, { message: 'capacity must be between 1 and 500' })
  capacity?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Length in day parts (1-3); computed from the times by default.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'dayparts must be between 1 and 3' })
  @Max(3, { message: 'dayparts must be between 1 and 3' })
  dayparts?: number | null;
}

@ObjectType({ description: 'Result of cancelOccurrence and addOccurrence.' })
export class OccurrencePayload extends MutationPayload {
  @Field(() => Occurrence, { nullable: true, description: 'The occurrence; null when errors is not empty.' })
  occurrence!: Occurrence | null;
}

/** What a slot change and a one-date change share: new capacity and times, each optional (omitted: unchanged). */
@InputType({ description: 'New capacity and times (never used on its own).' })
abstract class CapacityAndTimesChange {
  @Field(() => Int, {
    nullable: true,
    description:
      'Places per occurrence, 1-500. More places move the waitlist up in order; fewer cancel no booking (see Occurrence.overbooked).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be between 1 and 500' })
  @Max(500, { message: 'capacity must be between 1 and 500' })
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: 'New start time, HH:MM.' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'New end time, HH:MM, after the start time.' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime?: string | null;
}

@InputType({
  description:
    'Changes a weekly slot from a date on: capacity, times or weekday. Earlier dates keep what they had.',
})
export class ChangeSessionSlotInput extends CapacityAndTimesChange {
  @Field(() => ID, { description: 'The slot.' })
  @IsId()
  slotId!: string;

  @Field(() => DateScalar, { description: 'First date the change applies to; today or later.' })
  from!: string;

  @Field(() => Weekday, {
    nullable: true,
    description:
      'New weekday: every occurrence from `from` moves, with its bookings, to this day of its week.',
  })
  @IsOptional()
  @IsEnum(Weekday)
  weekday?: Weekday | null;
}

@ObjectType({ description: 'Result of changeSessionSlot and endSessionSlot.' })
export class SessionSlotChangePayload extends MutationPayload {
  @Field(() => SessionSlot, { nullable: true, description: 'The slot; null when errors is not empty.' })
  slot!: SessionSlot | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Occurrences changed (or cancelled, for endSessionSlot).',
  })
  occurrences!: number | null;

  @Field(() => Int, { nullable: true, description: 'Waitlisted bookings that got a place.' })
  promoted!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Bookings released because their enrolment does not cover the new date (a new weekday).',
  })
  released!: number | null;
}

@InputType({ description: 'Ends a weekly slot: it runs for the last time on lastDate.' })
export class EndSessionSlotInput {
  @Field(() => ID, { description: 'The slot.' })
  @IsId()
  slotId!: string;

  @Field(() => DateScalar, {
    description: 'Last date it runs; later dates are cancelled with their bookings. Not before yesterday.',
  })
  lastDate!: string;
}

@InputType({ description: 'Undoes the cancellation of one date.' })
export class RestoreOccurrenceInput {
  @Field(() => ID, { description: 'The cancelled occurrence.' })
  @IsId()
  occurrenceId!: string;

  @Field({
    defaultValue: false,
    description:
      'false: the date starts empty (its old bookings are cancelled). true: its bookings come back and the weekly bookings book in while places are free; the rest wait in order.',
  })
  @IsBoolean()
  rebook: boolean = false;
}

@ObjectType({ description: 'Result of restoreOccurrence.' })
export class RestoreOccurrencePayload extends MutationPayload {
  @Field(() => Occurrence, {
    nullable: true,
    description: 'The restored occurrence; null when errors is not empty.',
  })
  occurrence!: Occurrence | null;

  @Field(() => Int, { nullable: true, description: 'Bookings brought back (kept) with rebook.' })
  kept!: number | null;

  @Field(() => Int, { nullable: true, description: 'Old bookings cancelled because rebook was false.' })
  released!: number | null;

  @Field(() => Int, { nullable: true, description: 'Weekly bookings booked into the date (rebook).' })
  rebooked!: number | null;
}

@InputType({ description: 'Changes one date: its capacity, its times or both.' })
export class ChangeOccurrenceInput extends CapacityAndTimesChange {
  @Field(() => ID, { description: 'The occurrence.' })
  @IsId()
  occurrenceId!: string;
}

@ObjectType({ description: 'Result of changeOccurrence.' })
export class ChangeOccurrencePayload extends MutationPayload {
  @Field(() => Occurrence, {
    nullable: true,
    description: 'The changed occurrence; null when errors is not empty.',
  })
  occurrence!: Occurrence | null;

  @Field(() => Int, { nullable: true, description: 'Waitlisted bookings that got a place.' })
  promoted!: number | null;
}
