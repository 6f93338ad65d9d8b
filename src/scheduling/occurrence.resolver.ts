import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Place } from '../places';
import { DateScalar } from '../shared/scalars';
import { Workshop } from '../workshops';
import { Booking } from './booking.entity';
import { Occurrence } from './occurrence.entity';
import { overbooked as overbookedBy } from './slot-change.rules';
import { SessionSlot } from './session-slot.entity';
import {
  AddOccurrenceInput,
  CancelOccurrenceInput,
  ChangeOccurrenceInput,
  ChangeOccurrencePayload,
  OccurrencePayload,
  RestoreOccurrenceInput,
  RestoreOccurrencePayload,
} from './session-slot.input';
import { addOccurrence, cancelOccurrence, changeOccurrence, restoreOccurrence } from './session-slot.service';
import { PlaceWeek, WorkshopRoster } from './week.types';
import { findOccurrence, placeWeek, workshopRoster } from './week.service';

@Resolver(() => Occurrence)
export class OccurrenceResolver {
  @Authorized()
  @Query(() => Occurrence, {
    nullable: true,
    description: "One dated session; null when unknown or outside your scope. ADMIN or the place's staff.",
  })
  occurrence(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Id of the occurrence.' }) id: string,
  ): Promise<Occurrence | null> {
    return findOccurrence(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => PlaceWeek, {
    description:
      "Every workshop's occurrences in a week at a place, with occupancy. ADMIN or the place's staff.",
  })
  placeWeek(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('weekStart', () => DateScalar, {
      description: 'Any date in the week; the week runs Monday to Sunday.',
    })
    weekStart: string,
  ): Promise<PlaceWeek> {
    return placeWeek(ctx, placeId, weekStart);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => WorkshopRoster, {
    description:
      "A workshop's occurrences on a date with bookings, waitlist and attendance. ADMIN or its staff.",
  })
  workshopRoster(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID, { description: 'The workshop.' }) workshopId: string,
    @Arg('date', () => DateScalar, { description: 'The date.' }) date: string,
  ): Promise<WorkshopRoster> {
    return workshopRoster(ctx, workshopId, date);
  }

  @FieldResolver(() => Int, { description: 'Number of people on the waitlist.' })
  async waitlistCount(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.waitlistByOccurrenceId.load(occurrence.id)).size;
  }

  @FieldResolver(() => Int, {
    description:
      'Bookings beyond capacity: kept when the capacity was cut below the places already taken (never cancelled); 0 normally.',
  })
  overbooked(@Root() occurrence: Occurrence): number {
    return overbookedBy(occurrence.bookedCount, occurrence.capacity);
  }

  @FieldResolver(() => Int, { description: 'Places still free: capacity minus booked; 0 when cancelled.' })
  freePlaces(@Root() occurrence: Occurrence): number {
    return occurrence.cancelled ? 0 : Math.max(0, occurrence.capacity - occurrence.bookedCount);
  }

  @FieldResolver(() => [Booking], {
    description: 'Live bookings: BOOKED ones first, then the waitlist in order.',
  })
  bookings(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<Booking[]> {
    return ctx.loaders.liveBookingsByOccurrenceId.load(occurrence.id);
  }

  @FieldResolver(() => Workshop, { description: 'The workshop.' })
  async workshop(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<Workshop> {
    return (await ctx.loaders.workshopById.load(occurrence.workshop.id))!;
  }

  @FieldResolver(() => Place, { description: 'The place.' })
  async place(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(occurrence.place.id))!;
  }

  @FieldResolver(() => SessionSlot, {
    nullable: true,
    description: 'The weekly slot; null for an extra date.',
  })
  slot(@Root() occurrence: Occurrence, @Ctx() ctx: Context): Promise<SessionSlot | null> | null {
    return occurrence.slot ? ctx.loaders.sessionSlotById.load(occurrence.slot.id) : null;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => OccurrencePayload, {
    description: 'Cancels one date (holiday); bookings stay for history. ADMIN or staff of the organisation.',
  })
  async cancelOccurrence(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelOccurrenceInput, { description: 'Which date, and why.' })
    input: CancelOccurrenceInput,
  ): Promise<OccurrencePayload> {
    const { value, errors } = await cancelOccurrence(ctx, input);
    return { occurrence: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => OccurrencePayload, {
    description: 'Adds an extra date to a workshop. ADMIN or staff of the organisation.',
  })
  async addOccurrence(
    @Ctx() ctx: Context,
    @Arg('input', () => AddOccurrenceInput, { description: 'The extra date.' }) input: AddOccurrenceInput,
  ): Promise<OccurrencePayload> {
    const { value, errors } = await addOccurrence(ctx, input);
    return { occurrence: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RestoreOccurrencePayload, {
    description: 'Undoes the cancellation of a date; it starts empty unless rebook. ADMIN or staff.',
  })
  async restoreOccurrence(
    @Ctx() ctx: Context,
    @Arg('input', () => RestoreOccurrenceInput, { description: 'The cancelled date.' })
    input: RestoreOccurrenceInput,
  ): Promise<RestoreOccurrencePayload> {
    const { value, errors } = await restoreOccurrence(ctx, input);
    return {
      occurrence: value?.occurrence ?? null,
      kept: value?.outcome.kept ?? null,
      released: value?.outcome.released ?? null,
      rebooked: value?.outcome.rebooked ?? null,
      errors,
    };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => ChangeOccurrencePayload, {
    description: 'Changes capacity or times of one date; no booking is cancelled. ADMIN or staff.',
  })
  async changeOccurrence(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangeOccurrenceInput, { description: 'The date and what changes.' })
    input: ChangeOccurrenceInput,
  ): Promise<ChangeOccurrencePayload> {
    const { value, errors } = await changeOccurrence(ctx, input);
    return { occurrence: value?.occurrence ?? null, promoted: value?.promoted ?? null, errors };
  }
}
