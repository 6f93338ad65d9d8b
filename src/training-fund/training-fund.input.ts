import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { IsId, IsName } from '../shared/validation';
import { FundRule } from './fund-rule.entity';
import { InstalmentRepayment, RepaymentInstalment } from './repayment.entity';
import { FundContribution, TrainingFund } from './training-fund.entity';
import { EarlyEndRule, TrainingOutcome } from './training-fund.enums';
import { TrainingGrant, TrainingPayment } from './training-grant.entity';

const positive = { message: '$property must be at least 1 cent' };

@InputType({ description: 'A new training fund owned by a funder organisation.' })
export class CreateTrainingFundInput {
  @Field(() => ID, { description: 'The owner: the region’s or municipality’s organisation (FUNDER).' })
  @IsId()
  ownerId!: string;

  @Field({ description: 'Name, unique within the owner (at most 200 characters).' })
  @IsName(200)
  name!: string;
}

@InputType({ description: 'Money put into a fund.' })
export class RecordFundContributionInput {
  @Field(() => ID, { description: 'The fund.' })
  @IsId()
  fundId!: string;

  @Field(() => ID, { description: 'The organisation that put the money in.' })
  @IsId()
  contributorId!: string;

  @Field(() => DateScalar, { description: 'Day the money came in, YYYY-MM-DD.' })
  date!: string;

  @Field(() => CentsScalar, { description: 'Amount in euro cents, at least 1.' })
  @Min(1, positive)
  amountCents!: number;
}

@InputType({
  description:
    'A rule of a fund from a date on. It applies to applications and hires from that date; existing schedules keep their rule.',
})
export class CreateFundRuleInput {
  @Field(() => ID, { description: 'The fund.' })
  @IsId()
  fundId!: string;

  @Field(() => DateScalar, { description: 'First day the rule applies; one rule per fund and day.' })
  validFrom!: string;

  @Field(() => CentsScalar, {
    description: 'Most the fund pays for one person’s trainings, in euro cents (≥ 0).',
  })
  @Min(0, { message: 'maxPerPersonCents must not be negative' })
  maxPerPersonCents!: number;

  @Field(() => Float, { description: 'Share of the paid-out cost the employer repays, 0 to 1 (0.5 = 50%).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'repaymentShare must be between 0 and 1' })
  @Max(1, { message: 'repaymentShare must be between 0 and 1' })
  repaymentShare!: number;

  @Field(() => Int, { description: 'Months employed before the first instalment is due, 0 to 120.' })
  @IsInt()
  @Min(0, { message: 'retentionMonths must be between 0 and 120' })
  @Max(120, { message: 'retentionMonths must be between 0 and 120' })
  retentionMonths!: number;

  @Field(() => Int, { description: 'Number of instalments, 1 to 120.' })
  @IsInt()
  @Min(1, { message: 'instalments must be between 1 and 120' })
  @Max(120, { message: 'instalments must be between 1 and 120' })
  instalments!: number;

  @Field(() => Int, { description: 'Months between instalments, 1 to 24.' })
  @IsInt()
  @Min(1, { message: 'instalmentIntervalMonths must be between 1 and 24' })
  @Max(24, { message: 'instalmentIntervalMonths must be between 1 and 24' })
  instalmentIntervalMonths!: number;

  @Field(() => EarlyEndRule, { description: 'What is still owed when the employment ends early.' })
  @IsEnum(EarlyEndRule)
  earlyEnd!: EarlyEndRule;

  @Field(() => [String], {
    nullable: true,
    description:
      'Levels the fund pays for, e.g. ["MBO-1", "MBO-2"]; empty or left out means any level (≤ 20).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsName(50, { each: true })
  eligibleLevels?: string[] | null;
}

@InputType({
  description: 'An application for a training grant, by staff of the participant’s organisation.',
})
export class ApplyForTrainingInput {
  @Field(() => ID, { description: 'The fund.' })
  @IsId()
  fundId!: string;

  @Field(() => ID, { description: 'The participant the course is for.' })
  @IsId()
  participantId!: string;

  @Field({ description: 'Course name (at most 200 characters).' })
  @IsName(200)
  course!: string;

  @Field({ description: 'Training provider (at most 200 characters).' })
  @IsName(200)
  provider!: string;

  @Field({ description: 'Level, e.g. "MBO-2" (at most 50 characters).' })
  @IsName(50)
  level!: string;

  @Field(() => CentsScalar, { description: 'Cost of the course in euro cents, at least 1.' })
  @Min(1, positive)
  costCents!: number;

  @Field(() => DateScalar, { description: 'First day of the course.' })
  start!: string;

  @Field(() => DateScalar, { description: 'Planned last day of the course, not before start.' })
  end!: string;
}

@InputType({ description: 'The fund’s decision on an application.' })
export class DecideTrainingGrantInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsId()
  grantId!: string;

  @Field({ description: 'true approves, false rejects.' })
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Reason for the decision (at most 2000 characters); required when rejecting.',
  })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType({ description: 'A payment from the fund to the provider for an approved grant.' })
export class RecordTrainingPaymentInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsId()
  grantId!: string;

  @Field(() => DateScalar, { description: 'Day of payment.' })
  date!: string;

  @Field(() => CentsScalar, {
    description: 'Amount in euro cents, at least 1; all payments together at most the grant’s cost.',
  })
  @Min(1, positive)
  amountCents!: number;
}

@InputType({ description: 'How and when a course ended.' })
export class CompleteTrainingInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsId()
  grantId!: string;

