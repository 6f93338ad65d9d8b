import { IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { Enrolment } from './enrolment.entity';

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
