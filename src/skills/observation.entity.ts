import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { Workshop } from '../workshops';
import { DateScalar } from '../shared/scalars';
import { Skill } from './skill.entity';
import { SkillLevel } from './skills.enums';

/**
 * One time a leermeester saw a participant show a skill at a level. Never overwritten: the history is what it is
 * (levels go up and down); the passport is the latest observation per skill.
 */
@ObjectType({ description: 'A skill seen at a level on a date (waarneming), by staff of the organisation.' })
@Entity()
@Index({ properties: ['participant', 'skill', 'observedOn'] })
export class SkillObservation extends OrganisationOwnedEntity {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @ManyToOne(() => Skill, { ref: true })
  @Index()
  skill!: Ref<Skill>;

  @Field(() => SkillLevel, { description: 'The level seen.' })
  @Enum({ items: () => SkillLevel })
  level!: SkillLevel;

  @Field(() => DateScalar, { name: 'date', description: 'The day it was seen.' })
  @Property({ type: 'date' })
  observedOn!: string;

  /** Where it was seen; null when not in a workshop (an outside job). */
  @ManyToOne(() => Workshop, { ref: true, nullable: true })
  @Index()
  workshop?: Ref<Workshop> | null;

  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;
}

/** A skill a workshop practises, and up to which level people can reach it there. */
@ObjectType({ description: 'A skill a workshop practises, up to a level.' })
@Entity()
@Unique({ properties: ['workshop', 'skill'] })
export class WorkshopSkill extends OrganisationOwnedEntity {
  @ManyToOne(() => Workshop, { ref: true })
  workshop!: Ref<Workshop>;

  @ManyToOne(() => Skill, { ref: true })
  @Index()
  skill!: Ref<Skill>;

  @Field(() => SkillLevel, { description: 'The highest level people can reach in it here.' })
  @Enum({ items: () => SkillLevel })
  level!: SkillLevel;
}
