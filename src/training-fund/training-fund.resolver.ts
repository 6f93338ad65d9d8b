import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
import { MonthScalar } from '../shared/scalars';
import { FundOverview, FundProjection } from './fund-figures.types';
import { fundOverview, fundProjection } from './fund-figures.service';
import { FundRule } from './fund-rule.entity';
import { TrainingFund } from './training-fund.entity';
import {
  CreateFundRuleInput,
  CreateFundRulePayload,
  CreateTrainingFundInput,
  CreateTrainingFundPayload,
  RecordFundContributionInput,
  RecordFundContributionPayload,
} from './training-fund.input';
import {
  createFundRule,
  createTrainingFund,
  listTrainingFunds,
  recordFundContribution,
} from './training-fund.service';

@Resolver(() => TrainingFund)
export class TrainingFundResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [TrainingFund], {
    description:
      'Training funds by name: all for ADMIN and organisation staff (who apply to them), its own for a FUNDER.',
  })
  trainingFunds(@Ctx() ctx: Context): Promise<TrainingFund[]> {
    return listTrainingFunds(ctx);
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Query(() => FundOverview, {
    description:
      'A fund’s money in and out, balance and receivables per month, revolve rate, people trained and hires. ADMIN or the fund’s owner; NOT_FOUND otherwise.',
  })
  fundOverview(
    @Ctx() ctx: Context,
    @Arg('fundId', () => ID, { description: 'The fund.' }) fundId: string,
    @Arg('from', () => MonthScalar, { description: 'First month.' }) from: string,
    @Arg('to', () => MonthScalar, { description: 'Last month (inclusive); at most 120 months after from.' })
    to: string,
  ): Promise<FundOverview> {
    return fundOverview(ctx, fundId, from, to);
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Query(() => FundProjection, {
    description:
      'Expected repayments per month from today and the trainings the fund can then afford. ADMIN or the fund’s owner; NOT_FOUND otherwise.',
  })
  fundProjection(
    @Ctx() ctx: Context,
    @Arg('fundId', () => ID, { description: 'The fund.' }) fundId: string,
    @Arg('months', () => Int, { description: 'Months to project, from the current one, 1 to 120.' })
    months: number,
    @Arg('assumedHireRate', () => Float, {
      description: 'Share of trainings without a hire yet that is assumed to lead to one, 0 to 1.',
    })
    assumedHireRate: number,
  ): Promise<FundProjection> {
    return fundProjection(ctx, fundId, months, assumedHireRate);
  }

  @FieldResolver(() => Organisation, { description: 'The owner (a region or municipality).' })
  async owner(@Root() fund: TrainingFund, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(fund.owner.id))!;
  }

  @FieldResolver(() => [FundRule], { description: 'The fund’s dated rules, by first day.' })
  rules(@Root() fund: TrainingFund, @Ctx() ctx: Context): Promise<FundRule[]> {
    return ctx.loaders.fundRulesByFundId.load(fund.id);
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => CreateTrainingFundPayload, {
    description: 'Creates a training fund. ADMIN, or a FUNDER for its own organisation.',
  })
  async createTrainingFund(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateTrainingFundInput, { description: 'Owner and name.' })
    input: CreateTrainingFundInput,
  ): Promise<CreateTrainingFundPayload> {
    const { value, errors } = await createTrainingFund(ctx, input);
    return { fund: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => RecordFundContributionPayload, {
    description: 'Records money put into a fund. ADMIN or the fund’s owner.',
  })
  async recordFundContribution(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordFundContributionInput, { description: 'Fund, contributor, date and amount.' })
    input: RecordFundContributionInput,
  ): Promise<RecordFundContributionPayload> {
    const { value, errors } = await recordFundContribution(ctx, input);
    return { contribution: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => CreateFundRulePayload, {
    description:
      'Adds a dated rule to a fund; it applies to applications and hires from its date, never to existing schedules. ADMIN or the fund’s owner.',
  })
  async createFundRule(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateFundRuleInput, { description: 'The rule’s terms and first day.' })
    input: CreateFundRuleInput,
  ): Promise<CreateFundRulePayload> {
    const { value, errors } = await createFundRule(ctx, input);
    return { rule: value, errors };
  }
}
