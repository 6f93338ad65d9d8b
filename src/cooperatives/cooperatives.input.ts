import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { IsId, IsName } from '../shared/validation';
import { EnterpriseKind, Household } from './cooperative.enums';
import { IsCents } from './cooperatives.validation';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { Enterprise } from './enterprise.entity';
import { Member } from './member.entity';
import { IsMonth } from '../shared/validation';
import { EarningsFigures, MemberIncomeFigures, RecordOutcome } from './earnings.types';

const EXPECTED_VERSION =
  'The version of the figure you read (0: you expect none yet). When it has changed since, nothing is written and the answer is STALE with the current figures. Omit to write regardless.';

@InputType({ description: 'A new member of a cooperative.' })
export class CreateMemberInput {
  @Field(() => ID, { description: 'The cooperative (an organisation of kind COOPERATIVE).' })
  @IsId()
  cooperativeId!: string;

  @Field({ description: 'Name shown in the cooperative, at most 200 characters.' })
  @IsName(200)
  displayName!: string;

  @Field(() => DateScalar, { description: 'Birth date; the member must be 18 or older at benefit start.' })
  birthDate!: string;

  @Field(() => ID, { description: 'The municipality paying the benefit.' })
  @IsId()
  municipalityId!: string;

  @Field(() => Household, { description: 'Household composition.' })
  @IsEnum(Household)
  household!: Household;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Birth date of the youngest child; single parents only.',
  })
  youngestChildBirthDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Medically limited working hours or part-time work with a wage-cost subsidy; false if omitted.',
  })
  @IsOptional()
  @IsBoolean()
  medicalLimitation?: boolean | null;

  @Field(() => DateScalar, { description: 'First day of the benefit.' })
  benefitStart!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the membership.' })
  membershipStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the trial period, if any.' })
  trialPeriodEnd?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The partner's birth date; required for couples." })
  partnerBirthDate?: string | null;
}

@InputType({ description: "A member's share in an enterprise." })
export class EnterpriseShareInput {
  @Field(() => ID, { description: 'The member, of the same cooperative.' })
  @IsId()
  memberId!: string;

  @Field(() => Float, {
    description: 'Share in percent (0.01-100, at most two decimals); shares add up to 100.',
  })
  @IsNumber({}, { message: 'percent must be a number' })
  @Min(0.01, { message: 'percent must be between 0.01 and 100' })
  @Max(100, { message: 'percent must be between 0.01 and 100' })
  percent!: number;
}

@InputType({ description: 'A new enterprise in a cooperative.' })
export class CreateEnterpriseInput {
  @Field(() => ID, { description: 'The cooperative.' })
  @IsId()
  cooperativeId!: string;

  @Field({ description: 'Name, unique within the cooperative, at most 200 characters.' })
  @IsName(200)
  name!: string;

  @Field(() => EnterpriseKind, { description: 'OWN (one member, 100%) or JOINT (two or more members).' })
  @IsEnum(EnterpriseKind)
  kind!: EnterpriseKind;

  @Field(() => [EnterpriseShareInput], { description: "The members' shares; they add up to 100%." })
  @ArrayMinSize(1, { message: 'shares must name at least one member' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  shares!: EnterpriseShareInput[];
}

@InputType({ description: "An enterprise's revenue and costs in one month; recording again corrects it." })
export class RecordEarningsInput {
  @Field(() => ID, { description: 'The enterprise.' })
  @IsId()
  enterpriseId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @IsMonth()
  month!: string;

  @Field(() => CentsScalar, { description: 'Revenue in euro cents, 0 or more.' })
  @IsCents()
  revenueCents!: number;

  @Field(() => CentsScalar, { description: 'Declared business costs in euro cents, 0 or more.' })
  @IsCents()
  costsCents!: number;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  @IsOptional()
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(0, { message: 'expectedVersion must be 0 or more' })
  expectedVersion?: number | null;
}

@InputType({
  description: "A member's other income in one month; recording again corrects it (omitted fields stay).",
})
export class RecordMemberIncomeInput {
  @Field(() => ID, { description: 'The member.' })
  @IsId()
  memberId!: string;

  @Field({ description: 'The month, YYYY-MM.' })
  @IsMonth()
  month!: string;

  @Field(() => CentsScalar, { nullable: true, description: 'Volunteer allowance received, in euro cents.' })
  @IsOptional()
  @IsCents()
  volunteerAllowanceCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: "The partner's net earnings from work, in euro cents; couples only.",
  })
  @IsOptional()
  @IsCents()
  partnerEarningsCents?: number | null;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  @IsOptional()
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(0, { message: 'expectedVersion must be 0 or more' })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'Result of createMember.' })
export class CreateMemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: 'The new member; null when errors is not empty.' })
  member!: Member | null;
}

@ObjectType({ description: 'Result of createEnterprise.' })
export class CreateEnterprisePayload extends MutationPayload {
  @Field(() => Enterprise, {
    nullable: true,
    description: 'The new enterprise; null when errors is not empty.',
  })
  enterprise!: Enterprise | null;
}

@ObjectType({ description: 'Result of recordEarnings.' })
export class RecordEarningsPayload extends MutationPayload {
  @Field(() => EnterpriseEarnings, {
    nullable: true,
    description: "The month's earnings as stored; null when errors is not empty.",
  })
  earnings!: EnterpriseEarnings | null;

  @Field(() => RecordOutcome, {
    nullable: true,
    description: 'CREATED or REPLACED; null when errors is not empty.',
  })
  outcome!: RecordOutcome | null;

  @Field(() => EarningsFigures, {
    nullable: true,
    description: 'The figures that were replaced; null when created.',
  })
  previous!: EarningsFigures | null;

  @Field(() => EnterpriseEarnings, {
    nullable: true,
    description: 'On STALE: the figures as stored now (with their version), so you can check and send again.',
  })
  current!: EnterpriseEarnings | null;
}

@ObjectType({ description: 'Result of recordMemberIncome.' })
export class RecordMemberIncomePayload extends MutationPayload {
  @Field(() => MemberIncome, {
    nullable: true,
    description: "The month's other income as stored; null when errors is not empty.",
  })
  income!: MemberIncome | null;

  @Field(() => RecordOutcome, {
    nullable: true,
    description: 'CREATED or REPLACED; null when errors is not empty.',
  })
  outcome!: RecordOutcome | null;

  @Field(() => MemberIncomeFigures, {
    nullable: true,
    description: 'The figures that were replaced; null when created.',
  })
  previous!: MemberIncomeFigures | null;

  @Field(() => MemberIncome, {
    nullable: true,
    description: 'On STALE: the figures as stored now (with their version), so you can check and send again.',
  })
  current!: MemberIncome | null;
}
