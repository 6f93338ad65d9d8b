import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../../municipalities';
import { BaseEntity } from '../../shared/base.entity';
import { CentsScalar, DateScalar } from '../../shared/scalars';

/** Maximum vrijwilligersvergoeding (art. 31 lid 2 sub k) that does not count as income. Reference data. */
@ObjectType({ description: 'Limits of the volunteer allowance that does not count as income.' })
@Entity()
@Index({ properties: ['validFrom'] })
export class VolunteerLimit extends BaseEntity {
  @Field(() => CentsScalar, { description: 'Most per month, in euro cents.' })
  @Property({ type: 'integer' })
  monthlyCents!: number;

  @Field(() => CentsScalar, { description: 'Most per calendar year, in euro cents.' })
  @Property({ type: 'integer' })
  yearlyCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minimum age; below it the whole allowance counts as income. null: none.',
  })
  @Property({ type: 'integer', nullable: true })
  minAge?: number | null;

  /** null: the national limit; set: a municipal override. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null while open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
}
