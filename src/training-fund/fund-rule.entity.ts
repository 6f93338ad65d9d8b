import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { BASIS_POINTS } from '../shared/money';
import { CentsScalar, DateScalar } from '../shared/scalars';
import { CENTS } from '../shared/cents.column';
import { TrainingFund } from './training-fund.entity';
import { EarlyEndRule } from './training-fund.enums';

/**
 * fondsregel: the terms of a fund from `validFrom` until the next rule of the same fund. Dated data: a hire
 * keeps the rule in force on its start date, so a later rule never changes an existing schedule.
 */
@ObjectType({
  description: 'The terms of a training fund from a date on (fondsregel); dated, never retroactive.',
})
@Entity()
@Unique({ properties: ['fund', 'validFrom'] })
export class FundRule extends BaseEntity<'eligibleLevels' | 'repaymentShare'> {
  /** The fund (indexed by the unique key). */
  @ManyToOne(() => TrainingFund, { ref: true })
  fund!: Ref<TrainingFund>;

  /** Tenant column, copied from the fund. */
  @ManyToOne(() => Organisation, { ref: true })
  owner!: Ref<Organisation>;

  @Field(() => DateScalar, {
    description: 'First day the rule applies to applications and hires; it holds until the next rule starts.',
  })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => CentsScalar, { description: 'Most the fund pays for one person’s trainings, in euro cents.' })
  @Property({ type: CENTS() })
  maxPerPersonCents!: number;

  /** Share the employer repays, in basis points (5000 = 50%). */
  @Property()
  repaymentShareBasisPoints!: number;

  @Field(() => Float, {
    description: 'Share of the paid-out cost an employer repays after a hire, 0 to 1 (0.5 = 50%).',
  })
  get repaymentShare(): number {
    return this.repaymentShareBasisPoints / BASIS_POINTS;
  }

  @Field(() => Int, { description: 'Months employed before the first instalment is due (0 to 120).' })
  @Property()
  retentionMonths!: number;

  @Field(() => Int, { description: 'Number of instalments (1 to 120).' })
  @Property()
  instalments!: number;

  @Field(() => Int, { description: 'Months between two instalments (1 to 24).' })
  @Property()
  instalmentIntervalMonths!: number;

  @Field(() => EarlyEndRule, { description: 'What is still owed when the employment ends early.' })
  @Enum({ items: () => EarlyEndRule })
  earlyEnd!: EarlyEndRule;

  @Field(() => [String], {
    description: 'Training levels the fund pays for, e.g. "MBO-1" … "MBO-4"; empty means any level.',
  })
  @Property({ type: 'text[]' })
  eligibleLevels: string[] = [];
}
