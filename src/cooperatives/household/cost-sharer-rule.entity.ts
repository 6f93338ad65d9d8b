import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DatedRule } from '../dated-rule.entity';

/** Which day's age decides whether a housemate counts in a month. */
export enum AgeCountsFrom {
  FIRST_DAY_OF_MONTH = 'FIRST_DAY_OF_MONTH',
  MONTH_AFTER_BIRTHDAY = 'MONTH_AFTER_BIRTHDAY',
}

registerEnumType(AgeCountsFrom, {
  name: 'AgeCountsFrom',
  description: 'From which month a housemate who reaches the age limit counts as a cost-sharer.',
  valuesConfig: {
    FIRST_DAY_OF_MONTH: {
      description:
        'From the month on whose first day they have reached the age limit (birthday on the 1st: that month).',
    },
    MONTH_AFTER_BIRTHDAY: { description: 'From the month after the month of the birthday.' },
  },
});

/**
 * kostendelersnorm (art. 22a Participatiewet): the formula's percentages and the age limit for counting
 * housemates, valid for a period. National law, so there is no municipality column: no override is possible.
 */
@ObjectType({
  description: "The national cost-sharers' rule (kostendelersnorm, art. 22a), valid for a period.",
})
@Entity()
@Index({ properties: ['validFrom'] })
export class CostSharerRule extends DatedRule<'basePercentage' | 'perSharerPercentage'> {
  @Field(() => Int, {
    description: 'Age from which a housemate counts: 21 until 2022-12-31, 27 from 2023-01-01.',
  })
  @Property({ type: 'smallint' })
  housemateMinAge!: number;

  /** The fixed part of the formula in basis points (40% = 4000). */
  @Property({ type: 'integer' })
  baseBasisPoints!: number;

  /** The part per cost-sharer in basis points (30% = 3000). */
  @Property({ type: 'integer' })
  perSharerBasisPoints!: number;

  @Field(() => AgeCountsFrom, {
    description: 'From which month a housemate who reaches the age limit counts.',
  })
  @Enum({ items: () => AgeCountsFrom })
  ageCountsFrom!: AgeCountsFrom;

  @Field(() => Float, { description: 'The fixed part of the formula as a fraction (0.4 is 40%).' })
  get basePercentage(): number {
    return this.baseBasisPoints / 10000;
  }

  @Field(() => Float, { description: 'The part per cost-sharer as a fraction (0.3 is 30%).' })
  get perSharerPercentage(): number {
    return this.perSharerBasisPoints / 10000;
  }
}
