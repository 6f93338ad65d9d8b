import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../organisations';
import { Participant } from '../participants';
import { Place } from '../places';
import { DateScalar } from '../shared/scalars';
import { FundingAgreement } from './funding-agreement.entity';

/**
 * A participant counted by a person-bound agreement (Wlz, Wmo maatwerk, re-integration) for a date range: how
 * care money joins a place without the place asking for an indication. Links of one participant to one
 * agreement do not overlap (checked in the service).
 */
@ObjectType({ description: 'A participant counted by a person-bound funding agreement for a date range.' })
@Entity()
@Index({ properties: ['agreement', 'participant'] })
@Index({ properties: ['participant', 'fromDate'] })
export class ParticipantFundingLink extends TenantEntity<'participantId'> {
  @ManyToOne(() => FundingAgreement, { ref: true })
  agreement!: Ref<FundingAgreement>;

  @ManyToOne(() => Participant, { ref: true })
  participant!: Ref<Participant>;

  /** Tenant columns, copied from the agreement's place. */
  @ManyToOne(() => Place, { ref: true })
  @Index()
  place!: Ref<Place>;

  @Field(() => DateScalar, { name: 'from', description: 'First day counted.' })
  @Property({ type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar, {
    name: 'until',
    nullable: true,
    description: "Last day counted; null means until the agreement's end.",
  })
  @Property({ type: 'date', nullable: true })
  untilDate?: string | null;

  @Field(() => ID, { description: 'The participant (only the id: funders see no names).' })
  get participantId(): string {
    return this.participant.id;
  }
}
