import { IsEnum, IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../shared/errors';
import { CentsScalar, DateScalar } from '../../shared/scalars';
import { IsId } from '../../shared/validation';
import { AgeBand, DisregardCondition, Household } from '../cooperative.enums';
import { IsCents } from '../cooperatives.validation';
import { DisregardRule } from './disregard-rule.entity';
import { Norm } from './norm.entity';
import { VolunteerLimit } from './volunteer-limit.entity';

const CODE = /^[A-Z][A-Z0-9_]{0,49}$/;
const CODE_MESSAGE = '$property must be 1-50 capitals, digits or underscores, starting with a capital';
const MAX_RULE_CENTS = 100_000_000;

@InputType({
  description: 'A new version of a norm. An open-ended earlier version is closed the day before.',
})
export class CreateNormInput {
  @Field(() => Household, { description: 'Household composition.' })
  @IsEnum(Household)
  household!: Household;

  @Field(() => AgeBand, { description: 'Age band.' })
  @IsEnum(AgeBand)
  ageBand!: AgeBand;

  @Field(() => CentsScalar, {
    description: 'Net amount per month in euro cents, holiday allowance included.',
  })
  @IsCents(MAX_RULE_CENTS)
  amountCents!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "A published per-person cost-sharers' norm for this many cost-sharers (2-20; the household is then not used); null or omitted for an ordinary norm.",
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(20)
  costSharers?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Municipality it overrides the national norm for; null: national.',
  })
  @IsOptional()
  @IsId()
  municipalityId?: string | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({
  description: 'A correction of a norm; omitted fields stay, validUntil null makes it open-ended.',
})
export class UpdateNormInput {
  @Field(() => ID, { description: 'The norm.' })
  @IsId()
  id!: string;

  @Field(() => CentsScalar, { nullable: true, description: 'Corrected amount per month in euro cents.' })
  @ValidateIf((input: UpdateNormInput) => input.amountCents !== undefined)
  @IsCents(MAX_RULE_CENTS)
  amountCents?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected first day.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected last day; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({ description: 'A new version of an earnings disregard rule.' })
export class CreateDisregardRuleInput {
  @Field({ description: 'Code, e.g. GENERAL; capitals, digits and underscores.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => Float, { description: 'Part of earnings disregarded as a fraction (0.25 is 25%), to 0.01%.' })
  @IsNumber({}, { message: 'percentage must be a number' })
  @Min(0.0001, { message: 'percentage must be between 0.0001 and 1' })
  @Max(1, { message: 'percentage must be between 0.0001 and 1' })
  percentage!: number;

  @Field(() => CentsScalar, { description: 'Most that is disregarded per month, in euro cents.' })
  @IsCents(MAX_RULE_CENTS)
  monthlyCapCents!: number;

  @Field(() => Int, { nullable: true, description: 'Most months per person (1-600); null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  maxMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age (0-120); null: none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => DisregardCondition, { description: 'Condition the member must meet.' })
  @IsEnum(DisregardCondition)
  condition!: DisregardCondition;

  @Field(() => String, { nullable: true, description: 'Code whose months must be used up first.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  startsAfterCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of a national rule this one replaces while valid.',
  })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  replacesCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipality it applies to; null: national.' })
  @IsOptional()
  @IsId()
  municipalityId?: string | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({
  description:
    'A correction of a disregard rule; code and municipality stay. Omitted fields stay, null clears.',
})
export class UpdateDisregardRuleInput {
  @Field(() => ID, { description: 'The rule.' })
  @IsId()
  id!: string;

  @Field(() => Float, { nullable: true, description: 'Corrected fraction (0.25 is 25%).' })
  @ValidateIf((input: UpdateDisregardRuleInput) => input.percentage !== undefined)
  @IsNumber({}, { message: 'percentage must be a number' })
  @Min(0.0001, { message: 'percentage must be between 0.0001 and 1' })
  @Max(1, { message: 'percentage must be between 0.0001 and 1' })
  percentage?: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'Corrected monthly cap in euro cents.' })
  @ValidateIf((input: UpdateDisregardRuleInput) => input.monthlyCapCents !== undefined)
  @IsCents(MAX_RULE_CENTS)
  monthlyCapCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Corrected month limit; null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  maxMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Corrected minimum age; null: none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => DisregardCondition, { nullable: true, description: 'Corrected condition.' })
  @ValidateIf((input: UpdateDisregardRuleInput) => input.condition !== undefined)
  @IsEnum(DisregardCondition)
  condition?: DisregardCondition | null;

  @Field(() => String, { nullable: true, description: 'Corrected predecessor code; null: none.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  startsAfterCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Corrected replaced code; null: none.' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  replacesCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected first day.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected last day; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({ description: 'A new version of the volunteer allowance limits.' })
export class CreateVolunteerLimitInput {
  @Field(() => CentsScalar, { description: 'Most per month, in euro cents.' })
  @IsCents(MAX_RULE_CENTS)
  monthlyCents!: number;

  @Field(() => CentsScalar, { description: 'Most per calendar year, in euro cents.' })
  @IsCents(MAX_RULE_CENTS)
  yearlyCents!: number;

  @Field(() => Int, { nullable: true, description: 'Minimum age (0-120); null: none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => ID, { nullable: true, description: 'Municipality it applies to; null: national.' })
  @IsOptional()
  @IsId()
  municipalityId?: string | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({ description: 'A correction of volunteer allowance limits; omitted fields stay.' })
export class UpdateVolunteerLimitInput {
  @Field(() => ID, { description: 'The limits to correct.' })
  @IsId()
  id!: string;

  @Field(() => CentsScalar, { nullable: true, description: 'Corrected monthly limit in euro cents.' })
  @ValidateIf((input: UpdateVolunteerLimitInput) => input.monthlyCents !== undefined)
  @IsCents(MAX_RULE_CENTS)
  monthlyCents?: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'Corrected yearly limit in euro cents.' })
  @ValidateIf((input: UpdateVolunteerLimitInput) => input.yearlyCents !== undefined)
  @IsCents(MAX_RULE_CENTS)
  yearlyCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Corrected minimum age; null: none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected first day.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected last day; null: open-ended.' })
  validUntil?: string | null;
}

@ObjectType({ description: 'Result of createNorm and updateNorm.' })
export class NormPayload extends MutationPayload {
  @Field(() => Norm, { nullable: true, description: 'The norm; null when errors is not empty.' })
  norm!: Norm | null;
}

@ObjectType({ description: 'Result of createDisregardRule and updateDisregardRule.' })
export class DisregardRulePayload extends MutationPayload {
  @Field(() => DisregardRule, { nullable: true, description: 'The rule; null when errors is not empty.' })
  disregardRule!: DisregardRule | null;
}

@ObjectType({ description: 'Result of createVolunteerLimit and updateVolunteerLimit.' })
export class VolunteerLimitPayload extends MutationPayload {
  @Field(() => VolunteerLimit, { nullable: true, description: 'The limits; null when errors is not empty.' })
  volunteerLimit!: VolunteerLimit | null;
}
