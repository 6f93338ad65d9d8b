import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth';
import type { Context } from '../../auth';
import { DisregardRule } from './disregard-rule.entity';
import { Norm } from './norm.entity';
import {
  CreateDisregardRuleInput,
  CreateNormInput,
  CreateVolunteerLimitInput,
  DisregardRulePayload,
  NormPayload,
  UpdateDisregardRuleInput,
  UpdateNormInput,
  UpdateVolunteerLimitInput,
  VolunteerLimitPayload,
} from './rules.input';
import * as rules from './rules.service';
import { VolunteerLimit } from './volunteer-limit.entity';

const MUNICIPALITY_ARG = {
  nullable: true,
  description: 'Only national rules and those of this municipality; all rules when omitted.',
};

/** Benefit rules as data: public reference data to read, ADMIN only to change. */
@Resolver()
export class RulesResolver {
  @Authorized()
  @Query(() => [Norm], { description: 'Social-assistance norms, all versions.' })
  norms(
    @Ctx() ctx: Context,
    @Arg('municipalityId', () => ID, MUNICIPALITY_ARG) municipalityId?: string | null,
  ): Promise<Norm[]> {
    return rules.listNorms(ctx, municipalityId);
  }

  @Authorized()
  @Query(() => [DisregardRule], { description: 'Earnings disregard rules, all versions.' })
  disregardRules(
    @Ctx() ctx: Context,
    @Arg('municipalityId', () => ID, MUNICIPALITY_ARG) municipalityId?: string | null,
  ): Promise<DisregardRule[]> {
    return rules.listDisregardRules(ctx, municipalityId);
  }

  @Authorized()
  @Query(() => [VolunteerLimit], { description: 'Volunteer allowance limits, all versions.' })
  volunteerLimits(
    @Ctx() ctx: Context,
    @Arg('municipalityId', () => ID, MUNICIPALITY_ARG) municipalityId?: string | null,
  ): Promise<VolunteerLimit[]> {
    return rules.listVolunteerLimits(ctx, municipalityId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NormPayload, { description: 'Adds a version of a norm. ADMIN only.' })
  async createNorm(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateNormInput, { description: 'What to record or change.' }) input: CreateNormInput,
  ) {
    const { value, errors } = await rules.createNorm(ctx, input);
    return { norm: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NormPayload, { description: 'Corrects a norm. ADMIN only.' })
  async updateNorm(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateNormInput, { description: 'What to record or change.' }) input: UpdateNormInput,
  ) {
    const { value, errors } = await rules.updateNorm(ctx, input);
    return { norm: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DisregardRulePayload, { description: 'Adds a version of a disregard rule. ADMIN only.' })
  async createDisregardRule(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateDisregardRuleInput, { description: 'What to record or change.' })
    input: CreateDisregardRuleInput,
  ) {
    const { value, errors } = await rules.createDisregardRule(ctx, input);
    return { disregardRule: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DisregardRulePayload, { description: 'Corrects a disregard rule. ADMIN only.' })
  async updateDisregardRule(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateDisregardRuleInput, { description: 'What to record or change.' })
    input: UpdateDisregardRuleInput,
  ) {
    const { value, errors } = await rules.updateDisregardRule(ctx, input);
    return { disregardRule: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VolunteerLimitPayload, {
    description: 'Adds a version of the volunteer limits. ADMIN only.',
  })
  async createVolunteerLimit(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateVolunteerLimitInput, { description: 'What to record or change.' })
    input: CreateVolunteerLimitInput,
  ) {
    const { value, errors } = await rules.createVolunteerLimit(ctx, input);
    return { volunteerLimit: value, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VolunteerLimitPayload, { description: 'Corrects volunteer allowance limits. ADMIN only.' })
  async updateVolunteerLimit(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateVolunteerLimitInput, { description: 'What to record or change.' })
    input: UpdateVolunteerLimitInput,
  ) {
    const { value, errors } = await rules.updateVolunteerLimit(ctx, input);
    return { volunteerLimit: value, errors };
  }
}
