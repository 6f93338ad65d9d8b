import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Enrolment } from '../enrolments';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { Occurrence } from './occurrence.entity';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlot } from './session-slot.entity';

export enum BookingStatus {
  BOOKED = 'BOOKED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'State of a booking of an enrolled participant into an occurrence.',
  valuesConfig: {
    BOOKED: { description: 'Has a place in the occurrence.' },
    WAITLISTED: { description: 'Waiting for a place, first come first served.' },
    CANCELLED: { description: 'Cancelled; kept for history.' },
  },
});

/**
 * An enrolled participant's place in one occurrence, or their spot on its waitlist. At most one live (booked or
 * waitlisted) booking per participant and occurrence: a partial unique index in the migration enforces it.
 */
@ObjectType({
  description: "An enrolled participant's place in one occurrence, or their spot on its waitlist.",
})
@Entity()
@Unique({
  name: 'booking_live_unique',
  expression: `create unique index "booking_live_unique" on "booking" ("occurrence_id", "participant_id") where "status" <> 'CANCELLED'`,
})
@Index({ properties: ['occurrence', 'status'] })
@Index({ properties: ['participant'] })
export class Booking extends OrganisationOwnedEntity<'waitlistedAt'> {
  @ManyToOne(() => Occurrence, { ref: true })
  occurrence!: Ref<Occurrence>;

  @ManyToOne(() => Enrolment, { ref: true })
  @Index()
  enrolment!: Ref<Enrolment>;

  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  /** The standing (weekly) booking this booking came from, if any. */
  @ManyToOne(() => RecurringBooking, { ref: true, nullable: true })
  @Index()
  recurringBooking?: Ref<RecurringBooking> | null;

  /** Set when the booking came from a weekly booking of a slot. */
  @ManyToOne(() => SessionSlot, { ref: true, nullable: true })
  slot?: Ref<SessionSlot> | null;

  @Field(() => BookingStatus, { description: 'BOOKED, WAITLISTED or CANCELLED.' })
  @Enum({ items: () => BookingStatus })
  status!: BookingStatus;

  /** Order on the waitlist: earlier first (ties broken by id). */
  @Field(() => Date, {
    nullable: true,
    description:
      'Since when the booking is on the waitlist (it is ordered by this, then id); null when never waitlisted.',
  })
  @Property({ type: 'datetime', nullable: true })
  waitlistedAt?: Date | null;
}
