import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canSeePersonalData } from '../auth';
import { Participant } from '../participants';
import { listPlacements } from './lists.service';
import { type Context, Role } from '../auth';
import { Placement, PlacementStage } from './placement.entity';
import { PlacementConnection } from './skills.types';
import { confirmPlacement, proposePlacement, updatePlacement } from './placement.service';
import {
  ConfirmPlacementInput,
  ConfirmPlacementPayload,
  PlacementPayload,
  ProposePlacementInput,
  UpdatePlacementInput,
} from './skills.input';
import { Vacancy } from './vacancy.entity';

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => PlacementConnection, {
    description:
      "Placements, newest first, a page at a time. ADMIN all; staff of a place its organisation's. Employers see " +
      'none: the coordinator talks with them, and people reach an employer only through a consented shortlist.',
  })
  placements(
    @Ctx() ctx: Context,
    @Arg('vacancyId', () => ID, { nullable: true, description: 'Only placements for this vacancy.' })
    vacancyId: string | null,
    @Arg('participantId', () => ID, { nullable: true, description: 'Only placements of this participant.' })
    participantId: string | null,
    @Arg('stage', () => PlacementStage, { nullable: true, description: 'Only placements at this stage.' })
    stage: PlacementStage | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100; default 20.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<PlacementConnection> {
    return listPlacements(ctx, { vacancyId, participantId, stage, first, after });
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => PlacementPayload, {
    description:
      "Proposes a participant for a vacancy; needs their active consent. ADMIN or the organisation's staff.",
  })
  async proposePlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => ProposePlacementInput, { description: 'Who for what.' }) input: ProposePlacementInput,
  ): Promise<PlacementPayload> {
    const { value, errors } = await proposePlacement(ctx, input);
    return { placement: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => PlacementPayload, {
    description: "Moves a placement on: interview, placed or not placed. ADMIN or the organisation's staff.",
  })
  async updatePlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePlacementInput, { description: 'The change.' }) input: UpdatePlacementInput,
  ): Promise<PlacementPayload> {
    const { value, errors } = await updatePlacement(ctx, input);
    return { placement: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => ConfirmPlacementPayload, {
    description:
      "Confirms a placement; paid work ends the participant's enrolments with outflow PAID_WORK. ADMIN or the organisation's staff.",
  })
  async confirmPlacement(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmPlacementInput, { description: 'Which placement.' })
    input: ConfirmPlacementInput,
  ): Promise<ConfirmPlacementPayload> {
    const { value, errors } = await confirmPlacement(ctx, input);
    return { placement: value?.placement ?? null, endedEnrolments: value?.endedEnrolments ?? 0, errors };
  }

  @FieldResolver(() => Vacancy, { description: 'The vacancy.' })
  async vacancy(@Root() placement: Placement, @Ctx() ctx: Context): Promise<Vacancy> {
    return (await ctx.loaders.vacancyById.load(placement.vacancy.id))!;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description:
      "The person proposed; null for everyone but ADMIN and the staff of the participant's organisation.",
  })
  async participant(@Root() placement: Placement, @Ctx() ctx: Context): Promise<Participant | null> {
    if (!canSeePersonalData(ctx.viewer, placement.organisation.id)) return null;
    return (await ctx.loaders.participantById.load(placement.participant.id)) ?? null;
  }
}
