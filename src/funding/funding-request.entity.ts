import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { Participant } from '../participants';
import { Place } from '../places';
import { BaseEntity } from '../shared/base.entity';
import { DateScalar } from '../shared/scalars';
import { FundingAgreement } from './funding-agreement.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';

export enum FundingRequestStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(FundingRequestStatus, {
  name: 'FundingRequestStatus',
  description: 'Where a request to link a participant to a person-bound agreement stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the funder.' },
    APPROVED: { description: 'The funder approved it; the participant is linked.' },
    REJECTED: { description: 'The funder rejected it; see reason.' },
  },
});

/**
 * A place's request to count a participant for a person-bound agreement (Wlz, Wmo maatwerk) from a date: the
 * place knows the person, the funder decides. Approving it creates the {@link ParticipantFundingLink}. The funder
 * sees the participant's display name on open requests only: the minimum it needs to decide.
 */
@ObjectType({
  description:
    "A place's request to count a participant for a person-bound funding agreement; the funder approves or rejects it.",
})
@Entity()
@Index({ properties: ['funder', 'status'] })
@Index({ properties: ['agreement', 'participant'] })
export class ParticipantFundingRequest extends BaseEntity<'status'> {
  @ManyToOne(() => FundingAgreement, { ref: true })
  agreement!: Ref<FundingAgreement>;

  @ManyToOne(() => Participant, { ref: true })
  @Index()
  participant!: Ref<Participant>;

  /** The funder organisation that decides (copied from the agreement's stream). */
  @ManyToOne(() => Organisation, { ref: true })
  funder!: Ref<Organisation>;

  /** Tenant columns, copied from the agreement's place. */
  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Municipality, { ref: true })
  @Index()
  municipality!: Ref<Municipality>;

  @Field(() => DateScalar, { name: 'from', description: 'First day to count.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, {
    name: 'until',
    nullable: true,
    description: "Last day to count; null: until the agreement's end.",
  })
  @Property({ type: 'date', nullable: true })
  untilDate?: string | null;

  @Field(() => FundingRequestStatus, { description: 'OPEN, APPROVED or REJECTED.' })
  @Enum({ items: () => FundingRequestStatus })
  status: FundingRequestStatus = FundingRequestStatus.OPEN;

  @Field(() => String, {
    nullable: true,
    description: 'Why the funder decided as it did, at most 500 characters (no personal details).',
  })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the funder decided; null while open.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The link an approval created. */
  @ManyToOne(() => ParticipantFundingLink, { ref: true, nullable: true })
  link?: Ref<ParticipantFundingLink> | null;
}
