import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { ParticipantPersonalData } from '../auth/personal-data.middleware';
import { Role } from '../auth/viewer';
import type { Context } from '../context';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Booking } from '../scheduling/booking.entity';
import { badInput } from '../shared/errors';
import { daysBetween } from '../shared/dates';
import { DateScalar } from '../shared/scalars';
import { Participant } from './participant.entity';
import {
  RegisterParticipantInput,
  RegisterParticipantPayload,
  UpdateParticipantInput,
  UpdateParticipantPayload,
} from './participant.input';
import {
  findParticipant,
  listParticipants,
  registerParticipant,
  updateParticipant,
} from './participant.service';
import { ParticipantConnection } from './participant.types';

/** Longest date range `schedule` answers for. */
const MAX_SCHEDULE_DAYS = 366;

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, {
    nullable: true,
    description:
      "One participant; null when unknown or not yours to see (ADMIN and the organisation's staff).",
  })
  participant(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The participant.' }) id: string) {
    return findParticipant(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Query(() => ParticipantConnection, {
    description:
      "An organisation's participants by name, a page at a time. ADMIN and the organisation's staff.",
  })
  participants(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Only names containing this text (any case).',
    })
    search?: string | null,
  ): Promise<ParticipantConnection> {
    return listParticipants(ctx, { organisationId, first, after, search });
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the person takes part at.' })
  async organisation(@Root() participant: Participant, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(participant.organisation.id))!;
  }

  @UseMiddleware(ParticipantPersonalData)
  @FieldResolver(() => [Enrolment], { description: 'Enrolments (plaatsingen), newest start first.' })
  enrolments(@Root() participant: Participant, @Ctx() ctx: Context): Promise<Enrolment[]> {
    return ctx.loaders.enrolmentsByParticipantId.load(participant.id);
  }

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

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RegisterParticipantPayload, {
    description: "Registers a participant with just a name needed. ADMIN or the organisation's staff.",
  })
  async registerParticipant(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterParticipantInput, { description: 'The person.' })
    input: RegisterParticipantInput,
  ): Promise<RegisterParticipantPayload> {
    const { value, errors } = await registerParticipant(ctx, input);
    return { participant: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => UpdateParticipantPayload, {
    description: "Changes a participant. ADMIN or the organisation's staff.",
  })
  async updateParticipant(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateParticipantInput, { description: 'The changes.' })
    input: UpdateParticipantInput,
  ): Promise<UpdateParticipantPayload> {
    const { value, errors } = await updateParticipant(ctx, input);
    return { participant: value, errors };
  }
}
