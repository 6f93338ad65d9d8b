import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Municipality } from '../municipalities/municipality.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Place } from '../places/place.entity';
import { BaseEntity } from '../shared/base.entity';
import { Workshop } from '../workshops/workshop.entity';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

registerEnumType(Weekday, { name: 'Weekday', description: 'Day of the week (ISO order, Monday first).' });

/**
 * A weekly recurring session of a workshop (e.g. Monday 09:00-13:00), valid for a date range. Times are
 * Europe/Amsterdam wall-clock `HH:MM`. Its dated occurrences are rows of {@link Occurrence}.
 */
@Entity()
export class SessionSlot extends BaseEntity {
  @ManyToOne(() => Workshop, { ref: true })
  @Index()
  workshop!: Ref<Workshop>;

  /** Tenant columns, copied from the workshop. */
  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  municipality!: Ref<Municipality>;

  @Enum({ items: () => Weekday })
  weekday!: Weekday;

  /** `HH:MM`, Europe/Amsterdam. */
  @Property({ length: 5 })
  startTime!: string;

  /** `HH:MM`, Europe/Amsterdam, after startTime on the same day. */
  @Property({ length: 5 })
  endTime!: string;

  /** dagdelen: length in day parts (a block of 4 consecutive hours is one). */
  @Property({ type: 'smallint' })
  dayparts!: number;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
}
