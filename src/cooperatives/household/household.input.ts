import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors';
import { DateScalar } from '../../shared/scalars';
import { IsId } from '../../shared/validation';
import { HouseholdRecord } from './household-record.entity';

/** Most housemates one record may hold. */
export const MAX_HOUSEMATES = 20;

@InputType({ description: 'A housemate: birth date and two facts, no name.' })
export class HousemateInput {
  @Field(() => DateScalar, { description: 'Birth date, on or before the record starts.' })
  birthDate!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Student with student finance, or BBL pupil; false if omitted.',
  })
  @IsOptional()
  @IsBoolean()
  student?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Lodger or landlord on commercial terms, shown by a contract; false if omitted.',
  })
  @IsOptional()
  @IsBoolean()
  commercial?: boolean | null;
}

@InputType({ description: "Who lives in a member's home from a date on." })
export class RecordHouseholdInput {
  @Field(() => ID, { description: 'The member.' })
  @IsId()
  memberId!: string;

  @Field(() => DateScalar, { description: 'First day of this composition; the same date again corrects it.' })
  from!: string;

  @Field(() => [HousemateInput], {
    description: `Everyone else whose main residence is the home (at most ${MAX_HOUSEMATES}); empty when the member lives alone or only with their partner and children under the age limit.`,
  })
  @ArrayMaxSize(MAX_HOUSEMATES)
  @ValidateNested({ each: true })
  housemates!: HousemateInput[];
}

@ObjectType({ description: 'Result of recordHousehold.' })
export class RecordHouseholdPayload {
  @Field(() => HouseholdRecord, {
    nullable: true,
    description: 'The record as stored; null when errors is not empty.',
  })
  householdRecord!: HouseholdRecord | null;

  @Field(() => [UserError], { description: 'What was wrong; empty on success.' })
  errors!: UserError[];
}
