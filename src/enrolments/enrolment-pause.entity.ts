import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../organisations';
import { DateScalar } from '../shared/scalars';
import { Enrolment } from './enrolment.entity';

/**
 * A pause of an enrolment (hospital, holiday): from its first day to its last day, or open-ended until
 * `resumeEnrolment`. Bookings within it are released; standing bookings book again after it. Pauses of one
 * enrolment never overlap (checked under the enrolment's row lock).
 */
@ObjectType({
  description: 'A pause of an enrolment: the participant does not come from fromDate to untilDate.',
})
@Entity()
export class EnrolmentPause extends TenantEntity {
  @ManyToOne(() => Enrolment, { ref: true })
  @Index()
  enrolment!: Ref<Enrolment>;

  @Field(() => DateScalar, { description: 'First day of the pause.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the pause; null until resumed.' })
  @Property({ type: 'date', nullable: true })
  untilDate?: string | null;
}
