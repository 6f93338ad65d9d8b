import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { BaseEntity } from '../shared/base.entity';
import { DateScalar } from '../shared/scalars';
import { Daypart } from './skills.enums';
import type { Requirement } from './matching.calc';

/** vacature: work an employer offers, described by the skills, day parts and place it asks for. */
@ObjectType({ description: 'A vacancy (vacature) of an employer.' })
@Entity()
export class Vacancy extends BaseEntity<'startDate' | 'learningPath' | 'closedOn'> {
  /** Tenant: the employer (an organisation of kind EMPLOYER). */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  employer!: Ref<Organisation>;

  /** Place of work. */
  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  municipality!: Ref<Municipality>;

  @Field({ description: 'Title, e.g. "Medewerker bediening" (at most 200 characters).' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => Int, { description: 'Hours of work per week (1-60).' })
  @Property({ type: 'smallint' })
  hoursPerWeek!: number;

  @Field(() => [Daypart], { description: 'The shifts: day parts of the week the work is done in.' })
  @Property({ type: 'text[]' })
  dayparts: Daypart[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'First working day; null: as soon as possible.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null = null;

  @Field({ description: 'True when the employer offers a learning path (leerwerkplek).' })
  @Property({ type: 'boolean' })
  learningPath: boolean = false;

  /** Required skills with their minimum level, by skill code. */
  @Property({ type: 'jsonb' })
  requiredSkills: Requirement[] = [];

  /** Skills that count in favour, with a level, by skill code. */
  @Property({ type: 'jsonb' })
  niceToHaveSkills: Requirement[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'Day the vacancy closed; null while open.' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null = null;
}
