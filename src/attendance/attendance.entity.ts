import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../shared/scalars';
import { TenantEntity } from '../organisations';
import { Participant } from '../participants';
import { Place } from '../places';
import { Occurrence } from '../scheduling';
import { Workshop } from '../workshops';

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'Whether a participant was there.',
  valuesConfig: {
    PRESENT: { description: 'Was there.' },
    ABSENT: { description: 'Was not there, without notice.' },
    EXCUSED: { description: 'Was not there, with notice.' },
  },
});

/**
 * Attendance of one participant at one occurrence. Date, day parts, workshop and place are copied from the
 * occurrence so that attended day parts per place, workshop, participant and month aggregate from this table
 * alone (funding per attended day part, occupancy).
 */
@ObjectType({ description: 'Whether one participant was at one occurrence.' })
@Entity()
@Unique({ properties: ['occurrence', 'participant'] })
@Index({ properties: ['place', 'date'] })
@Index({ properties: ['participant', 'date'] })
// Attended day parts per place and month (financing, occupancy) from the index alone: no table rows read, and
// no switch to a sequential scan when the table holds other municipalities too.
@Index({
  name: 'attendance_present_place_date_index',
  expression:
    "create index attendance_present_place_date_index on attendance (place_id, date) include (dayparts) where status = 'PRESENT'",
})
// The same per participant, for day parts attended by participants linked to an agreement.
@Index({
  name: 'attendance_present_participant_date_index',
  expression:
    "create index attendance_present_participant_date_index on attendance (participant_id, date) include (place_id, workshop_id, dayparts) where status = 'PRESENT'",
})
export class Attendance extends TenantEntity {
  @ManyToOne(() => Occurrence, { ref: true })
  occurrence!: Ref<Occurrence>;

  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @Field(() => AttendanceStatus, { description: 'PRESENT, ABSENT or EXCUSED.' })
  @Enum({ items: () => AttendanceStatus })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Optional note, at most 500 characters.' })
  @Property({ length: 500, nullable: true })
  note?: string | null;

  /** Copied from the occurrence. */
  @Field(() => DateScalar, { description: 'Date of the occurrence.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: 'Day parts of the occurrence (attended day parts when PRESENT).' })
  @Property({ type: 'smallint' })
  dayparts!: number;

  @ManyToOne(() => Workshop, { ref: true })
  @Index()
  workshop!: Ref<Workshop>;

  /** Tenant columns. */
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;
}
