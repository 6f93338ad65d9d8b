import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CentsScalar, MonthScalar } from '../shared/scalars';
import { EnterpriseKind } from './cooperative.enums';

/** What a line of a member's month is. */
export enum MemberEarningsLineKind {
  ENTERPRISE_SHARE = 'ENTERPRISE_SHARE',
  VOLUNTEER_ALLOWANCE = 'VOLUNTEER_ALLOWANCE',
  PARTNER_EARNINGS = 'PARTNER_EARNINGS',
}

registerEnumType(MemberEarningsLineKind, {
  name: 'MemberEarningsLineKind',
  description: "Where a line of a member's month comes from.",
  valuesConfig: {
    ENTERPRISE_SHARE: {
      description: "The member's share of one enterprise's net earnings (revenue − costs) as recorded.",
    },
    VOLUNTEER_ALLOWANCE: { description: 'The volunteer allowance recorded as member income.' },
    PARTNER_EARNINGS: { description: "The partner's earnings recorded as member income (couples)." },
  },
});

@ObjectType({
  description:
    "One source of a member's income in a month: a share of an enterprise's net earnings, or recorded member income.",
})
export class MemberEarningsLine {
  @Field(() => MemberEarningsLineKind, { description: 'What the line is.' })
  kind!: MemberEarningsLineKind;

  @Field(() => ID, { nullable: true, description: 'The enterprise (ENTERPRISE_SHARE); null otherwise.' })
  enterpriseId!: string | null;

  @Field(() => String, { nullable: true, description: "The enterprise's name (ENTERPRISE_SHARE)." })
  enterpriseName!: string | null;

  @Field(() => EnterpriseKind, { nullable: true, description: 'Own or joint enterprise (ENTERPRISE_SHARE).' })
  enterpriseKind!: EnterpriseKind | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: "The enterprise's recorded revenue in the month, in cents (ENTERPRISE_SHARE).",
  })
  revenueCents!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: "The enterprise's recorded business costs in the month, in cents (ENTERPRISE_SHARE).",
  })
  costsCents!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description:
      'Net earnings of the enterprise: revenue − costs, never below 0, in cents (ENTERPRISE_SHARE).',
  })
  netCents!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The member's share in basis points, 10000 is 100% (ENTERPRISE_SHARE).",
  })
  shareBasisPoints!: number | null;

  @Field(() => Float, { nullable: true, description: "The member's share as a fraction, 0.5 is half." })
  share!: number | null;

  @Field(() => CentsScalar, {
    description:
      "The member's amount, in cents: their part of the net earnings (split exactly over the shares), or the recorded income.",
  })
  amountCents!: number;
}

@ObjectType({ description: "A member's earnings in one month and every line behind them." })
export class MemberEarningsMonth {
  @Field(() => MonthScalar, { description: 'The month.' })
  month!: string;

  @Field(() => CentsScalar, {
    description:
      "The member's own net earnings from work, in cents: the sum of the ENTERPRISE_SHARE lines, as the benefit statement counts them.",
  })
  earningsCents!: number;

  @Field(() => [MemberEarningsLine], {
    description:
      'Enterprise shares (largest first), then volunteer allowance and partner earnings when recorded.',
  })
  lines!: MemberEarningsLine[];
}
