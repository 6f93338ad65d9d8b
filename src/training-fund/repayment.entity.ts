import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { CENTS } from '../shared/cents.column';
import { TrainingFund } from './training-fund.entity';
import { TrainingGrant } from './training-grant.entity';

/**
 * termijn: one instalment of the repayment schedule a hire created. `amountCents` is what is owed now;
 * it differs from `originalAmountCents` only after an early end of employment (from `recalculatedOn`).
 * The database keeps repaid + waived within the amount.
 */
@ObjectType({ description: 'One instalment (termijn) an employer repays to the fund after a hire.' })
@Entity()
@Unique({ properties: ['grant', 'sequence'] })
@Check({
  name: 'repayment_instalment_settled_check',
  expression: 'repaid_cents >= 0 and waived_cents >= 0 and repaid_cents + waived_cents <= amount_cents',
})
@Index({ properties: ['fund', 'dueDate'] })
export class RepaymentInstalment extends BaseEntity<'repaidCents' | 'waivedCents'> {
  /** The grant (indexed by the unique key). */
  @ManyToOne(() => TrainingGrant, { ref: true })
  grant!: Ref<TrainingGrant>;

  @ManyToOne(() => TrainingFund, { ref: true })
  fund!: Ref<TrainingFund>;

  /** Tenant column: the fund's owner. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  owner!: Ref<Organisation>;

  /** The employer who owes it. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  employer!: Ref<Organisation>;

  @Field(() => Int, { description: 'Position in the schedule, from 1.' })
  @Property()
  sequence!: number;

  @Field(() => DateScalar, { description: 'Day the instalment is due.' })
  @Property({ type: 'date' })
  dueDate!: string;

  /** First day of the hire: from here on the instalment is a receivable. */
  @Property({ type: 'date' })
  scheduledOn!: string;

  @Field(() => CentsScalar, { description: 'Amount when the schedule was made, in euro cents.' })
  @Property({ type: CENTS() })
  originalAmountCents!: number;

  @Field(() => CentsScalar, { description: 'Amount owed now, in euro cents (lower after an early end).' })
  @Property({ type: CENTS() })
  amountCents!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The employment end date from which the amount was recalculated; null if never.',
  })
  @Property({ type: 'date', nullable: true })
  recalculatedOn?: string | null;

  @Field(() => CentsScalar, { description: 'Repaid so far, in euro cents.' })
  @Property({ type: CENTS() })
  repaidCents: number = 0;

  @Field(() => CentsScalar, {
    description: 'Waived (kwijtgescholden), in euro cents; never counts as repaid.',
  })
  @Property({ type: CENTS() })
  waivedCents: number = 0;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the waiver.' })
  @Property({ type: 'date', nullable: true })
  waivedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the rest was waived.' })
  @Property({ type: 'text', nullable: true })
  waiveReason?: string | null;
}

/** terugbetaling: money an employer paid back against one instalment. */
@ObjectType({ description: 'A repayment received against an instalment.' })
@Entity()
export class InstalmentRepayment extends BaseEntity {
  @ManyToOne(() => RepaymentInstalment, { ref: true })
  @Index()
  instalment!: Ref<RepaymentInstalment>;

  @ManyToOne(() => TrainingFund, { ref: true })
  @Index()
  fund!: Ref<TrainingFund>;

  /** Tenant column: the fund's owner. */
  @ManyToOne(() => Organisation, { ref: true })
  owner!: Ref<Organisation>;

  @Field(() => DateScalar, { description: 'Day the money came in.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => CentsScalar, { description: 'Amount in euro cents, at least 1.' })
  @Property({ type: CENTS() })
  amountCents!: number;
}
