import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../organisations';
import { Place } from '../places';
import { CentsScalar } from '../shared/scalars';
import { Workshop } from '../workshops';
import { CENTS } from '../shared/cents.column';

/** omzet: what a workshop sold in one month (restaurant meals, crafts); one row per (workshop, month). */
@ObjectType({ description: 'The sales of a workshop in one month.' })
@Entity()
@Unique({ properties: ['workshop', 'month'] })
@Index({ properties: ['place', 'month'] })
export class Sale extends TenantEntity {
  @ManyToOne(() => Workshop, { ref: true })
  workshop!: Ref<Workshop>;

  /** Tenant columns, copied from the workshop. */
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  @Field({ description: 'Month, YYYY-MM.' })
  @Property({ length: 7 })
  month!: string;

  @Field(() => CentsScalar, { description: 'Revenue in cents.' })
  @Property({ type: CENTS() })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'What was sold, e.g. "lunches and catering".' })
  @Property({ length: 300, nullable: true })
  description?: string | null;
}
