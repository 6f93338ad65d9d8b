import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { Participant } from '../participants';
import { BaseEntity } from '../shared/base.entity';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { FundRule } from './fund-rule.entity';
import { CENTS } from '../shared/cents.column';
import { TrainingFund } from './training-fund.entity';
import { GrantStatus, TrainingOutcome } from './training-fund.enums';

/**
 * scholingsbudget: money from a fund for one person's course. Staff of the person's organisation apply, the
 * fund's owner decides and pays the provider; completion, a hire and an early end of that employment follow.
 * Two tenants: the fund's owner (`owner`) and the person's organisation (`organisation`).
 */
@ObjectType({
  description:
    'A training grant: a fund paying one person’s course. Amounts and course only; nothing about the person’s background.',
})
@Entity()
@Check({ name: 'training_grant_paid_check', expression: 'paid_cents >= 0 and paid_cents <= cost_cents' })
@Index({ properties: ['fund', 'status'] })
export class TrainingGrant extends BaseEntity<'status' | 'paidCents'> {
  @ManyToOne(() => TrainingFund, { ref: true })
  fund!: Ref<TrainingFund>;

  /** Tenant column: the fund's owner. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  owner!: Ref<Organisation>;

  @ManyToOne(() => Participant, { ref: true })
  @Index()
  participant!: Ref<Participant>;

  /** Tenant column: the participant's organisation, whose staff applied. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @Field({ description: 'Course name (at most 200 characters).' })
  @Property({ length: 200 })
  course!: string;

  @Field({ description: 'Training provider (opleider), at most 200 characters.' })
  @Property({ length: 200 })
  provider!: string;

  @Field({ description: 'Level of the course, e.g. "MBO-2" (at most 50 characters).' })
  @Property({ length: 50 })
  level!: string;

  @Field(() => CentsScalar, {
    description: 'Cost of the course asked for, in euro cents; the most that is paid.',
  })
  @Property({ type: CENTS() })
  costCents!: number;

  @Field(() => DateScalar, { description: 'First day of the course.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Planned last day of the course.' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => GrantStatus, { description: 'APPLIED, APPROVED or REJECTED.' })
  @Enum({ items: () => GrantStatus })
  status: GrantStatus = GrantStatus.APPLIED;

  @Field(() => String, { nullable: true, description: 'Reason given with the decision.' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the decision.' })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Field(() => CentsScalar, {
    description: 'Paid to the provider so far, in euro cents (never above the cost).',
  })
  @Property({ type: CENTS() })
  paidCents: number = 0;

  @Field(() => TrainingOutcome, { nullable: true, description: 'How the course ended; null while running.' })
  @Enum({ items: () => TrainingOutcome, nullable: true })
  outcome?: TrainingOutcome | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the course was completed or stopped.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** The employer of the hire; null without a hire. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  @Index()
  employer?: Ref<Organisation> | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the paid job; null without a hire.' })
  @Property({ type: 'date', nullable: true })
  hireStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the job ended early; null while it lasts.' })
  @Property({ type: 'date', nullable: true })
  employmentEnd?: string | null;

  /** The fund rule in force on the hire date; the repayment schedule follows it for good. */
  @ManyToOne(() => FundRule, { ref: true, nullable: true })
  rule?: Ref<FundRule> | null;
}

/** betaling: money the fund paid the provider for a grant. */
@ObjectType({ description: 'A payment from the fund to the training provider for a grant.' })
@Entity()
export class TrainingPayment extends BaseEntity {
  @ManyToOne(() => TrainingGrant, { ref: true })
  @Index()
  grant!: Ref<TrainingGrant>;

  @ManyToOne(() => TrainingFund, { ref: true })
  @Index()
  fund!: Ref<TrainingFund>;

  /** Tenant column: the fund's owner. */
  @ManyToOne(() => Organisation, { ref: true })
  owner!: Ref<Organisation>;

  @Field(() => DateScalar, { description: 'Day of payment.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => CentsScalar, { description: 'Amount in euro cents, at least 1.' })
  @Property({ type: CENTS() })
  amountCents!: number;
}
