import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import * as benefit from './benefit.service';
import { BenefitStatement, BenefitYear, CooperativeOverview } from './benefit.types';

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
}