  @Field(() => DateScalar, { description: 'Day the course was completed or stopped, not before its start.' })
  date!: string;

  @Field(() => TrainingOutcome, { description: 'COMPLETED or STOPPED.' })
  @IsEnum(TrainingOutcome)
  outcome!: TrainingOutcome;
}

@InputType({
  description:
    'A paid job after the training: creates the repayment schedule from the fund rule in force on the start date.',
})
export class RecordHireInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsId()
  grantId!: string;

  @Field(() => ID, { description: 'The employer organisation.' })
  @IsId()
  employerId!: string;

  @Field(() => DateScalar, { description: 'First day of the job.' })
  start!: string;
}

@InputType({
  description: 'The job behind a hire ended early; recalculates what remains owed under its rule.',
})
export class RecordEmploymentEndInput {
  @Field(() => ID, { description: 'The grant.' })
  @IsId()
  grantId!: string;

  @Field(() => DateScalar, { description: 'Last day of the job, not before its start.' })
  date!: string;
}

@InputType({ description: 'Money an employer paid back against an instalment.' })
export class RecordRepaymentInput {
  @Field(() => ID, { description: 'The instalment.' })
  @IsId()
  instalmentId!: string;

  @Field(() => DateScalar, { description: 'Day the money came in, not before the hire.' })
  date!: string;

  @Field(() => CentsScalar, {
    description: 'Amount in euro cents, at least 1 and at most what is still open.',
  })
  @Min(1, positive)
  amountCents!: number;
}

@InputType({
  description: 'Waives what is still open on an instalment; the waived part never counts as repaid.',
})
export class WaiveInstalmentInput {
  @Field(() => ID, { description: 'The instalment.' })
  @IsId()
  instalmentId!: string;

  @Field({ description: 'Why (at most 2000 characters).' })
  @IsName(2000)
  reason!: string;
}

@ObjectType({ description: 'Result of createTrainingFund.' })
export class CreateTrainingFundPayload extends MutationPayload {
  @Field(() => TrainingFund, { nullable: true, description: 'The new fund; null on errors.' })
  fund!: TrainingFund | null;
}

@ObjectType({ description: 'Result of recordFundContribution.' })
export class RecordFundContributionPayload extends MutationPayload {
  @Field(() => FundContribution, { nullable: true, description: 'The contribution; null on errors.' })
  contribution!: FundContribution | null;
}

@ObjectType({ description: 'Result of createFundRule.' })
export class CreateFundRulePayload extends MutationPayload {
  @Field(() => FundRule, { nullable: true, description: 'The new rule; null on errors.' })
  rule!: FundRule | null;
}

@ObjectType({ description: 'Result of a mutation on a training grant.' })
export class TrainingGrantPayload extends MutationPayload {
  @Field(() => TrainingGrant, { nullable: true, description: 'The grant after the change; null on errors.' })
  grant!: TrainingGrant | null;
}

@ObjectType({ description: 'Result of recordTrainingPayment.' })
export class RecordTrainingPaymentPayload extends MutationPayload {
  @Field(() => TrainingPayment, { nullable: true, description: 'The payment; null on errors.' })
  payment!: TrainingPayment | null;
}

@ObjectType({ description: 'Result of recordRepayment.' })
export class RecordRepaymentPayload extends MutationPayload {
  @Field(() => InstalmentRepayment, { nullable: true, description: 'The repayment; null on errors.' })
  repayment!: InstalmentRepayment | null;
}

@ObjectType({ description: 'Result of waiveInstalment.' })
export class WaiveInstalmentPayload extends MutationPayload {
  @Field(() => RepaymentInstalment, { nullable: true, description: 'The instalment; null on errors.' })
  instalment!: RepaymentInstalment | null;
}
