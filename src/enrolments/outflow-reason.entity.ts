import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * uitstroom: why an enrolment ended. Reference data (no national standard list exists), loaded by a migration
 * and extendable: PAID_WORK, EDUCATION, CIVIC_INTEGRATION, VOLUNTEER_WORK, OTHER_PLACE, MOVED, STOPPED, UNKNOWN.
 */
@Entity()
export class OutflowReason {
  @PrimaryKey({ length: 40 })
  code!: string;

  @Property({ length: 200 })
  label!: string;

  /** True for outcomes that count as moving on to work or learning (paid work, education, civic integration). */
  @Property({ type: 'boolean' })
  positive!: boolean;

  @Property({ type: 'smallint' })
  sortOrder!: number;

  /** Inactive reasons stay valid for old enrolments but are not offered for new ones. */
  @Property({ type: 'boolean' })
  active!: boolean;
}
