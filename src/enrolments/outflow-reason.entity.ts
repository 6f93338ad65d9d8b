import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * uitstroom: why an enrolment ended. Reference data (no national standard list exists), loaded by a migration
 * and extendable: PAID_WORK, EDUCATION, CIVIC_INTEGRATION, VOLUNTEER_WORK, OTHER_PLACE, MOVED, STOPPED, UNKNOWN.
 */
@ObjectType({ description: 'A reason an enrolment ended (uitstroom); the list is data.' })
@Entity()
export class OutflowReason {
  /** The code is the primary key, so that `em.getReference(OutflowReason, 'PAID_WORK')` type-checks. */
  [PrimaryKeyProp]?: 'code';

  @Field({ description: 'Stable code, e.g. PAID_WORK; pass it to endEnrolment.' })
  @PrimaryKey({ length: 40 })
  code!: string;

  @Field({ description: 'Label for people.' })
  @Property({ length: 200 })
  label!: string;

  /** True for outcomes that count as moving on to work or learning (paid work, education, civic integration). */
  @Field({ description: 'True for moving on to work or learning (paid work, education, civic integration).' })
  @Property({ type: 'boolean' })
  positive!: boolean;

  @Field(() => Int, { description: 'Position in lists.' })
  @Property({ type: 'smallint' })
  sortOrder!: number;

  /** Inactive reasons stay valid for old enrolments but are not offered for new ones. */
  @Field({ description: 'False for reasons kept for old enrolments but not offered for new ones.' })
  @Property({ type: 'boolean' })
  active!: boolean;
}
