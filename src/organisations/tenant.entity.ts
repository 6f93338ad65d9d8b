import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { BaseEntity } from '../shared/base.entity';
import { Organisation } from './organisation.entity';

/**
 * A row that belongs to one organisation (its tenant), with the foreign key indexed so that every query can
 * filter on it. Rows that also carry their municipality extend `TenantEntity`.
 */
@ObjectType({ description: 'A row owned by one organisation (never returned on its own).' })
@Entity({ abstract: true })
export abstract class OrganisationOwnedEntity<Optional = never> extends BaseEntity<Optional> {
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;
}

/**
 * The tenant columns: organisation and, through it, municipality, copied from the parent row (see `tenantOf`) so
 * that queries filter on them without a join. Both foreign keys are indexed.
 */
@ObjectType({ description: 'A row with tenant columns (never returned on its own).' })
@Entity({ abstract: true })
export abstract class TenantEntity<Optional = never> extends OrganisationOwnedEntity<Optional> {
  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  municipality!: Ref<Municipality>;
}

/** The tenant of a parent row, to copy into a new child: `em.create(Child, { ...tenantOf(parent), ... })`. */
export function tenantOf(parent: { organisation: Ref<Organisation>; municipality: Ref<Municipality> }): {
  organisation: Ref<Organisation>;
  municipality: Ref<Municipality>;
} {
  return { organisation: parent.organisation, municipality: parent.municipality };
}
