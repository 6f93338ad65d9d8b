import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnterpriseKind } from './cooperative.enums';
import { CentsScalar } from '../shared/scalars';
import { NormBasis } from './household/norm-basis.types';
import { ForecastLimit } from './forecast.types';
import { Member } from './member.entity';

@ObjectType({ description: 'An earnings disregard that applied in a month.' })
export class AppliedRule {
  @Field({ description: 'Code of the rule, e.g. GENERAL.' })
  code!: string;

  @Field(() => Float, { description: 'Part of earnings disregarded, as a fraction (0.25 is 25%).' })
  percentage!: number;

  @Field(() => CentsScalar, { description: 'Monthly cap of the rule, in euro cents.' })
  capCents!: number;

  @Field(() => CentsScalar, { description: 'Amount disregarded this month, in euro cents.' })
  amountCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Months this rule has applied to the person, this one included.',
  })
  monthsUsed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months left after this one; null when the rule has no limit.',
  })
  monthsLeft!: number | null;

  @Field({ description: "True when it applied to the partner's earnings (couples)." })
  partner!: boolean;
}

/** The period of a volunteer allowance limit that a warning names. */
export enum WarningLimitPeriod {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(WarningLimitPeriod, {
  name: 'WarningLimitPeriod',
  description: 'The period of a limit named in a warning.',
  valuesConfig: {
    MONTH: { description: 'The limit per month.' },
    YEAR: { description: 'The limit per calendar year.' },
  },
});

@ObjectType({ description: 'Something the member should know, e.g. before a limit changes their income.' })
export class StatementWarning {
  @Field({
    description:
      'LAST_DISREGARD_MONTH, DISREGARD_USED_UP, EARNINGS_ABOVE_NORM, NO_DISREGARD_UNDER_27, VOLUNTEER_ALLOWANCE_ABOVE_LIMIT, NO_EARNINGS_RECORDED or HOUSEHOLD_CHANGED (the number of cost-sharers changed this month: previousCostSharers, costSharers).',
  })
  code!: string;

  @Field({
    description:
      'Explanation in English, for developers. Apps word the warning themselves from code and the parameters below.',
  })
  message!: string;

  @Field({ description: "True when the warning is about the partner's earnings (couples)." })
  partner!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of the disregard it is about (LAST_DISREGARD_MONTH, DISREGARD_USED_UP); null otherwise.',
  })
  ruleCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of months the disregard lasts (DISREGARD_USED_UP); null otherwise.',
  })
  maxMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Age in years below which the rule does not apply (NO_DISREGARD_UNDER_27, and VOLUNTEER_ALLOWANCE_ABOVE_LIMIT for a too young member); null otherwise.',
  })
  minAge?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description:
      'In euro cents: the counted income (EARNINGS_ABOVE_NORM) or the volunteer allowance (VOLUNTEER_ALLOWANCE_ABOVE_LIMIT); null otherwise.',
  })
  amountCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description:
      'In euro cents: the norm (EARNINGS_ABOVE_NORM) or the volunteer limit that was passed (VOLUNTEER_ALLOWANCE_ABOVE_LIMIT); null otherwise.',
  })
  limitCents?: number | null;

  @Field(() => WarningLimitPeriod, {
    nullable: true,
    description: 'Which volunteer limit was passed, the monthly or the yearly one; null otherwise.',
  })
  limitPeriod?: `${WarningLimitPeriod}` | null;

  @Field(() => String, {
    nullable: true,
    description: 'The month it is about, YYYY-MM (NO_EARNINGS_RECORDED); null otherwise.',
  })
  month?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of cost-sharers (A) in the month before (HOUSEHOLD_CHANGED); null otherwise.',
  })
  previousCostSharers?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of cost-sharers (A) this month (HOUSEHOLD_CHANGED); null otherwise.',
  })
  costSharers?: number | null;
}

@ObjectType({ description: "Where part of a member's earnings in a month came from: one enterprise." })
export class EarningsSource {
  @Field(() => ID, { description: 'The enterprise.' })
  enterpriseId!: string;

  @Field({ description: "The enterprise's name." })
  enterpriseName!: string;

  @Field(() => EnterpriseKind, { description: 'Own or joint enterprise.' })
  enterpriseKind!: EnterpriseKind;

  @Field(() => Int, { description: "The member's share of the enterprise in basis points (10000 is 100%)." })
  shareBasisPoints!: number;

  @Field(() => CentsScalar, {
    description:
      "The member's part of the enterprise's net result (revenue − costs) this month, in euro cents.",
  })
  memberCents!: number;
}

