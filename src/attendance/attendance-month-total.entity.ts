import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../organisations';
import { Participant } from '../participants';
import { Place } from '../places';
import { Workshop } from '../workshops';

/**
 * Kept monthly totals of attendance: one row per place, month and workshop with the attended day parts and the
 * number of PRESENT, ABSENT and EXCUSED registrations. Financing and attendance summaries read these few rows
 * instead of aggregating every attendance row of a place each time. Kept equal to the raw `attendance` rows by
 * {@link keepAttendanceTotals} in the same transaction as every attendance change; `npm run totals:rebuild`
 * recomputes it from the raw rows. A row whose counts all went back to zero may stay.
 * Not exposed in GraphQL.
 */
@Entity()
@Unique({ properties: ['place', 'month', 'workshop'] })
export class AttendanceMonthTotal extends TenantEntity {
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  /** Month of the attendance dates, YYYY-MM. */
  @Property({ length: 7 })
  month!: string;

  @ManyToOne(() => Workshop, { ref: true, index: true })
  workshop!: Ref<Workshop>;

  /** Sum of the day parts of PRESENT registrations. */
  @Property({ type: 'integer', default: 0 })
  presentDayparts!: number;

  @Property({ type: 'integer', default: 0 })
  present!: number;

  @Property({ type: 'integer', default: 0 })
  absent!: number;

  @Property({ type: 'integer', default: 0 })
  excused!: number;
}

/**
 * Kept monthly totals per participant: attended day parts of one participant at one place and workshop in one
 * month (PRESENT only), for funding that pays per attended day part of the participants linked to an agreement.
 * Kept with {@link AttendanceMonthTotal} by the same function, in the same transaction. Not exposed in GraphQL.
 */
@Entity()
@Unique({ properties: ['participant', 'place', 'month', 'workshop'] })
export class AttendanceParticipantMonthTotal extends TenantEntity {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @ManyToOne(() => Place, { ref: true, index: true })
  place!: Ref<Place>;

  /** Month of the attendance dates, YYYY-MM. */
  @Property({ length: 7 })
  month!: string;

  @ManyToOne(() => Workshop, { ref: true, index: true })
  workshop!: Ref<Workshop>;

  /** Sum of the day parts of PRESENT registrations. */
  @Property({ type: 'integer', default: 0 })
  presentDayparts!: number;
}
