import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, pageOfList } from '../shared/pagination';
import { MonthScalar } from '../shared/scalars';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import {
  CreateEnterpriseInput,
  CreateEnterprisePayload,
  CreateMemberInput,
  CreateMemberPayload,
  RecordEarningsInput,
  RecordEarningsPayload,
  RecordMemberIncomeInput,
  RecordMemberIncomePayload,
} from './cooperatives.input';
import * as cooperatives from './cooperatives.service';
import { EnterpriseEarnings, MemberIncome } from './earnings.entity';
import { Enterprise, EnterpriseShare } from './enterprise.entity';
import { Member } from './member.entity';

const { ConnectionType: MemberConnection } = connectionTypes(Member, 'Member', 'member');
type MemberConnection = InstanceType<typeof MemberConnection>;

const { ConnectionType: EnterpriseConnection } = connectionTypes(Enterprise, 'Enterprise', 'enterprise');
type EnterpriseConnection = InstanceType<typeof EnterpriseConnection>;

@Resolver(() => Member)
export class MemberResolver {
  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER)
  @Query(() => Member, { nullable: true, description: 'One member; null when unknown or not yours to see.' })
  member(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The member.' }) id: string) {
    return cooperatives.findMember(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Query(() => [Member], {
    deprecationReason: 'Use membersConnection, which pages; this list goes in the next release.',
    description: "A cooperative's members by name; empty when not yours to see.",
  })
  members(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) id: string,
  ) {
    return cooperatives.listMembers(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Query(() => MemberConnection, {
    description: "A cooperative's members by name, a page at a time; empty when not yours to see.",
  })
  async membersConnection(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) id: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<MemberConnection> {
    return pageOfList(MemberConnection, await cooperatives.listMembers(ctx, id), first, after);
  }

  @FieldResolver(() => Organisation, { description: 'The cooperative.' })
  async cooperative(@Root() member: Member, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(member.organisation.id))!;
  }

  @FieldResolver(() => Municipality, { description: 'The municipality paying the benefit.' })
  async municipality(@Root() member: Member, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipalityById.load(member.municipality.id))!;
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Mutation(() => CreateMemberPayload, { description: "Adds a member. ADMIN or the cooperative's staff." })
  async createMember(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMemberInput, { description: 'What to record or change.' })
    input: CreateMemberInput,
  ) {
    const { value, errors } = await cooperatives.createMember(ctx, input);
    return { member: value, errors };
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Mutation(() => RecordMemberIncomePayload, {
    description: "Records a member's volunteer allowance and partner's earnings for a month (upsert).",
  })
  async recordMemberIncome(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordMemberIncomeInput, { description: 'What to record or change.' })
    input: RecordMemberIncomeInput,
  ) {
    const { value, ...rest } = await cooperatives.recordMemberIncome(ctx, input);
    return { income: value, ...rest };
  }
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Query(() => [Enterprise], {
    deprecationReason: 'Use enterprisesConnection, which pages; this list goes in the next release.',
    description: "A cooperative's enterprises by name; empty when not yours to see.",
  })
  enterprises(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) id: string,
  ) {
    return cooperatives.listEnterprises(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Query(() => EnterpriseConnection, {
    description: "A cooperative's enterprises by name, a page at a time; empty when not yours to see.",
  })
  async enterprisesConnection(
    @Ctx() ctx: Context,
    @Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) id: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<EnterpriseConnection> {
    return pageOfList(EnterpriseConnection, await cooperatives.listEnterprises(ctx, id), first, after);
  }

  @FieldResolver(() => [EnterpriseEarnings], {
    description:
      "The enterprise's recorded revenue and costs per month of the period (months without figures left out), so staff can read the current figure before recordEarnings replaces it. The cooperative's staff; FORBIDDEN otherwise. At most 120 months.",
  })
  earnings(
    @Root() enterprise: Enterprise,
    @Ctx() ctx: Context,
    @Arg('from', () => MonthScalar, { description: 'First month.' }) from: string,
    @Arg('to', () => MonthScalar, { description: 'Last month (inclusive).' }) to: string,
  ): Promise<EnterpriseEarnings[]> {
    return cooperatives.enterpriseEarnings(ctx, enterprise, from, to);
  }

  @FieldResolver(() => [EnterpriseShare], { description: "The members' shares, largest first." })
  shares(@Root() enterprise: Enterprise, @Ctx() ctx: Context): Promise<EnterpriseShare[]> {
    return ctx.loaders.sharesByEnterpriseId.load(enterprise.id);
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Mutation(() => CreateEnterprisePayload, {
    description: "Adds an enterprise. ADMIN or the cooperative's staff.",
  })
  async createEnterprise(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEnterpriseInput, { description: 'What to record or change.' })
    input: CreateEnterpriseInput,
  ) {
    const { value, errors } = await cooperatives.createEnterprise(ctx, input);
    return { enterprise: value, errors };
  }

  @Authorized(Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF)
  @Mutation(() => RecordEarningsPayload, {
    description:
      "Records an enterprise's revenue and costs for a month (upsert: recording again corrects it).",
  })
  async recordEarnings(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordEarningsInput, { description: 'What to record or change.' })
    input: RecordEarningsInput,
  ) {
    const { value, ...rest } = await cooperatives.recordEarnings(ctx, input);
    return { earnings: value, ...rest };
  }
}

@Resolver(() => EnterpriseShare)
export class EnterpriseShareResolver {
  @FieldResolver(() => Member, { description: 'The member holding the share.' })
  async member(@Root() share: EnterpriseShare, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.memberById.load(share.member.id))!;
  }
}

@Resolver(() => EnterpriseEarnings)
export class EnterpriseEarningsResolver {
  @FieldResolver(() => Enterprise, { description: 'The enterprise.' })
  async enterprise(@Root() earnings: EnterpriseEarnings, @Ctx() ctx: Context): Promise<Enterprise> {
    return (await ctx.loaders.enterpriseById.load(earnings.enterprise.id))!;
  }
}

@Resolver(() => MemberIncome)
export class MemberIncomeResolver {
  @FieldResolver(() => Member, { description: 'The member.' })
  async member(@Root() income: MemberIncome, @Ctx() ctx: Context): Promise<Member> {
    return (await ctx.loaders.memberById.load(income.member.id))!;
  }
}
