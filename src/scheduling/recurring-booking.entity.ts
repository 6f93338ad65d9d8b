import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Enrolment } from '../enrolments';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { DateScalar } from '../shared/scalars';
import { SessionSlot } from './session-slot.entity';

/**
 * A standing booking: an enrolled participant comes to a weekly slot every week from `fromDate` until
 * `untilDate`. Each occurrence of the slot in that range gets its own {@link Booking} (booked or waitlisted),
 * also occurrences materialised later when the rolling horizon moves on. At most one live standing booking per
 * enrolment and slot (partial unique index).
 */
@ObjectType({ description: 'A standing booking of an enrolled participant into a weekly slot (every week).' })
@Entity()
@Unique({
  name: 'recurring_booking_live_unique',
  expression: `create unique index "recurring_booking_live_unique" on "recurring_booking" ("enrolment_id", "slot_id") where "cancelled_at" is null`,
})
@Index({ properties: ['slot', 'fromDate'] })
export class RecurringBooking extends OrganisationOwnedEntity<'cancelledAt' | 'endedWithEnrolment'> {
  @ManyToOne(() => SessionSlot, { ref: true })
  slot!: Ref<SessionSlot>;

  @ManyToOne(() => Enrolment, { ref: true })
  @Index()
  enrolment!: Ref<Enrolment>;

  @ManyToOne(() => Participant, { ref: true })
  @Index()
  participant!: Ref<Participant>;

  @Field(() => DateScalar, { description: 'First date it books.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last date it books; null: until the enrolment ends.',
  })
  @Property({ type: 'date', nullable: true })
  untilDate?: string | null;

  /** Set when cancelled; occurrences after that get no booking from it. */
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  /**
   * True when the enrolment's end stopped it: `untilDate` was cut to the end date and `untilBeforeEnd` keeps what
   * it was, so that `reopenEnrolment` or a later end restores it.
   */
  @Property({ type: 'boolean', default: false })
  endedWithEnrolment: boolean = false;

  /** `untilDate` as it was before the enrolment's end cut it (null: open-ended). */
  @Property({ type: 'date', nullable: true })
  untilBeforeEnd?: string | null;
}
