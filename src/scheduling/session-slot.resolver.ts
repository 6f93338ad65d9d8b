import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Workshop } from '../workshops';
import { SessionSlot } from './session-slot.entity';
import {
  ChangeSessionSlotInput,
  CreateSessionSlotInput,
  CreateSessionSlotPayload,
  EndSessionSlotInput,
  SessionSlotChangePayload,
} from './session-slot.input';
import {
  changeSessionSlot,
  createSessionSlot,
  endSessionSlot,
  type SlotChangeResult,
} from './session-slot.service';

function slotChangePayload(value: SlotChangeResult | null, errors: SessionSlotChangePayload['errors']) {
  return {
    slot: value?.slot ?? null,
    occurrences: value?.outcome.occurrences ?? null,
    promoted: value?.outcome.promoted ?? null,
    released: value?.outcome.released ?? null,
    errors,
  };
}

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

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => SessionSlotChangePayload, {
    description:
      'Changes capacity, times or weekday of a weekly slot from a date on; bookings move along, none is cancelled.',
  })
  async changeSessionSlot(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangeSessionSlotInput, { description: 'The slot, from when, and what changes.' })
    input: ChangeSessionSlotInput,
  ): Promise<SessionSlotChangePayload> {
    const { value, errors } = await changeSessionSlot(ctx, input);
    return slotChangePayload(value, errors);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => SessionSlotChangePayload, {
    description: 'Ends a weekly slot after its last date; later dates are cancelled with their bookings.',
  })
  async endSessionSlot(
    @Ctx() ctx: Context,
    @Arg('input', () => EndSessionSlotInput, { description: 'The slot and its last date.' })
    input: EndSessionSlotInput,
  ): Promise<SessionSlotChangePayload> {
    const { value, errors } = await endSessionSlot(ctx, input);
    return slotChangePayload(value, errors);
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
