import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Organisation, TenantEntity } from '../organisations';
import { Place } from '../places';
import { CentsScalar } from '../shared/scalars';
import { Workshop } from '../workshops';
import { CENTS } from '../shared/cents.column';
import { BASIS_POINTS } from './financing.calc';
import { FundingAgreementSide, FundingAgreementStatus, FundingBasis } from './funding.enums';
import { FundingStream } from './funding-stream.entity';

/**
 * subsidieafspraak / financieringsafspraak: a stream paying a place (or one of its workshops) for whole months,
 * on one basis, with optional limits. Two agreements of one stream for the same place may not overlap in months
 * (checked in the service under a lock on the stream row).
 */
@ObjectType({
  description: 'An agreement by which a funding stream pays a place for a range of whole months.',
})
@Entity()
@Index({ properties: ['place', 'untilMonth'] })
@Index({ properties: ['stream', 'place'] })
@Index({ properties: ['place', 'funder', 'status'] })
export class FundingAgreement extends TenantEntity {
  @ManyToOne(() => FundingStream, { ref: true })
  stream!: Ref<FundingStream>;

  /** Copied from the stream, so that a funder's agreements are found without a join. */
  @ManyToOne(() => Organisation, { ref: true })
  @Index()
  funder!: Ref<Organisation>;

  @ManyToOne(() => Place, { ref: true })
  place!: Ref<Place>;

  /** When set, the agreement covers this workshop only (attendance, enrolments and sales of that workshop). */
  @ManyToOne(() => Workshop, { ref: true, nullable: true })
  workshop?: Ref<Workshop> | null;

  @Field({ name: 'from', description: 'First month paid, YYYY-MM.' })
  @Property({ length: 7 })
  fromMonth!: string;

  @Field({ name: 'until', description: 'Last month paid, YYYY-MM (inclusive).' })
  @Property({ length: 7 })
  untilMonth!: string;

  @Field(() => FundingAgreementStatus, {
    description:
      "PROPOSED until the other side accepts; only ACCEPTED counts in financing and opens the place's figures to the funder.",
  })
  @Enum({ items: () => FundingAgreementStatus })
  status!: FundingAgreementStatus;

  @Field(() => FundingAgreementSide, {
    description:
      'The side that proposed the agreement (or its last change); the other side accepts or rejects it.',
  })
  @Enum({ items: () => FundingAgreementSide })
  proposedBy!: FundingAgreementSide;

  @Field(() => String, {
    nullable: true,
    description: 'Why the agreement was rejected (at most 1000 characters); null unless REJECTED.',
  })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => FundingBasis, { description: 'How the monthly amount is counted.' })
  @Enum({ items: () => FundingBasis })
  basis!: FundingBasis;

  @Field(() => Int, { nullable: true, description: 'PER_PLACE: number of funded places.' })
  @Property({ type: 'integer', nullable: true })
  fundedPlaces?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PER_PLACE: available day parts a week that make one funded place (default 10).',
  })
  @Property({ type: 'smallint', nullable: true })
  daypartsPerWeek?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_PLACE: amount per place per year, in cents.',
  })
  @Property({ type: CENTS(), nullable: true })
  amountPerPlacePerYearCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_ATTENDED_DAYPART: tariff per day part, in cents.',
  })
  @Property({ type: CENTS(), nullable: true })
  tariffCents?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'PER_PARTICIPANT_MONTH: amount per participant per month, in cents.',
  })
  @Property({ type: CENTS(), nullable: true })
  amountPerParticipantMonthCents?: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'LUMP_SUM: total over all months, in cents.' })
  @Property({ type: CENTS(), nullable: true })
  totalCents?: number | null;

  /** Maximum share of a month's costs in basis points (4000 = 40%), kept exact; GraphQL shows a fraction. */
  @Property({ type: 'integer', nullable: true })
  maxShareBasisPoints?: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Most the agreement pays over its whole life, in cents, used up from its first month.',
  })
  @Property({ type: CENTS(), nullable: true })
  ceilingCents?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Maximum share of each month's costs of the place, as a fraction (0.4 = 40%); null when none.",
  })
  get maxShareOfCosts(): number | null {
    return this.maxShareBasisPoints == null ? null : this.maxShareBasisPoints / BASIS_POINTS;
  }
}
