import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { CENTS } from '../shared/cents.column';
import { CentsScalar, DateScalar } from '../shared/scalars';

/**
 * scholingsfonds: a regional fund that pays for training and is paid back in part by employers after a hire.
 * Its owner (a region or municipality acting as FUNDER) is the tenant of the fund and of everything in it.
 */
@ObjectType({ description: 'A revolving training fund (scholingsfonds) owned by a funder organisation.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'training_fund_name_lower_unique',
  expression: `create unique index "training_fund_name_lower_unique" on "training_fund" ("owner_id", lower("name"))`,
})
export class TrainingFund extends BaseEntity {
  /** The owner and tenant (indexed by the unique key). */
  @ManyToOne(() => Organisation, { ref: true })
  owner!: Ref<Organisation>;

  /** The owner's home municipality, copied so that rows can be filtered by region. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;

  @Field({ description: 'Name, unique within the owner (at most 200 characters).' })
  @Property({ length: 200 })
  name!: string;
}

/** inleg: money put into the fund by one organisation on one date. */
@ObjectType({ description: 'Money put into a training fund (inleg).' })
@Entity()
export class FundContribution extends BaseEntity {
  @ManyToOne(() => TrainingFund, { ref: true })
  @Index()
  fund!: Ref<TrainingFund>;

  /** Tenant column, copied from the fund. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  owner!: Ref<Organisation>;

  /** Who put the money in (a municipality, the province, a sector fund, ...). */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  contributor!: Ref<Organisation>;

  @Field(() => DateScalar, { description: 'Date the money came in, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => CentsScalar, { description: 'Amount in euro cents, at least 1.' })
  @Property({ type: CENTS() })
  amountCents!: number;
}
