import { IsEnum, IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId, IsName } from '../shared/validation';
import { Organisation, OrganisationKind } from './organisation.entity';

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field({ description: 'Name, unique, at most 200 characters.' })
  @IsName(200)
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => ID, { nullable: true, description: 'Home municipality, if the organisation has one.' })
  @IsOptional()
  @IsId()
  municipalityId?: string | null;
}

@ObjectType({ description: 'Result of createOrganisation.' })
export class CreateOrganisationPayload extends MutationPayload {
  @Field(() => Organisation, {
    nullable: true,
    description: 'The new organisation; null when errors is not empty.',
  })
  organisation!: Organisation | null;
}
