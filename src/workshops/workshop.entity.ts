import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../organisations';
import { Place } from '../places';

export enum WorkshopKind {
  /** Eet: kitchen and catering. */
  KITCHEN = 'KITCHEN',
  /** Maakt: crafts and making. */
  CRAFTS = 'CRAFTS',
  /** Doet: services and odd jobs. */
  SERVICES = 'SERVICES',
  /** Learning, e.g. a trade label of a learning-work company or language lessons. */
  LEARNING = 'LEARNING',
  OTHER = 'OTHER',
}

registerEnumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: 'The kind of work in a workshop.',
  valuesConfig: {
    KITCHEN: { description: 'Kitchen and catering (Eet).' },
    CRAFTS: { description: 'Crafts and making (Maakt).' },
    SERVICES: { description: 'Services and odd jobs (Doet).' },
    LEARNING: { description: 'Learning: a trade, a language, a course.' },
    OTHER: { description: 'Anything else.' },
  },
});

/** Default capacity of new sessions when a workshop does not say. */
export const DEFAULT_SESSION_CAPACITY = 12;

/** werkplaats: a unit of work inside a place, with a leermeester, the skills it teaches and sessions. */
@ObjectType({ description: 'A workshop (werkplaats) inside a place.' })
@Entity()
// Names are unique regardless of case (the text pipeline has already normalised them).
@Unique({
  name: 'workshop_name_lower_unique',
  expression: `create unique index "workshop_name_lower_unique" on "workshop" ("place_id", lower("name"))`,
})
export class Workshop extends TenantEntity<'skills' | 'defaultCapacity' | 'archived'> {
  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @Field({ description: 'Name, unique within its place (e.g. Eet, Maakt, Doet).' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => WorkshopKind, { description: 'Kind of work.' })
  @Enum({ items: () => WorkshopKind })
  kind!: WorkshopKind;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the master craftsman (leermeester) who leads it.',
  })
  @Property({ length: 200, nullable: true })
  leermeester?: string | null;

  @Field(() => [String], { description: 'Skills taught here, e.g. "knife skills", "sewing".' })
  @Property({ type: 'text[]' })
  skills: string[] = [];

  @Field(() => Int, { description: 'Capacity of new sessions unless they set their own (1-500).' })
  @Property({ type: 'integer' })
  defaultCapacity: number = DEFAULT_SESSION_CAPACITY;

  @Field({ description: 'Archived workshops keep their history but take no new sessions or enrolments.' })
  @Property({ type: 'boolean' })
  archived: boolean = false;
}
