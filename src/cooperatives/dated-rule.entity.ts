import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { BaseEntity } from '../shared/base.entity';
import { DateScalar } from '../shared/scalars';

/**
 * Rule data with an effective period (geldigheidsduur): the official numbers of the benefit rules are stored as
 * dated versions, never as constants. A version holds from `validFrom` through `validUntil` (open-ended: null).
 */
@ObjectType({ description: 'A dated rule version (never returned on its own).' })
@Entity({ abstract: true })
export abstract class DatedRule<Optional = never> extends BaseEntity<Optional> {
  @Field(() => DateScalar, { description: 'First day it is valid.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null while open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
}

/**
 * A dated rule that a municipality may override for its own members (gemeentelijke afwijking): no municipality
 * means the national rule.
 */
@ObjectType({ description: 'A dated rule a municipality may override (never returned on its own).' })
@Entity({ abstract: true })
export abstract class MunicipalDatedRule<Optional = never> extends DatedRule<Optional> {
  /** null: the national rule; set: the override for members of that municipality. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;
}
