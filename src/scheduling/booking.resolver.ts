import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Enrolment } from '../enrolments';
import { Participant } from '../participants';
import { Booking, BookingStatus } from './booking.entity';
import {
  BookInput,
  BookPayload,
  CancelBookingInput,
  CancelBookingPayload,
  EndRecurringBookingInput,
  EndRecurringBookingPayload,
  PromoteFromWaitlistInput,
  PromoteFromWaitlistPayload,
} from './booking.input';
import { book, cancelBooking, endRecurringBooking, promoteFromWaitlist } from './booking.service';
import { Occurrence } from './occurrence.entity';
import { RecurringBooking } from './recurring-booking.entity';
import { SessionSlot } from './session-slot.entity';
import { waitlist } from './week.service';

@Resolver(() => Booking)
export class BookingResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => [Booking], {
    description:
      "The waitlist of an occurrence in order (waitlistPosition 1 moves up first), each with waitlistedAt: since when. ADMIN or the place's staff; empty when unknown or not yours to see.",
  })
  waitlist(
    @Ctx() ctx: Context,
    @Arg('occurrenceId', () => ID, { description: 'The occurrence.' }) occurrenceId: string,
  ): Promise<Booking[]> {
    return waitlist(ctx, occurrenceId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Position on the waitlist (1 = next) when WAITLISTED.',
  })
  async waitlistPosition(@Root() booking: Booking, @Ctx() ctx: Context): Promise<number | null> {
    if (booking.status !== BookingStatus.WAITLISTED) return null;
    return (await ctx.loaders.waitlistByOccurrenceId.load(booking.occurrence.id)).get(booking.id) ?? null;
  }

  @FieldResolver(() => Participant, { description: 'The participant.' })
  async participant(@Root() booking: Booking, @Ctx() ctx: Context): Promise<Participant> {
    return (await ctx.loaders.participantById.load(booking.participant.id))!;
  }

  @FieldResolver(() => Occurrence, { nullable: true, description: 'The occurrence (date) booked.' })
  occurrence(@Root() booking: Booking, @Ctx() ctx: Context): Promise<Occurrence | null> {
    return ctx.loaders.occurrenceById.load(booking.occurrence.id);
  }

  @FieldResolver(() => Enrolment, { description: 'The enrolment it was booked for.' })
  async enrolment(@Root() booking: Booking, @Ctx() ctx: Context): Promise<Enrolment> {
    return (await ctx.loaders.enrolmentById.load(booking.enrolment.id))!;
  }

  @FieldResolver(() => RecurringBooking, {
    nullable: true,
    description: 'The standing (weekly) booking it came from; null for a single date.',
  })
  recurringBooking(@Root() booking: Booking, @Ctx() ctx: Context): Promise<RecurringBooking | null> | null {
    return booking.recurringBooking
      ? ctx.loaders.recurringBookingById.load(booking.recurringBooking.id)
      : null;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => BookPayload, {
    description:
      'Books an enrolled participant into a weekly slot (every week) or one date; when full, onto the waitlist.',
  })
  async book(
    @Ctx() ctx: Context,
    @Arg('input', () => BookInput, { description: 'The enrolment and what to book.' }) input: BookInput,
  ): Promise<BookPayload> {
    const { value, errors } = await book(ctx, input);
    return {
      booking: value?.booking ?? null,
      status: value?.status ?? null,
      waitlistPosition: value?.waitlistPosition ?? null,
      recurringBooking: value?.recurringBooking ?? null,
      weeksBooked: value?.weeks?.booked ?? null,
      weeksWaitlisted: value?.weeks?.waitlisted ?? null,
      firstBookedDate: value?.weeks?.firstBooked ?? null,
      firstWaitlistedDate: value?.weeks?.firstWaitlisted ?? null,
      errors,
    };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => CancelBookingPayload, {
    description: 'Cancels a booking; the first person on the waitlist moves up automatically.',
  })
  async cancelBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelBookingInput, { description: 'The booking.' }) input: CancelBookingInput,
  ): Promise<CancelBookingPayload> {
    const { value, errors } = await cancelBooking(ctx, input);
    return { booking: value?.booking ?? null, promoted: value?.promoted ?? null, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => PromoteFromWaitlistPayload, {
    description: 'Moves a waitlisted booking up by hand, out of turn if need be. ADMIN or staff.',
  })
  async promoteFromWaitlist(
    @Ctx() ctx: Context,
    @Arg('input', () => PromoteFromWaitlistInput, { description: 'The booking.' })
    input: PromoteFromWaitlistInput,
  ): Promise<PromoteFromWaitlistPayload> {
    const { value, errors } = await promoteFromWaitlist(ctx, input);
    return { booking: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => EndRecurringBookingPayload, {
    description:
      'Stops a standing (weekly) booking after a date; later bookings are released to the waitlist.',
  })
  async endRecurringBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => EndRecurringBookingInput, { description: 'The standing booking and its last date.' })
    input: EndRecurringBookingInput,
  ): Promise<EndRecurringBookingPayload> {
    const { value, errors } = await endRecurringBooking(ctx, input);
    return { recurringBooking: value?.recurringBooking ?? null, released: value?.released ?? null, errors };
  }
}

@Resolver(() => RecurringBooking)
export class RecurringBookingResolver {
  @FieldResolver(() => SessionSlot, { description: 'The weekly slot.' })
  async slot(@Root() recurring: RecurringBooking, @Ctx() ctx: Context): Promise<SessionSlot> {
    return (await ctx.loaders.sessionSlotById.load(recurring.slot.id))!;
  }

  @FieldResolver(() => Enrolment, { description: 'The enrolment.' })
  async enrolment(@Root() recurring: RecurringBooking, @Ctx() ctx: Context): Promise<Enrolment> {
    return (await ctx.loaders.enrolmentById.load(recurring.enrolment.id))!;
  }

  @FieldResolver({ description: 'True when cancelled or ended with the enrolment.' })
  cancelled(@Root() recurring: RecurringBooking): boolean {
    return recurring.cancelledAt != null || recurring.endedWithEnrolment;
  }
}
