import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { BaseEntity } from '../shared/base.entity';
import { DateScalar } from '../shared/scalars';
import { MatchConsentScope } from './skills.enums';

/**
 * toestemming: a participant agreed to be shown to employers for vacancies, from a date, with a scope; it holds
 * until withdrawn. Without an active one, no employer sees anything of the person.
 */
@ObjectType({
  description: 'Consent to be shown to employers (toestemming): from a date, with a scope, withdrawable.',
})
@Entity()
@Index({ properties: ['participant', 'fromDate'] })
export class MatchConsent extends OrganisationOwnedEntity<'withdrawnOn' | 'employer'> {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @Field(() => MatchConsentScope, { description: 'What an employer sees.' })
  @Enum({ items: () => MatchConsentScope })
  scope!: MatchConsentScope;

  @Field(() => DateScalar, { name: 'from', description: 'First day it holds.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it was withdrawn; from that day on it no longer holds. Null while it holds.',
  })
  @Property({ type: 'date', nullable: true })
  withdrawnOn?: string | null = null;

  /** Only this employer; null: any employer with a vacancy. */
  @ManyToOne(() => Organisation, { ref: true, nullable: true })
  @Index()
  employer?: Ref<Organisation> | null = null;
}

/** Day parts a participant says they can work in, next to those of their schedule. */
@Entity()
@Unique({ properties: ['participant'] })
export class ParticipantAvailability extends OrganisationOwnedEntity {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @Property({ type: 'text[]' })
  dayparts: string[] = [];
}

/** Two neighbouring municipalities (buurgemeenten), stored once per pair; matching reads both ways. */
@Entity()
@Unique({ properties: ['municipality', 'neighbour'] })
export class MunicipalityNeighbour extends BaseEntity {
  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  neighbour!: Ref<Municipality>;
}
