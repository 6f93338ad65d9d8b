import { Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsName } from '../shared/validation';
import { Municipality } from './municipality.entity';

@InputType({ description: 'A new municipality.' })
export class CreateMunicipalityInput {
  @Field({ description: 'Name, at most 100 characters.' })
  @IsName(100)
  name!: string;

  @Field({ description: 'CBS code: GM and four digits, e.g. GM0935.' })
  @Matches(/^GM\d{4}$/, { message: 'code must be GM followed by four digits, e.g. GM0935' })
  code!: string;
}

@ObjectType({ description: 'Result of createMunicipality.' })
export class CreateMunicipalityPayload extends MutationPayload {
  @Field(() => Municipality, {
    nullable: true,
    description: 'The new municipality; null when errors is not empty.',
  })
  municipality!: Municipality | null;
}
