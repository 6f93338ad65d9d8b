import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, Role } from '../auth';
import { Placement } from './placement.entity';
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
}
