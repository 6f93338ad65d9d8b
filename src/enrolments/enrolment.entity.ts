import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../shared/scalars';
import { TenantEntity } from '../organisations';
import { Participant } from '../participants';
import { Place } from '../places';
import { Workshop } from '../workshops';
import { OutflowReason } from './outflow-reason.entity';

export enum EnrolmentStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'State of an enrolment.',
  valuesConfig: {
    ACTIVE: {
      description:
        'Taking part. An enrolment whose end is recorded but still ahead stays ACTIVE, with endDate set, until that day has passed.',
    },
    PAUSED: { description: 'A pause covers today (pauseEnrolment); bookings within the pause are released.' },
    ENDED: { description: 'Its end date has come.' },
  },
});

/** plaatsing: a participant taking part in a workshop from a start date, until it ends with an outflow reason. */
@ObjectType({ description: 'An enrolment (plaatsing) of a participant in a workshop.' })
@Entity()
@Index({ properties: ['participant', 'workshop'] })
// No two live (not ENDED) enrolments of one participant in one workshop overlap in dates: checked by the
// database, so that parallel `enrol` calls cannot both pass the service's check (needs btree_gist for uuid =).
@Index({
  name: 'enrolment_no_overlap',
  expression: `alter table "enrolment" add constraint "enrolment_no_overlap" exclude using gist ("participant_id" with =, "workshop_id" with =, daterange("start_date", "end_date", '[]') with &&) where ("status" <> 'ENDED')`,
})
@Index({ properties: ['place', 'startDate'] })
export class Enrolment extends TenantEntity<'status'> {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @ManyToOne(() => Workshop, { ref: true })
  @Index()
  workshop!: Ref<Workshop>;

  /** Tenant columns, copied from the workshop. */
  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  @Field(() => DateScalar, { description: 'First day of taking part.' })
  @Property({ type: 'date' })
  startDate!: string;

  /** Last day of taking part; set when planned or when the enrolment ends. */
  @Field(() => DateScalar, { nullable: true, description: 'Last day of taking part; null while open-ended.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  /**
   * Stored: ENDED once an outflow is recorded (whatever the end date), else ACTIVE. What people see is the field
   * `status` (see `currentStatus`): ENDED from the end date on, PAUSED within a pause.
   */
  @Enum({ items: () => EnrolmentStatus })
  status: EnrolmentStatus = EnrolmentStatus.ACTIVE;

  @ManyToOne(() => OutflowReason, { ref: true, nullable: true })
  outflow?: Ref<OutflowReason> | null;
}
