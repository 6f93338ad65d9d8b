import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';

/** gemeente: a Dutch municipality, the funder of general provisions and the top-level tenant of every row. */
@ObjectType({ description: 'A Dutch municipality (gemeente).' })
@Entity()
export class Municipality extends BaseEntity {
  @Field({ description: 'Name, e.g. Maastricht.' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: 'Code as CBS writes it: GM and four digits, e.g. GM0935 for Maastricht.' })
  @Property({ length: 6 })
  @Unique()
  code!: string;
}
