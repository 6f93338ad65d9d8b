import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Workshop } from '../workshops';
import { SessionSlot } from './session-slot.entity';
import { CreateSessionSlotInput, CreateSessionSlotPayload } from './session-slot.input';
import { createSessionSlot } from './session-slot.service';

@Resolver(() => SessionSlot)
export class SessionSlotResolver {
  @FieldResolver(() => Workshop, { description: 'The workshop.' })
  async workshop(@Root() slot: SessionSlot, @Ctx() ctx: Context): Promise<Workshop> {
    return (await ctx.loaders.workshopById.load(slot.workshop.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => CreateSessionSlotPayload, {
    description:
      'Adds a weekly session to a workshop and writes its dates. ADMIN or staff of the organisation.',
  })
  async createSessionSlot(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateSessionSlotInput, { description: 'The weekly session.' })
    input: CreateSessionSlotInput,
  ): Promise<CreateSessionSlotPayload> {
    const { value, errors } = await createSessionSlot(ctx, input);
    return { slot: value, errors };
  }
}

/** Scheduling fields on the foundation's Workshop type. */
@Resolver(() => Workshop)
export class WorkshopSessionsResolver {
  @FieldResolver(() => [SessionSlot], { description: 'Weekly session slots, by weekday and start time.' })
  sessionSlots(@Root() workshop: Workshop, @Ctx() ctx: Context): Promise<SessionSlot[]> {
    return ctx.loaders.sessionSlotsByWorkshopId.load(workshop.id);
  }
}
