import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { DateScalar } from '../shared/scalars';

/** The rungs of the participation ladder (participatieladder), lowest first. */
export const LADDER_RUNGS = [1, 2, 3, 4, 5, 6] as const;

/**
 * A participant's place on the participation ladder on a date, as staff judged it. Never overwritten: the history
 * is what outcomes compare (first and last position in a period). A progress measure, not an indication: there is
 * deliberately no field for a diagnosis or a reason.
 */
@ObjectType({
  description:
    'A position on the participation ladder (participatieladder) on a date: 1 isolated, 2 social contacts outside the home, 3 organised activities, 4 unpaid work, 5 paid work with support, 6 paid work. A progress measure, not an indication.',
})
@Entity()
@Index({ properties: ['participant', 'date'] })
@Check({ name: 'ladder_position_rung_check', expression: 'rung >= 1 and rung <= 6' })
export class LadderPosition extends OrganisationOwnedEntity<'note'> {
  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  @Field(() => DateScalar, { description: 'The day the position was judged.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int, { description: 'The rung, 1 (isolated) to 6 (paid work without support).' })
  @Property({ type: 'smallint' })
  rung!: number;

  /** Free text; cleared when the participant is erased. */
  @Field(() => String, { nullable: true, description: 'Optional note by staff, at most 500 characters.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Tenant: the participant's organisation (inherited) and its home municipality. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  @Index()
  municipality?: Ref<Municipality> | null;
}
