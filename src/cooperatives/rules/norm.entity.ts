import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { MunicipalDatedRule } from '../dated-rule.entity';
import { CENTS } from '../../shared/cents.column';
import { CentsScalar } from '../../shared/scalars';
import { AgeBand, Household } from '../cooperative.enums';

/** bijstandsnorm: net monthly assistance standard, holiday allowance included. Reference data. */
@ObjectType({ description: 'A social-assistance norm (bijstandsnorm), valid for a period.' })
@Entity()
@Index({ properties: ['household', 'ageBand', 'validFrom'] })
export class Norm extends MunicipalDatedRule {
  @Field(() => Household, { description: 'Household composition it applies to.' })
  @Enum({ items: () => Household })
  household!: Household;

  @Field(() => AgeBand, { description: 'Age band it applies to.' })
  @Enum({ items: () => AgeBand })
  ageBand!: AgeBand;

  @Field(() => CentsScalar, {
    description: 'Net amount per month in euro cents, 5% holiday allowance included.',
  })
  @Property({ type: CENTS() })
  amountCents!: number;

  /**
   * kostendelersnorm: set to A (2 or more) for a published per-person amount for A cost-sharers, which wins over
   * the formula in that period; the household is then not used. null for the ordinary norms.
   */
  @Field(() => Int, {
    nullable: true,
    description:
      "A published per-person cost-sharers' norm for this number of cost-sharers (2 or more); the household is then not used. null for the ordinary norms.",
  })
  @Property({ type: 'smallint', nullable: true })
  costSharers?: number | null;
}
