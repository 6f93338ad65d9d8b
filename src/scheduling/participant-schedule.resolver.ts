import { Arg, Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { Context } from '../auth';
import { Participant, ParticipantPersonalData } from '../participants';
import { daysBetween } from '../shared/dates';
import { badInput } from '../shared/errors';
import { DateScalar } from '../shared/scalars';
import { Booking } from './booking.entity';
import { RecurringBooking } from './recurring-booking.entity';

/** Longest date range `schedule` answers for. */
const MAX_SCHEDULE_DAYS = 366;

/** `Participant.schedule`: resolved here, so that participants need not know scheduling. */
@Resolver(() => Participant)
export class ParticipantScheduleResolver {
  @UseMiddleware(ParticipantPersonalData)
  @FieldResolver(() => [Booking], {
    description: 'Live bookings (booked or waitlisted) with dates in the range, by date; at most 366 days.',
  })
  schedule(
    @Root() participant: Participant,
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { description: 'First date.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last date.' }) to: string,
  ): Promise<Booking[]> {
    const days = daysBetween(from, to);
    if (days < 0 || days > MAX_SCHEDULE_DAYS) {
      throw badInput(`to must be from 0 to ${MAX_SCHEDULE_DAYS} days after from.`, 'to');
    }
    return ctx.loaders.scheduleByParticipant.load({ participantId: participant.id, from, to });
  }

  @UseMiddleware(ParticipantPersonalData)
  @FieldResolver(() => [RecurringBooking], {
    description: 'Standing (weekly) bookings that still book: not stopped and their last date not passed.',
  })
  standingBookings(@Root() participant: Participant, @Ctx() ctx: Context): Promise<RecurringBooking[]> {
    return ctx.loaders.standingBookingsByParticipantId.load(participant.id);
  }
}
