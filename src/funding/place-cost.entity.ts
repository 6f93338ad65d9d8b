import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../organisations';
import { Place } from '../places';
import { CentsScalar } from '../shared/scalars';
import { CENTS } from '../shared/cents.column';
import { CostCategory } from './funding.enums';

/** kosten: what a place cost in one month in one category; one row per (place, month, category). */
@ObjectType({ description: 'The costs of a place in one month and category.' })
@Entity()
@Unique({ properties: ['place', 'month', 'category'] })
export class PlaceCost extends TenantEntity {
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  @Field({ description: 'Month, YYYY-MM.' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => CostCategory, { description: 'What the cost is for.' })
  @Enum({ items: () => CostCategory })
  category!: CostCategory;

  @Field(() => CentsScalar, { description: 'Amount in cents.' })
  @Property({ type: CENTS() })
  amountCents!: number;
}
