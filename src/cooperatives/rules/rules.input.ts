import { IsEnum, IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { applyDecorators } from '../../shared/decorators';
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

/*
 * Each rule has a Create input (a new dated version) and an Update input (a correction of one version). The
 * period fields live in two base classes and the fields both inputs share are composed once below, so a rule's
 * field is declared in one place for both.
 */

/** An amount of a rule in euro cents; in a correction it may be omitted (it then stays). */
function RuleCents(description: string, options: { correction?: boolean } = {}): PropertyDecorator {
  if (!options.correction)
    return applyDecorators(
      Field(() => CentsScalar, { description }),
      IsCents(MAX_RULE_CENTS),
    );
  return applyDecorators(
    Field(() => CentsScalar, { nullable: true, description }),
    ValidateIf((input: Record<string | symbol, unknown>, value) => value !== undefined),
    IsCents(MAX_RULE_CENTS),
  );
}

/** An optional whole number within bounds; null clears it. */
function OptionalInt(description: string, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(max),
  );
}

/** An age limit in whole years (0-120). */
const MinAge = (description: string) => OptionalInt(description, 0, 120);

/** A rule code such as GENERAL: capitals, digits and underscores. */
function RuleCode(description: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  const matches = Matches(CODE, { message: CODE_MESSAGE });
  if (!options.nullable) return applyDecorators(Field({ description }), matches);
  return applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    matches,
  );
}

/** A fraction from 0.0001 to 1 (0.25 is 25%), stored as basis points. */
function Fraction(description: string, options: { correction?: boolean } = {}): PropertyDecorator {
  const checks = [
    IsNumber({}, { message: 'percentage must be a number' }),
    Min(0.0001, { message: 'percentage must be between 0.0001 and 1' }),
    Max(1, { message: 'percentage must be between 0.0001 and 1' }),
  ];
  if (!options.correction)
    return applyDecorators(
      Field(() => Float, { description }),
      ...checks,
    );
  return applyDecorators(
    Field(() => Float, { nullable: true, description }),
    ValidateIf((input: Record<string | symbol, unknown>, value) => value !== undefined),
    ...checks,
  );
}

/** The municipality a rule overrides the national one for; null: national. */
const MunicipalityOverride = (description: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsId(),
  );

@InputType({ description: 'The period of a new rule version (never used on its own).' })
abstract class NewRuleVersionInput {
  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({ description: 'The common part of a rule correction (never used on its own).' })
abstract class RuleCorrectionInput {
  @Field(() => ID, { description: 'The rule version to correct.' })
  @IsId()
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected first day; omitted: it stays.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrected last day; null: open-ended.' })
  validUntil?: string | null;
}

@InputType({
  description: 'A new version of a norm. An open-ended earlier version is closed the day before.',
})
export class CreateNormInput extends NewRuleVersionInput {
  @Field(() => Household, { description: 'Household composition.' })
  @IsEnum(Household)
  household!: Household;

  @Field(() => AgeBand, { description: 'Age band.' })
  @IsEnum(AgeBand)
  ageBand!: AgeBand;

  @RuleCents('Net amount per month in euro cents, holiday allowance included.')
  amountCents!: number;

  @OptionalInt(
    "A published per-person cost-sharers' norm for this many cost-sharers (2-20; the household is then not used); null or omitted for an ordinary norm.",
    2,
    20,
  )
  costSharers?: number | null;

  @MunicipalityOverride('Municipality it overrides the national norm for; null: national.')
  municipalityId?: string | null;
}

@InputType({
  description: 'A correction of a norm; omitted fields stay, validUntil null makes it open-ended.',
})
export class UpdateNormInput extends RuleCorrectionInput {
  @RuleCents('Corrected amount per month in euro cents.', { correction: true })
  amountCents?: number | null;
}

@InputType({ description: 'A new version of an earnings disregard rule.' })
export class CreateDisregardRuleInput extends NewRuleVersionInput {
  @RuleCode('Code, e.g. GENERAL; capitals, digits and underscores.')
  code!: string;

  @Fraction('Part of earnings disregarded as a fraction (0.25 is 25%), to 0.01%.')
  percentage!: number;

  @RuleCents('Most that is disregarded per month, in euro cents.')
  monthlyCapCents!: number;

  @OptionalInt('Most months per person (1-600); null: no limit.', 1, 600)
  maxMonths?: number | null;

  @MinAge('Minimum age (0-120); null: none.')
  minAge?: number | null;

  @Field(() => DisregardCondition, { description: 'Condition the member must meet.' })
  @IsEnum(DisregardCondition)
  condition!: DisregardCondition;

  @RuleCode('Code whose months must be used up first.', { nullable: true })
  startsAfterCode?: string | null;

  @RuleCode('Code of a national rule this one replaces while valid.', { nullable: true })
  replacesCode?: string | null;

  @MunicipalityOverride('Municipality it applies to; null: national.')
  municipalityId?: string | null;
}

@InputType({
  description:
    'A correction of a disregard rule; code and municipality stay. Omitted fields stay, null clears.',
})
export class UpdateDisregardRuleInput extends RuleCorrectionInput {
  @Fraction('Corrected fraction (0.25 is 25%).', { correction: true })
  percentage?: number | null;

  @RuleCents('Corrected monthly cap in euro cents.', { correction: true })
  monthlyCapCents?: number | null;

  @OptionalInt('Corrected month limit; null: no limit.', 1, 600)
  maxMonths?: number | null;

  @MinAge('Corrected minimum age; null: none.')
  minAge?: number | null;

  @Field(() => DisregardCondition, { nullable: true, description: 'Corrected condition.' })
  @ValidateIf((input: UpdateDisregardRuleInput) => input.condition !== undefined)
  @IsEnum(DisregardCondition)
  condition?: DisregardCondition | null;

  @RuleCode('Corrected predecessor code; null: none.', { nullable: true })
  startsAfterCode?: string | null;

  @RuleCode('Corrected replaced code; null: none.', { nullable: true })
  replacesCode?: string | null;
}

@InputType({ description: 'A new version of the volunteer allowance limits.' })
export class CreateVolunteerLimitInput extends NewRuleVersionInput {
  @RuleCents('Most per month, in euro cents.')
  monthlyCents!: number;

  @RuleCents('Most per calendar year, in euro cents.')
  yearlyCents!: number;

  @MinAge('Minimum age (0-120); null: none.')
  minAge?: number | null;

  @MunicipalityOverride('Municipality it applies to; null: national.')
  municipalityId?: string | null;
}

@InputType({ description: 'A correction of volunteer allowance limits; omitted fields stay.' })
export class UpdateVolunteerLimitInput extends RuleCorrectionInput {
  @RuleCents('Corrected monthly limit in euro cents.', { correction: true })
  monthlyCents?: number | null;

  @RuleCents('Corrected yearly limit in euro cents.', { correction: true })
  yearlyCents?: number | null;

  @MinAge('Corrected minimum age; null: none.')
  minAge?: number | null;
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
