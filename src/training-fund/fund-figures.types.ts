import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CentsScalar, MonthScalar } from '../shared/scalars';

@ObjectType({ description: 'A training fund’s money in one month. Amounts in euro cents.' })
export class FundMonth {
  @Field(() => MonthScalar, { description: 'The month, YYYY-MM.' })
  month!: string;
  @Field(() => CentsScalar, { description: 'Money put in (inleg) in the month.' })
  contributionsCents!: number;
  @Field(() => CentsScalar, { description: 'Repayments received in the month; waived amounts never count.' })
  repaymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Paid to training providers in the month.' })
  paymentsCents!: number;
  @Field(() => CentsScalar, {
    description: 'Balance at the month end: all contributions + repayments − payments up to that day.',
  })
  balanceCents!: number;
  @Field(() => CentsScalar, {
    description:
      'Still to be repaid at the month end under the schedules of hires started by then (due or not).',
  })
  receivablesCents!: number;
  @Field(() => CentsScalar, { description: 'Waived (kwijtgescholden) in the month.' })
  waivedCents!: number;
}

@ObjectType({
  description:
    'The figures of a training fund over whole months. Counts are of events in the months; the revolve rate and cost per hire are fund-to-date up to the last month.',
})
export class FundOverview {
  @Field(() => ID, { description: 'The fund.' })
  fundId!: string;
  @Field(() => MonthScalar, { description: 'First month.' })
  from!: string;
  @Field(() => MonthScalar, { description: 'Last month (inclusive).' })
  to!: string;
  @Field(() => CentsScalar, { description: 'Balance at the end of the day before the first month.' })
  openingBalanceCents!: number;
  @Field(() => [FundMonth], { description: 'Each month from `from` to `to`.' })
  months!: FundMonth[];
  @Field(() => CentsScalar, { description: 'Contributions in the months.' })
  contributionsCents!: number;
  @Field(() => CentsScalar, { description: 'Repayments in the months.' })
  repaymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Payments to providers in the months.' })
  paymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Waived in the months.' })
  waivedCents!: number;
  @Field(() => CentsScalar, { description: 'Balance at the end of the last month.' })
  balanceCents!: number;
  @Field(() => CentsScalar, { description: 'Receivables at the end of the last month.' })
  receivablesCents!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Revolve rate: repaid ÷ paid out, for grants that led to a hire, to date (0 to 1); null when nothing was paid for them.',
  })
  revolveRate!: number | null;
  @Field(() => Int, { description: 'People whose training was completed in the months.' })
  peopleTrained!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Completed ÷ (completed + stopped) of trainings that ended in the months; null when none ended.',
  })
  completionRate!: number | null;
  @Field(() => Int, { description: 'Hires that started in the months.' })
  hires!: number;
  @Field(() => Int, {
    description: 'Of those, hires that started within 12 months after the training was completed.',
  })
  hiresWithin12Months!: number;
  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Everything paid for training ÷ hires, to date, rounded to a cent; null without hires.',
  })
  averageCostPerHireCents!: number | null;
}

@ObjectType({ description: 'One month of a fund’s projection. Amounts in euro cents.' })
export class FundProjectionMonth {
  @Field(() => MonthScalar, { description: 'The month, YYYY-MM.' })
  month!: string;
  @Field(() => CentsScalar, {
    description: 'Open instalments due in the month (in the first month also what is overdue).',
  })
  scheduledRepaymentsCents!: number;
  @Field(() => CentsScalar, {
    description: 'Expected from grants without a hire yet, at the assumed hire rate under today’s rule.',
  })
  expectedRepaymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Projected balance at the month end.' })
  balanceCents!: number;
}

@ObjectType({
  description:
    'What comes back to a fund month by month from today, and how many trainings it can then afford at the current average cost.',
})
export class FundProjection {
  @Field(() => ID, { description: 'The fund.' })
  fundId!: string;
  @Field(() => Float, {
    description: 'The assumed share of trainings without a hire that lead to one (0 to 1).',
  })
  assumedHireRate!: number;
  @Field(() => CentsScalar, { description: 'Balance today.' })
  startBalanceCents!: number;
  @Field(() => CentsScalar, {
    description: 'What approved grants may still be paid (cost − paid), taken off at the start.',
  })
  committedPaymentsCents!: number;
  @Field(() => [FundProjectionMonth], { description: 'Each month from the current one.' })
  months!: FundProjectionMonth[];
  @Field(() => CentsScalar, { description: 'Scheduled repayments over the projection.' })
  scheduledRepaymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Expected repayments over the projection.' })
  expectedRepaymentsCents!: number;
  @Field(() => CentsScalar, { description: 'Projected balance at the end.' })
  endBalanceCents!: number;
  @Field(() => CentsScalar, {
    nullable: true,
    description:
      'Cost of one training used below: the average cost of approved grants, else the maximum per person.',
  })
  averageTrainingCostCents!: number | null;
  @Field(() => Int, {
    description: 'Trainings the projected end balance pays for at that cost (rounded down).',
  })
  affordableTrainings!: number;
}
