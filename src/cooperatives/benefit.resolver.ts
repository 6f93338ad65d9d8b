import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { CentsScalar, MonthScalar } from '../shared/scalars';
import { benefitForecast } from './benefit-forecast.service';
import * as benefit from './benefit.service';
import { BenefitStatement, BenefitYear, CooperativeOverview } from './benefit.types';
import { memberEarnings } from './member-earnings.service';
import { MemberEarningsMonth } from './member-earnings.types';

@Resolver()
export class BenefitResolver {
  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER)
  @Query(() => BenefitStatement, {
    description:
      "A member's benefit statement for a month. The member themselves, or the cooperative's staff. Errors: NOT_FOUND, NO_VALID_RULE, NOT_ELIGIBLE, BEFORE_BENEFIT_START.",
  })
  benefitStatement(
    @Ctx() ctx: Context,
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return benefit.benefitStatement(ctx, memberId, month);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER)
  @Query(() => BenefitYear, { description: "A member's statements for a year, with totals." })
  benefitYear(
    @Ctx() ctx: Context,
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
  ) {
    return benefit.benefitYear(ctx, memberId, year);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Query(() => CooperativeOverview, {
    description:
      "A cooperative's members in a month: earnings, benefit, earned share, warnings. Its staff only.",
  })
  cooperativeOverview(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) cooperativeId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
  ) {
    return benefit.cooperativeOverview(ctx, cooperativeId, month);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER)
  @Query(() => [MemberEarningsMonth], {
    description:
      "Per month, every euro behind a member's earnings: their share of each enterprise's net earnings (revenue, costs, share, amount) and recorded member income. The member themselves, or the cooperative's staff; NOT_FOUND otherwise. At most 120 months.",
  })
  memberEarnings(
    @Ctx() ctx: Context,
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('from', () => MonthScalar, { description: 'First month.' }) from: string,
    @Arg('to', () => MonthScalar, { description: 'Last month (inclusive).' }) to: string,
  ) {
    return memberEarnings(ctx, memberId, from, to);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER)
  @Query(() => BenefitStatement, {
    description:
      "The statement a month would give with these figures, without writing anything: the same rules as benefitStatement, disregard months already used included; `limits` names what these figures reach next. The member themselves, or the cooperative's staff. Errors: NOT_FOUND, NO_VALID_RULE, NOT_ELIGIBLE, BEFORE_BENEFIT_START, BAD_USER_INPUT.",
  })
  benefitForecast(
    @Ctx() ctx: Context,
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('month', () => MonthScalar, { description: 'The month to try.' }) month: string,
    @Arg('earningsCents', () => CentsScalar, {
      description: "The member's own net earnings from work in the month, in cents (0 or more).",
    })
    earningsCents: number,
    @Arg('volunteerAllowanceCents', () => CentsScalar, {
      nullable: true,
      description: 'The volunteer allowance in the month, in cents; the recorded one when left out.',
    })
    volunteerAllowanceCents?: number | null,
  ) {
    return benefitForecast(ctx, memberId, month, earningsCents, volunteerAllowanceCents);
  }
}
