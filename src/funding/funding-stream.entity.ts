import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { FundingKind } from './funding.enums';

/**
 * geldstroom: a stream of money a funder pays through, e.g. a municipality's general provision (Wmo algemene
 * voorziening) or a care office's Wlz. Belongs to its funder organisation (the tenant of the stream).
 */
@ObjectType({ description: 'A stream of money a funder organisation pays places through.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'funding_stream_name_lower_unique',
  expression: `create unique index "funding_stream_name_lower_unique" on "funding_stream" ("funder_id", lower("name"))`,
})
export class FundingStream extends BaseEntity {
  /** The funder, and the tenant of this stream and its agreements (indexed by the unique key). */
  @ManyToOne(() => Organisation, { ref: true })
  funder!: Ref<Organisation>;

  @Field({ description: 'Name, unique within the funder, e.g. "Algemene voorziening dagbesteding 2026".' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => FundingKind, { description: 'Kind of stream.' })
  @Enum({ items: () => FundingKind })
  @Index()
  kind!: FundingKind;
}