@ObjectType({ description: "A member's benefit statement for one month (amounts in euro cents)." })
export class BenefitStatement {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => CentsScalar, { description: 'The norm for the household, holiday allowance included.' })
  normCents!: number;

  @Field(() => Int, {
    description:
      'A: the member, the partner (couples) and the housemates who count as cost-sharers this month (1 or more).',
  })
  costSharers!: number;

  @Field(() => NormBasis, { description: 'Which norm applied and why, in plain words.' })
  normBasis!: NormBasis;

  @Field(() => CentsScalar, { description: "Net earnings from work: the member's plus the partner's." })
  earningsCents!: number;

  @Field(() => CentsScalar, { description: "The member's own net earnings (own enterprises and shares)." })
  memberEarningsCents!: number;

  @Field(() => CentsScalar, { description: "The partner's net earnings (couples; 0 otherwise)." })
  partnerEarningsCents!: number;

  @Field(() => CentsScalar, { description: 'Earnings not counted as income (the applied disregards).' })
  disregardCents!: number;

  @Field(() => CentsScalar, { description: 'Volunteer allowance received.' })
  volunteerAllowanceCents!: number;

  @Field(() => CentsScalar, { description: 'Part of the volunteer allowance counted as income.' })
  volunteerAllowanceCountedCents!: number;

  @Field(() => CentsScalar, { description: 'Earnings − disregard + counted volunteer allowance.' })
  countedIncomeCents!: number;

  @Field(() => CentsScalar, { description: 'Norm − counted income, never below 0.' })
  benefitCents!: number;

  @Field(() => CentsScalar, {
    description: 'Holiday allowance reserved from the benefit (5/105), paid once a year.',
  })
  holidayAllowanceReservedCents!: number;

  @Field(() => CentsScalar, { description: 'Paid out this month: benefit − reserved holiday allowance.' })
  paidOutCents!: number;

  @Field(() => CentsScalar, { description: 'Benefit + earnings + volunteer allowance.' })
  totalIncomeCents!: number;

  @Field(() => Float, {
    description: 'Part of the norm the member earned themselves: (norm − benefit) / norm.',
  })
  earnedShare!: number;

  @Field(() => [AppliedRule], { description: 'The disregards that applied (at most one per person).' })
  appliedRules!: AppliedRule[];

  @Field(() => [StatementWarning], { description: 'Warnings for this month.' })
  warnings!: StatementWarning[];

  @Field(() => [EarningsSource], {
    description:
      "The enterprises the member's own earnings came from, largest first; they add up to memberEarningsCents.",
  })
  earningsSources!: EarningsSource[];

  @Field(() => [ForecastLimit], {
    nullable: true,
    description:
      'Only on benefitForecast: the limits these figures reach next (disregard months left, the earnings from which the benefit is 0); null on a statement of recorded figures.',
  })
  limits?: ForecastLimit[] | null;
}

@ObjectType({ description: 'Totals of a year of statements, in euro cents.' })
export class BenefitTotals {
  @Field(() => CentsScalar, { description: 'Sum of the norms.' })
  normCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of net earnings from work.' })
  earningsCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of the disregards.' })
  disregardCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of volunteer allowances.' })
  volunteerAllowanceCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of counted income.' })
  countedIncomeCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of the benefit.' })
  benefitCents!: number;

  @Field(() => CentsScalar, {
    description: 'Holiday allowance reserved over the year (paid out once a year).',
  })
  holidayAllowanceReservedCents!: number;

  @Field(() => CentsScalar, { description: 'Sum paid out monthly.' })
  paidOutCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of total income.' })
  totalIncomeCents!: number;

  @Field(() => Float, {
    description: 'Part of the summed norms earned by the member: (norm − benefit) / norm.',
  })
  earnedShare!: number;
}

@ObjectType({ description: "A member's statements for one year." })
export class BenefitYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => [BenefitStatement], {
    description: 'One statement per month of the year from the benefit start on (twelve for a whole year).',
  })
  statements!: BenefitStatement[];

  @Field(() => BenefitTotals, { description: 'Totals of these statements.' })
  totals!: BenefitTotals;
}

@ObjectType({ description: "One member's line in a cooperative's monthly overview." })
export class CooperativeOverviewLine {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Net earnings from work; null when not computable.',
  })
  earningsCents!: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'The norm; null when not computable.' })
  normCents!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A, the number of cost-sharers; null when not computable.',
  })
  costSharers!: number | null;

  @Field(() => NormBasis, {
    nullable: true,
    description: 'Which norm applied and why; null when not computable.',
  })
  normBasis!: NormBasis | null;

  @Field(() => CentsScalar, { nullable: true, description: 'The benefit; null when not computable.' })
  benefitCents!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Benefit the member earned back themselves: norm − benefit; null when not computable.',
  })
  earnedBackCents!: number | null;

  @Field(() => Float, { nullable: true, description: '(norm − benefit) / norm; null when not computable.' })
  earnedShare!: number | null;

  @Field(() => [StatementWarning], { description: "The month's warnings." })
  warnings!: StatementWarning[];

  @Field(() => String, {
    nullable: true,
    description: 'Why no statement could be computed (e.g. no rule valid for the month); null otherwise.',
  })
  problem!: string | null;
}

@ObjectType({
  description: "A cooperative's members in one month, for the cooperative and its municipality.",
})
export class CooperativeOverview {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => [CooperativeOverviewLine], { description: 'Members on a benefit in this month, by name.' })
  members!: CooperativeOverviewLine[];

  @Field(() => CentsScalar, { description: "Sum of the members' net earnings." })
  totalEarningsCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of the benefit paid to the members.' })
  totalBenefitCents!: number;

  @Field(() => CentsScalar, {
    description: 'Benefit the members earned back themselves: the sum of norm − benefit.',
  })
  totalEarnedBackCents!: number;
}
