import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { DateScalar } from '../shared/scalars';

/**
 * vaardigheid: one skill of the vocabulary, dated reference data. Observations, workshops, vacancies and
 * credentials refer to it by its stable code; a skill that is no longer used gets an end date, never deleted.
 */
@ObjectType({
  description: 'A skill of the vocabulary (vaardigheid), with a stable code and Dutch and English labels.',
})
@Entity()
@Index({ properties: ['group', 'code'] })
export class Skill extends BaseEntity<'externalCode' | 'validUntil'> {
  @Field({ description: 'Stable code, e.g. "work-habits.customer-contact" (at most 100 characters).' })
  @Property({ length: 100 })
  @Unique()
  code!: string;

  @Field({ description: 'Dutch label (at most 200 characters).' })
  @Property({ length: 200 })
  labelNl!: string;

  @Field({ description: 'English label (at most 200 characters).' })
  @Property({ length: 200 })
  labelEn!: string;

  @Field({
    description:
      'Group, e.g. kitchen, crafts, services, green, technical, work-habits (at most 50 characters).',
  })
  @Property({ length: 50 })
  group!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Code or URI of the same skill in an external taxonomy (CompetentNL, ESCO); null when not linked.',
  })
  @Property({ length: 300, nullable: true })
  externalCode?: string | null = null;

  @Field(() => DateScalar, { description: 'First day the skill can be used.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the skill can be used; null: open-ended.',
  })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null = null;
}
