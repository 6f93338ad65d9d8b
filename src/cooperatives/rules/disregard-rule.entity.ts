import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MunicipalDatedRule } from '../dated-rule.entity';
import { CENTS } from '../../shared/cents.column';
import { CentsScalar } from '../../shared/scalars';
import { DisregardCondition } from '../cooperative.enums';

/** inkomstenvrijlating (art. 31 lid 2 Participatiewet): part of earnings not counted. Reference data. */
@ObjectType({ description: 'An earnings disregard rule (inkomstenvrijlating), valid for a period.' })
@Entity()
@Index({ properties: ['code', 'validFrom'] })
export class DisregardRule extends MunicipalDatedRule<'percentage'> {
  @Field({ description: 'Code of the rule, e.g. GENERAL, SINGLE_PARENT, MEDICAL.' })
  @Property({ length: 50 })
  code!: string;

  /** Stored exactly as basis points: 2500 is 25%, 1250 is 12.5%. */
  @Property({ type: 'integer' })
  percentageBasisPoints!: number;

  @Field(() => CentsScalar, { description: 'Most that is disregarded per month, in euro cents.' })
  @Property({ type: CENTS() })
  monthlyCapCents!: number;

  @Field(() => Int, { nullable: true, description: 'Most months it may apply to a person; null: no limit.' })
  @Property({ type: 'integer', nullable: true })
  maxMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age on the first day of the month; null: none.' })
  @Property({ type: 'integer', nullable: true })
  minAge?: number | null;

  @Field(() => DisregardCondition, { description: 'Condition the member must meet.' })
  @Enum({ items: () => DisregardCondition })
  condition!: DisregardCondition;

  @Field(() => String, {
    nullable: true,
    description: 'Code of a rule whose months must be used up before this one can start.',
  })
  @Property({ length: 50, nullable: true })
  startsAfterCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of a national rule this one replaces while valid (municipal regimes).',
  })
  @Property({ length: 50, nullable: true })
  replacesCode?: string | null;

  @Field(() => Float, { description: 'Part of earnings disregarded, as a fraction (0.25 is 25%).' })
  get percentage(): number {
    return this.percentageBasisPoints / 10000;
  }
}
