import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations';
import { Place } from '../places';
import { CentsScalar, MonthScalar } from '../shared/scalars';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingBasis, FundingKind, FundingLimit } from './funding.enums';
import { FundingStream } from './funding-stream.entity';

@ObjectType({ description: 'What one agreement paid a place, in one month or over the asked period.' })
export class StreamContribution {
  @Field(() => FundingAgreement, { description: 'The agreement.' })
  agreement!: FundingAgreement;

  @Field(() => FundingStream, { description: 'The stream the agreement belongs to.' })
  stream!: FundingStream;

  @Field(() => FundingKind, { description: 'Kind of the stream.' })
  kind!: FundingKind;

  @Field(() => Organisation, { description: 'The funder organisation of the stream.' })
  funder!: Organisation;

  @Field(() => FundingBasis, { description: 'How the amount is counted.' })
  basis!: FundingBasis;

  @Field(() => Float, {
    description:
      'What the basis counted, summed over the months: place-months (PER_PLACE), day parts (PER_ATTENDED_DAYPART), participant-months (PER_PARTICIPANT_MONTH), instalments (LUMP_SUM) or workshop-months with sales (REVENUE).',
  })
  units!: number;

  @Field(() => CentsScalar, { description: 'Amount paid after limits, in cents.' })
  amountCents!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'amountCents / the funding of the same month or period; null when there is no funding.',
  })
  shareOfFunding!: number | null;

  @Field(() => FundingLimit, {
    nullable: true,
    description:
      'The limit that cut the amount; over a period, the limit of the latest month in which one did. Null when none did.',
  })
  limitedBy!: FundingLimit | null;
}

@ObjectType({ description: 'Costs and funding of a place in one month.' })
export class MonthFinancing {
  @Field({ description: 'Month, YYYY-MM.' })
  month!: string;

  @Field(() => CentsScalar, { description: 'Costs recorded for the month, in cents.' })
  costsCents!: number;

  @Field(() => CentsScalar, { description: 'Sum of the contributions of the month, in cents.' })
  fundingCents!: number;

  @Field(() => CentsScalar, { description: 'fundingCents − costsCents; negative when uncovered.' })
  balanceCents!: number;

  @Field(() => Int, { description: 'Day parts attended (present) at the place in the month.' })
  attendedDayparts!: number;

  @Field(() => Int, { description: 'Day parts funded by PER_PLACE agreements in the month.' })
  fundedDayparts!: number;

  @Field(() => [StreamContribution], { description: 'What each agreement paid in the month.' })
  streams!: StreamContribution[];
}

@ObjectType({
  description:
    'How a place is paid for over whole months: costs, funding per agreement, occupancy. Totals are sums of the months.',
})
export class PlaceFinancing {
  @Field(() => Place, { description: 'The place.' })
  place!: Place;

  @Field({ description: 'First month, YYYY-MM.' })
  from!: string;

  @Field({ description: 'Last month, YYYY-MM (inclusive).' })
  to!: string;

  @Field(() => CentsScalar, { description: 'Costs over the period, in cents.' })
  costsCents!: number;

  @Field(() => CentsScalar, { description: 'Funding over the period, in cents.' })
  fundingCents!: number;

  @Field(() => CentsScalar, { description: 'fundingCents − costsCents; negative means uncovered costs.' })
  balanceCents!: number;

  @Field(() => Float, { nullable: true, description: 'funding / costs; null without costs.' })
  coverage!: number | null;

  @Field(() => Int, { description: 'Day parts attended (present) at the place.' })
  attendedDayparts!: number;

  @Field(() => Int, {
    description:
      'Funded places × day parts a week × weeks, counted per month as days × day parts a week / 7, rounded down.',
  })
  fundedDayparts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'attended / funded day parts; null without funded day parts.',
  })
  occupancy!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'costs / attended day parts in cents, rounded half up; null without attendance.',
  })
  costPerAttendedDaypartCents!: number | null;

  @Field(() => [StreamContribution], { description: 'What each agreement paid over the period.' })
  streams!: StreamContribution[];

  @Field(() => [MonthFinancing], { description: 'The same, month by month.' })
  months!: MonthFinancing[];
}

@ObjectType({
  description: 'One month of what a funder paid: for one place, or for all its places together.',
})
export class FunderMonth {
  @Field(() => MonthScalar, { description: 'The month.' })
  month!: string;

  @Field(() => CentsScalar, { description: 'What this funder paid in the month, in cents.' })
  amountCents!: number;

  @Field(() => Int, { description: 'Day parts attended (present) in the month.' })
  attendedDayparts!: number;
}

@ObjectType({ description: 'A place a funder pays for, with its figures over the period.' })
export class FundedPlace {
  @Field(() => Place, { description: 'The place.' })
  place!: Place;

  @Field(() => CentsScalar, { description: 'What this funder paid the place over the period, in cents.' })
  amountCents!: number;

  @Field(() => CentsScalar, { description: 'The place’s costs over the period, in cents.' })
  costsCents!: number;

  @Field(() => CentsScalar, {
    description: 'The place’s funding from all funders over the period, in cents.',
  })
  fundingCents!: number;

  @Field(() => Float, { nullable: true, description: 'The place’s funding / costs; null without costs.' })
  coverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The place’s attended / funded day parts; null if none funded.',
  })
  occupancy!: number | null;

  @Field(() => Int, { description: 'Day parts attended at the place.' })
  attendedDayparts!: number;

  @Field(() => Int, { description: 'Day parts funded at the place (by any funder).' })
  fundedDayparts!: number;

  @Field(() => [FunderMonth], {
    description: 'What this funder paid the place and the day parts attended there, month by month.',
  })
  months!: FunderMonth[];
}

@ObjectType({ description: 'What a funder paid through streams of one kind.' })
export class FundingKindTotal {
  @Field(() => FundingKind, { description: 'Kind of stream.' })
  kind!: FundingKind;

  @Field(() => CentsScalar, { description: 'Amount over the period, in cents.' })
  amountCents!: number;
}

@ObjectType({
  description: "A funder's view: which places it pays, how much, and how well they are covered and used.",
})
export class FunderOverview {
  @Field(() => Organisation, { description: 'The funder.' })
  funder!: Organisation;

  @Field({ description: 'First month, YYYY-MM.' })
  from!: string;

  @Field({ description: 'Last month, YYYY-MM (inclusive).' })
  to!: string;

  @Field(() => CentsScalar, {
    description: 'What the funder paid over the period, in cents; the sum of places.',
  })
  totalCents!: number;

  @Field(() => [FundedPlace], {
    description: 'Places with an agreement of this funder in the period, by name.',
  })
  places!: FundedPlace[];

  @Field(() => [FundingKindTotal], {
    description: 'What the funder paid per stream kind; adds up to totalCents.',
  })
  kinds!: FundingKindTotal[];

  @Field(() => [FunderMonth], {
    description:
      'Every month of the period: what the funder paid all its places together and the day parts attended there; the sums of the places’ months.',
  })
  months!: FunderMonth[];
}
