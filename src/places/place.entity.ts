import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';

/**
 * ontwikkelplek / werkplein: a location where people take part without an indication, run by an operator
 * (organisation) in a municipality.
 */
@ObjectType({ description: 'A participation place: a location run by an organisation in a municipality.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'place_name_lower_unique',
  expression: `create unique index "place_name_lower_unique" on "place" ("organisation_id", lower("name"))`,
})
@Index({ properties: ['municipality', 'name'] })
export class Place extends BaseEntity {
  @Field({ description: 'Name, unique within its organisation.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens here, for visitors and funders.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  /** The operator, and the tenant this place and everything under it belong to (indexed by the unique key). */
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;
}
