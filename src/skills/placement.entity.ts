import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { DateScalar } from '../shared/scalars';
import { Vacancy } from './vacancy.entity';

export enum PlacementStage {
  PROPOSED = 'PROPOSED',
  INTERVIEW = 'INTERVIEW',
  PLACED = 'PLACED',
  NOT_PLACED = 'NOT_PLACED',
}

registerEnumType(PlacementStage, {
  name: 'PlacementStage',
  description: 'How far a match got: proposed, interview, placed, or not placed.',
  valuesConfig: {
    PROPOSED: { description: 'Voorgesteld: proposed to the employer.' },
    INTERVIEW: { description: 'Gesprek: an interview is planned or held.' },
    PLACED: { description: 'Geplaatst: the person starts or works there.' },
    NOT_PLACED: { description: 'Niet geplaatst: it did not lead to a placement.' },
  },
});

/** A match that became a proposal, an interview and perhaps a placement (plaatsing bij een werkgever). */
@ObjectType({ description: 'A proposal of a participant for a vacancy, through interview to placement.' })
@Entity()
export class Placement extends OrganisationOwnedEntity<
  'stage' | 'interviewOn' | 'startDate' | 'paidWork' | 'outcome' | 'confirmedAt'
> {
  @ManyToOne(() => Participant, { ref: true })
  @Index()
  participant!: Ref<Participant>;

  @ManyToOne(() => Vacancy, { ref: true })
  @Index()
  vacancy!: Ref<Vacancy>;

  @Field(() => PlacementStage, { description: 'Where it stands.' })
  @Enum({ items: () => PlacementStage })
  stage: PlacementStage = PlacementStage.PROPOSED;

  @Field(() => DateScalar, { description: 'Day it was proposed.' })
  @Property({ type: 'date' })
  proposedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the interview.' })
  @Property({ type: 'date', nullable: true })
  interviewOn?: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'First working day of the placement.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null = null;

  @Field({ description: 'True when the placement is paid work (a job contract, not an internship).' })
  @Property({ type: 'boolean' })
  paidWork: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'How it went, in a few words (at most 500 characters).',
  })
  @Property({ length: 500, nullable: true })
  outcome?: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the coordinator confirmed the placement; a paid-work one then ended the enrolments.',
  })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null = null;
}
