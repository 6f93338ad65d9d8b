import { IsBoolean, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../shared/errors';
import { IsId } from '../shared/validation';
import { DateScalar } from '../shared/scalars';
import { Booking, BookingStatus } from './booking.entity';
import { RecurringBooking } from './recurring-booking.entity';

@InputType({
  description:
    'Books an enrolled participant: give exactly one of slotId (every week, a standing booking) or occurrenceId (one date).',
})
export class BookInput {
  @Field(() => ID, { description: 'The enrolment (plaatsing) to book for.' })
  @IsId()
  enrolmentId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A weekly slot of the enrolment's workshop: book every week from today (or the start) on.",
  })
  @IsOptional()
  @IsId()
  slotId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One occurrence (date) to book.' })
  @IsOptional()
  @IsId()
  occurrenceId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'With slotId only: the last date to book every week; omitted: until the enrolment ends.',
  })
  until?: string | null;
}

@ObjectType({
  description:
    'Result of book. A full occurrence is not an error: status is WAITLISTED with the position on the waitlist.',
})
export class BookPayload extends MutationPayload {
  @Field(() => Booking, {
    nullable: true,
    description: 'The booking of the occurrence, or of the first occurrence of a weekly booking.',
  })
  booking!: Booking | null;

  @Field(() => BookingStatus, { nullable: true, description: 'BOOKED or WAITLISTED; null on errors.' })
  status!: BookingStatus | null;

  @Field(() => Int, { nullable: true, description: 'Position on the waitlist (1 = next) when WAITLISTED.' })
  waitlistPosition!: number | null;

  @Field(() => RecurringBooking, {
    nullable: true,
    description: 'The standing booking, for a weekly booking.',
  })
  recurringBooking!: RecurringBooking | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Weekly booking: the number of written weeks that got a place; null for one date.',
  })
  weeksBooked!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Weekly booking: the number of written weeks on the waitlist (full); null for one date.',
  })
  weeksWaitlisted!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Weekly booking: the first date with a place.' })
  firstBookedDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Weekly booking: the first date on the waitlist.' })
  firstWaitlistedDate!: string | null;
}

@InputType({ description: 'Stops a standing (weekly) booking after a date.' })
export class EndRecurringBookingInput {
  @Field(() => ID, { description: 'The standing booking.' })
  @IsId()
  recurringBookingId!: string;

  @Field(() => DateScalar, {
    description: 'Its last date; bookings after it are released (their places go to the waitlist in order).',
  })
  after!: string;
}

@ObjectType({ description: 'Result of endRecurringBooking.' })
export class EndRecurringBookingPayload extends MutationPayload {
  @Field(() => RecurringBooking, {
    nullable: true,
    description: 'The standing booking; null when errors is not empty.',
  })
  recurringBooking!: RecurringBooking | null;

  @Field(() => Int, { nullable: true, description: 'Bookings after the date that were released.' })
  released!: number | null;
}

@InputType({ description: 'Cancels a booking; a freed place goes to the first person on the waitlist.' })
export class CancelBookingInput {
  @Field(() => ID, { description: 'The booking to cancel.' })
  @IsId()
  bookingId!: string;
}

@ObjectType({ description: 'Result of cancelBooking.' })
export class CancelBookingPayload extends MutationPayload {
  @Field(() => Booking, {
    nullable: true,
    description: 'The cancelled booking; null when errors is not empty.',
  })
  booking!: Booking | null;

  @Field(() => Booking, { nullable: true, description: 'The waitlisted booking that moved up, if any.' })
  promoted!: Booking | null;
}

@InputType({ description: 'Moves one waitlisted booking up by hand, out of turn if need be.' })
export class PromoteFromWaitlistInput {
  @Field(() => ID, { description: 'The waitlisted booking.' })
  @IsId()
  bookingId!: string;

  @Field({
    defaultValue: false,
    description:
      'When the occurrence is full: add one place to its capacity instead of answering CAPACITY_REACHED.',
  })
  @IsBoolean()
  addPlace: boolean = false;
}

@ObjectType({ description: 'Result of promoteFromWaitlist.' })
export class PromoteFromWaitlistPayload extends MutationPayload {
  @Field(() => Booking, {
    nullable: true,
    description: 'The booking, now BOOKED; null when errors is not empty.',
  })
  booking!: Booking | null;
}
