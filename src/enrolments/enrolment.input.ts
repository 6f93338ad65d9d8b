import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { Enrolment } from './enrolment.entity';
import { EnrolmentPause } from './enrolment-pause.entity';

@InputType({ description: 'Enrols (plaatst) a participant in a workshop of their organisation.' })
export class EnrolInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => ID, { description: 'The workshop.' })
  @IsId()
  workshopId!: string;

  @Field(() => DateScalar, { description: 'First day of taking part.' })
  startDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Planned last day, optional; not before startDate.',
  })
  endDate?: string | null;
}

@ObjectType({ description: 'Result of enrol.' })
export class EnrolPayload extends MutationPayload {
  @Field(() => Enrolment, {
    nullable: true,
    description: 'The new enrolment; null when errors is not empty.',
  })
  enrolment!: Enrolment | null;
}

@InputType({
  description: 'Ends an enrolment with an outflow reason (uitstroom); bookings after the end are released.',
})
export class EndEnrolmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  @IsId()
  enrolmentId!: string;

  @Field(() => DateScalar, { description: 'Last day of taking part; not before the start date.' })
  endDate!: string;

  @Field({ description: 'Code of an active outflow reason (see outflowReasons), e.g. PAID_WORK.' })
  @IsString()
  @MaxLength(40)
  outflowCode!: string;
}

@ObjectType({ description: 'Result of endEnrolment.' })
export class EndEnrolmentPayload extends MutationPayload {
  @Field(() => Enrolment, {
    nullable: true,
    description: 'The ended enrolment; null when errors is not empty.',
  })
  enrolment!: Enrolment | null;
}

@InputType({ description: 'Pauses an enrolment (hospital, holiday): bookings in the pause are released.' })
export class PauseEnrolmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  @IsId()
  enrolmentId!: string;

  @Field(() => DateScalar, { description: 'First day of the pause, within the enrolment.' })
  from!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the pause; null: until resumeEnrolment.',
  })
  until?: string | null;
}

@ObjectType({ description: 'Result of pauseEnrolment.' })
export class PauseEnrolmentPayload extends MutationPayload {
  @Field(() => Enrolment, { nullable: true, description: 'The enrolment; null when errors is not empty.' })
  enrolment!: Enrolment | null;

  @Field(() => EnrolmentPause, {
    nullable: true,
    description: 'The new pause; null when errors is not empty.',
  })
  pause!: EnrolmentPause | null;
}

@InputType({ description: 'Ends the pause of an enrolment: the participant comes again from `on`.' })
export class ResumeEnrolmentInput {
  @Field(() => ID, { description: 'The enrolment.' })
  @IsId()
  enrolmentId!: string;

  @Field(() => DateScalar, {
    description: 'First day back; a pause covering the day before (or this day) ends.',
  })
  on!: string;
}

@ObjectType({ description: 'Result of resumeEnrolment.' })
export class ResumeEnrolmentPayload extends MutationPayload {
  @Field(() => Enrolment, { nullable: true, description: 'The enrolment; null when errors is not empty.' })
  enrolment!: Enrolment | null;

  @Field(() => EnrolmentPause, {
    nullable: true,
    description:
      'The shortened pause; null when it was resumed on its first day (then it is gone) or on errors.',
  })
  pause!: EnrolmentPause | null;
}

@InputType({
  description:
    'Corrects the recorded end of an enrolment: end date, outflow reason or both. Staff within ENROLMENT_CORRECTION_DAYS (90) after the recorded end, ADMIN always.',
})
export class CorrectEnrolmentEndInput {
  @Field(() => ID, { description: 'The ended enrolment.' })
  @IsId()
  enrolmentId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The right last day; omitted: unchanged.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The right outflow reason code; omitted: unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  outflowCode?: string | null;
}

@ObjectType({ description: 'Result of correctEnrolmentEnd.' })
export class CorrectEnrolmentEndPayload extends MutationPayload {
  @Field(() => Enrolment, {
    nullable: true,
    description: 'The corrected enrolment; null when errors is not empty.',
  })
  enrolment!: Enrolment | null;
}

@InputType({
  description:
    'Undoes the end of an enrolment: it runs again, open-ended, and its standing bookings book again. Staff within ENROLMENT_CORRECTION_DAYS after the end, ADMIN always.',
})
export class ReopenEnrolmentInput {
  @Field(() => ID, { description: 'The ended enrolment.' })
  @IsId()
  enrolmentId!: string;
}

@ObjectType({ description: 'Result of reopenEnrolment.' })
export class ReopenEnrolmentPayload extends MutationPayload {
  @Field(() => Enrolment, {
    nullable: true,
    description: 'The reopened enrolment; null when errors is not empty.',
  })
  enrolment!: Enrolment | null;
}
