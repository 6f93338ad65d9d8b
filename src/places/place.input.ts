import { IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId, IsName } from '../shared/validation';
import { Place } from './place.entity';

@InputType({ description: 'A new place.' })
export class CreatePlaceInput {
  @Field({ description: 'Name, unique within the organisation, at most 200 characters.' })
  @IsName(200)
  name!: string;

  @Field(() => ID, { description: 'Municipality the place is in.' })
  @IsId()
  municipalityId!: string;

  @Field(() => ID, { description: 'Organisation that runs the place.' })
  @IsId()
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'Street address, at most 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Description, at most 4000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@InputType({
  description: 'Changes to a place; omitted fields stay as they are, null clears an optional one.',
})
export class UpdatePlaceInput {
  @Field(() => ID, { description: 'The place to change.' })
  @IsId()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @ValidateIf((input: UpdatePlaceInput) => input.name !== undefined)
  @IsName(200)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'New municipality.' })
  @ValidateIf((input: UpdatePlaceInput) => input.municipalityId !== undefined)
  @IsId()
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'New address; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string | null;
}

@ObjectType({ description: 'Result of createPlace.' })
export class CreatePlacePayload extends MutationPayload {
  @Field(() => Place, { nullable: true, description: 'The new place; null when errors is not empty.' })
  place!: Place | null;
}

@ObjectType({ description: 'Result of updatePlace.' })
export class UpdatePlacePayload extends MutationPayload {
  @Field(() => Place, { nullable: true, description: 'The changed place; null when errors is not empty.' })
  place!: Place | null;
}
