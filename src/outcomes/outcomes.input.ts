/** Inputs and payloads of the outcomes feature; each input is named after its mutation. */
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { todayInAmsterdam } from '../shared/clock';
import { DateScalar, isCalendarDate } from '../shared/scalars';
import { IsId } from '../shared/validation';
import { LadderPosition } from './ladder-position.entity';

/** Longest note on a ladder position, in characters. */
export const MAX_LADDER_NOTE = 500;

@InputType({ description: "A participant's position on the participation ladder on a date." })
export class RecordLadderPositionInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;

  @Field(() => DateScalar, { description: 'The day the position was judged; not in the future.' })
  @ValidateBy({
    name: 'isNotInFuture',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value) && value <= todayInAmsterdam(),
      defaultMessage: () => 'date must not be in the future',
    },
  })
  date!: string;

  @Field(() => Int, { description: 'The rung, 1 (isolated) to 6 (paid work without support).' })
  @IsInt({ message: 'rung must be a whole number from 1 to 6' })
  @Min(1, { message: 'rung must be a whole number from 1 to 6' })
  @Max(6, { message: 'rung must be a whole number from 1 to 6' })
  rung!: number;

  @Field(() => String, { nullable: true, description: 'Optional note, at most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LADDER_NOTE, { message: `note must be at most ${MAX_LADDER_NOTE} characters` })
  note?: string | null;
}

@ObjectType({ description: 'Result of recordLadderPosition.' })
export class RecordLadderPositionPayload extends MutationPayload {
  @Field(() => LadderPosition, {
    nullable: true,
    description: 'The position; null when nothing was written.',
  })
  ladderPosition!: LadderPosition | null;
}

@InputType({
  description:
    'Whose figures: exactly one of a place, an organisation (its places) or a municipality (its places).',
})
export class OutcomeScope {
  @Field(() => ID, { nullable: true, description: 'One place.' })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every place of an operator (organisation).' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every place in a municipality.' })
  municipalityId?: string | null;
}
