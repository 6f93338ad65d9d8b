import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { ParticipantFundingRequest } from './funding-request.entity';
import { IsCalendarDate } from './funding.validation';
import { ParticipantFundingLink } from './participant-funding-link.entity';

@InputType({
  description:
    "Asks the funder to count a participant for a person-bound agreement (Wlz, Wmo maatwerk) from a date. The place's staff.",
})
export class RequestParticipantFundingInput {
  @Field(() => ID, {
    description: 'An ACCEPTED PER_ATTENDED_DAYPART or PER_PARTICIPANT_MONTH agreement on your place.',
  })
  @IsId()
  agreementId!: string;

  @Field(() => ID, { description: "A participant of the place's organisation." })
  @IsId()
  participantId!: string;

  @Field(() => DateScalar, { description: "First day to count; within the agreement's months." })
  @IsCalendarDate()
  from!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day to count, within the agreement's months; null: until the agreement ends.",
  })
  @IsOptional()
  @IsCalendarDate()
  until?: string | null;
}

@ObjectType({ description: 'Result of requestParticipantFunding.' })
export class RequestParticipantFundingPayload {
  @Field(() => ParticipantFundingRequest, {
    nullable: true,
    description: 'The open request; null on errors.',
  })
  request!: ParticipantFundingRequest | null;

  @Field(() => [UserError], { description: 'What was wrong; empty on success.' })
  errors!: UserError[];
}

@InputType({
  description: 'The funder approves or rejects an open request; an approval links the participant.',
})
export class DecideParticipantFundingInput {
  @Field(() => ID, { description: 'The open request.' })
  @IsId()
  requestId!: string;

  @Field({ description: 'true: approve and link the participant; false: reject.' })
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why, at most 500 characters; the place sees it. Write no personal details.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@ObjectType({ description: 'Result of decideParticipantFunding.' })
export class DecideParticipantFundingPayload {
  @Field(() => ParticipantFundingRequest, {
    nullable: true,
    description: 'The decided request; null on errors.',
  })
  request!: ParticipantFundingRequest | null;

  @Field(() => ParticipantFundingLink, { nullable: true, description: 'The link an approval created.' })
  link!: ParticipantFundingLink | null;

  @Field(() => [UserError], { description: 'What was wrong; empty on success.' })
  errors!: UserError[];
}
