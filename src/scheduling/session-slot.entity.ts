import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../shared/scalars';
import { TenantEntity } from '../organisations';
import { Place } from '../places';
import { Workshop } from '../workshops';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'Day of the week (ISO order, Monday first).',
  valuesConfig: {
    MONDAY: { description: 'Monday (maandag).' },
    TUESDAY: { description: 'Tuesday (dinsdag).' },
    WEDNESDAY: { description: 'Wednesday (woensdag).' },
    THURSDAY: { description: 'Thursday (donderdag).' },
    FRIDAY: { description: 'Friday (vrijdag).' },
    SATURDAY: { description: 'Saturday (zaterdag).' },
    SUNDAY: { description: 'Sunday (zondag).' },
  },
});

/**
 * A weekly recurring session of a workshop (e.g. Monday 09:00-13:00), valid for a date range. Times are
 * Europe/Amsterdam wall-clock `HH:MM`. Its dated occurrences are rows of {@link Occurrence}.
 */
@ObjectType({ description: 'A weekly recurring session of a workshop, e.g. Monday 09:00-13:00.' })
@Entity()
export class SessionSlot extends TenantEntity {
  @ManyToOne(() => Workshop, { ref: true })
  @Index()
  workshop!: Ref<Workshop>;

  /** Tenant columns, copied from the workshop. */
  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @Field(() => Weekday, { description: 'Day of the week it recurs on.' })
  @Enum({ items: () => Weekday })
  weekday!: Weekday;

  /** `HH:MM`, Europe/Amsterdam. */
  @Field({ description: 'Start time, HH:MM, Europe/Amsterdam.' })
  @Property({ length: 5 })
  startTime!: string;

  /** `HH:MM`, Europe/Amsterdam, after startTime on the same day. */
  @Field({ description: 'End time, HH:MM, Europe/Amsterdam, after the start time.' })
  @Property({ length: 5 })
  endTime!: string;

  /** dagdelen: length in day parts (a block of 4 consecutive hours is one). */
  @Field(() => Int, { description: 'Length in day parts (dagdelen) of 4 hours.' })
  @Property({ type: 'smallint' })
  dayparts!: number;

  @Field(() => Int, { description: 'Places per occurrence.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => DateScalar, { description: 'First date the slot can produce an occurrence.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last date it can produce one; null: open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  /**
   * Every date of the slot from `validFrom` up to this one has its occurrence written (null: none known yet).
   * Kept by `insertOccurrences`, so that reading a week that is already written writes nothing.
   * Not exposed in GraphQL.
   */
  @Property({ type: 'date', nullable: true })
  writtenUntil?: string | null;
}
