import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../shared/scalars';
import { TenantEntity } from '../organisations';
import { Place } from '../places';
import { Workshop } from '../workshops';
import { SessionSlot } from './session-slot.entity';

/**
 * One dated session: produced by a weekly slot, or added as an extra date (no slot). Capacity is enforced per
 * occurrence; `bookedCount` is kept by conditional updates so that concurrent bookings cannot overfill it.
 */
@ObjectType({ description: 'One dated session of a workshop, from a weekly slot or added as an extra date.' })
@Entity()
// Booking never fills beyond capacity (its update is conditional on `booked_count < capacity`), but a capacity cut
// keeps the bookings it finds: then `booked_count` exceeds `capacity` and the occurrence says so (`overbooked`).
@Check({
  name: 'occurrence_booked_count_check',
  expression: 'booked_count >= 0',
})
@Unique({ properties: ['slot', 'date'] })
@Index({ properties: ['place', 'date'] })
@Index({ properties: ['workshop', 'date'] })
export class Occurrence extends TenantEntity<'bookedCount' | 'cancelled'> {
  /** The weekly slot that produced it; null for an extra date. */
  @ManyToOne(() => SessionSlot, { ref: true, nullable: true })
  slot?: Ref<SessionSlot> | null;

  @ManyToOne(() => Workshop, { ref: true })
  workshop!: Ref<Workshop>;

  /** Tenant columns, copied from the workshop. */
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  @Field(() => DateScalar, { description: 'The calendar date.' })
  @Property({ type: 'date' })
  date!: string;

  /** `HH:MM`, Europe/Amsterdam. */
  @Field({ description: 'Start time, HH:MM, Europe/Amsterdam.' })
  @Property({ length: 5 })
  startTime!: string;

  @Field({ description: 'End time, HH:MM, Europe/Amsterdam.' })
  @Property({ length: 5 })
  endTime!: string;

  /** Length in day parts, copied from the slot (or given for an extra date). */
  @Field(() => Int, { description: 'Length in day parts (dagdelen) of 4 hours.' })
  @Property({ type: 'smallint' })
  dayparts!: number;

  @Field(() => Int, { description: 'Number of places.' })
  @Property({ type: 'integer' })
  capacity!: number;

  /** Number of BOOKED bookings; booking never takes it above capacity, a capacity cut may leave it above. */
  @Field(() => Int, {
    description:
      'Places taken by BOOKED bookings; above capacity only after a capacity cut (see overbooked).',
  })
  @Property({ type: 'integer' })
  bookedCount: number = 0;

  /** A cancelled date (holiday) takes no bookings or attendance. */
  @Field({ description: 'True for a cancelled date (holiday); it takes no bookings or attendance.' })
  @Property({ type: 'boolean' })
  cancelled: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why the date was cancelled, if it was.' })
  @Property({ length: 300, nullable: true })
  cancelReason?: string | null;
}
