import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node';

/**
 * Common columns of every table: an opaque UUID id (clients treat it as a string) and audit timestamps.
 * `Optional` names a subclass's properties that have defaults, so that `em.create` does not demand them.
 */
/** Every entity type implements `Node`: its id identifies it across the whole API. */
@ObjectType({ implements: Node })
@Entity({ abstract: true })
export abstract class BaseEntity<Optional = never> implements Node {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
