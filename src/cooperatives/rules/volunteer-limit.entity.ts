import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { MunicipalDatedRule } from '../dated-rule.entity';
import { CENTS } from '../../shared/cents.column';
import { CentsScalar } from '../../shared/scalars';

/** Maximum vrijwilligersvergoeding (art. 31 lid 2 sub k) that does not count as income. Reference data. */
@ObjectType({ description: 'Limits of the volunteer allowance that does not count as income.' })
@Entity()
@Index({ properties: ['validFrom'] })
export class VolunteerLimit extends MunicipalDatedRule {
  @Field(() => CentsScalar, { description: 'Most per month, in euro cents.' })
  @Property({ type: CENTS() })
  monthlyCents!: number;

  @Field(() => CentsScalar, { description: 'Most per calendar year, in euro cents.' })
  @Property({ type: CENTS() })
  yearlyCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minimum age; below it the whole allowance counts as income. null: none.',
  })
  @Property({ type: 'integer', nullable: true })
  minAge?: number | null;
}
