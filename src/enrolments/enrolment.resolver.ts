import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Participant } from '../participants';
import { Place } from '../places';
import { Workshop } from '../workshops';
import { Enrolment } from './enrolment.entity';
import {
  CorrectEnrolmentEndInput,
  CorrectEnrolmentEndPayload,
  EndEnrolmentInput,
  EndEnrolmentPayload,
  EnrolInput,
  EnrolPayload,
  PauseEnrolmentInput,
  PauseEnrolmentPayload,
  ReopenEnrolmentInput,
  ReopenEnrolmentPayload,
  ResumeEnrolmentInput,
  ResumeEnrolmentPayload,
} from './enrolment.input';
import { EnrolmentStatus } from './enrolment.entity';
import { EnrolmentPause } from './enrolment-pause.entity';
import {
  correctEnrolmentEnd,
  currentStatus,
  pauseEnrolment,
  reopenEnrolment,
  resumeEnrolment,
} from './enrolment-lifecycle.service';
import { endEnrolment, enrol, listOutflowReasons } from './enrolment.service';
import { OutflowReason } from './outflow-reason.entity';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => [OutflowReason], {
    description: 'Outflow reasons (uitstroom) to end an enrolment with; data, not code.',
  })
  outflowReasons(
    @Ctx() ctx: Context,
    @Arg('includeInactive', { defaultValue: false, description: 'Also list reasons no longer offered.' })
    includeInactive: boolean,
  ): Promise<OutflowReason[]> {
    return listOutflowReasons(ctx, includeInactive);
  }

  @FieldResolver(() => EnrolmentStatus, {
    description:
      'ACTIVE, PAUSED or ENDED, today. ENDED from the end date on; before that an ended enrolment is ACTIVE (or PAUSED) with endDate set.',
  })
  async status(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<EnrolmentStatus> {
    return currentStatus(enrolment, await ctx.loaders.pausesByEnrolmentId.load(enrolment.id));
  }

  @FieldResolver(() => [EnrolmentPause], { description: 'Its pauses, in date order.' })
  pauses(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<EnrolmentPause[]> {
    return ctx.loaders.pausesByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => Participant, { description: 'The participant.' })
  async participant(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Participant> {
    return (await ctx.loaders.participantById.load(enrolment.participant.id))!;
  }

  @FieldResolver(() => Workshop, { description: 'The workshop.' })
  async workshop(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Workshop> {
    return (await ctx.loaders.workshopById.load(enrolment.workshop.id))!;
  }

  @FieldResolver(() => Place, { description: "The workshop's place." })
  async place(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(enrolment.place.id))!;
  }

  @FieldResolver(() => OutflowReason, { nullable: true, description: 'Why it ended; null until it has.' })
  outflow(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<OutflowReason | null> | null {
    return enrolment.outflow ? ctx.loaders.outflowReasonByCode.load(enrolment.outflow.unwrap().code) : null;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => EnrolPayload, {
    description: "Enrols a participant in a workshop. ADMIN or the organisation's staff.",
  })
  async enrol(
    @Ctx() ctx: Context,
    @Arg('input', () => EnrolInput, { description: 'Who, where and from when.' }) input: EnrolInput,
  ): Promise<EnrolPayload> {
    const { value, errors } = await enrol(ctx, input);
    return { enrolment: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => EndEnrolmentPayload, {
    description: 'Ends an enrolment with an outflow reason and releases its later bookings.',
  })
  async endEnrolment(
    @Ctx() ctx: Context,
    @Arg('input', () => EndEnrolmentInput, { description: 'The enrolment, end date and reason.' })
    input: EndEnrolmentInput,
  ): Promise<EndEnrolmentPayload> {
    const { value, errors } = await endEnrolment(ctx, input);
    return { enrolment: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => PauseEnrolmentPayload, {
    description:
      'Pauses an enrolment; its bookings in the pause are released and go to the waitlist in order.',
  })
  async pauseEnrolment(
    @Ctx() ctx: Context,
    @Arg('input', () => PauseEnrolmentInput, { description: 'The enrolment and the pause.' })
    input: PauseEnrolmentInput,
  ): Promise<PauseEnrolmentPayload> {
    const { value, errors } = await pauseEnrolment(ctx, input);
    return { enrolment: value?.enrolment ?? null, pause: value?.pause ?? null, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => ResumeEnrolmentPayload, {
    description: 'Ends a pause; the standing bookings book again from that day (or join the waitlist).',
  })
  async resumeEnrolment(
    @Ctx() ctx: Context,
    @Arg('input', () => ResumeEnrolmentInput, { description: 'The enrolment and the first day back.' })
    input: ResumeEnrolmentInput,
  ): Promise<ResumeEnrolmentPayload> {
    const { value, errors } = await resumeEnrolment(ctx, input);
    return { enrolment: value?.enrolment ?? null, pause: value?.pause ?? null, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => CorrectEnrolmentEndPayload, {
    description:
      'Corrects the end date and/or outflow reason of an ended enrolment, within the correction window.',
  })
  async correctEnrolmentEnd(
    @Ctx() ctx: Context,
    @Arg('input', () => CorrectEnrolmentEndInput, { description: 'The enrolment and the corrections.' })
    input: CorrectEnrolmentEndInput,
  ): Promise<CorrectEnrolmentEndPayload> {
    const { value, errors } = await correctEnrolmentEnd(ctx, input);
    return { enrolment: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => ReopenEnrolmentPayload, {
    description: 'Undoes the end of an enrolment; its standing bookings book again where places are free.',
  })
  async reopenEnrolment(
    @Ctx() ctx: Context,
    @Arg('input', () => ReopenEnrolmentInput, { description: 'The ended enrolment.' })
    input: ReopenEnrolmentInput,
  ): Promise<ReopenEnrolmentPayload> {
    const { value, errors } = await reopenEnrolment(ctx, input);
    return { enrolment: value, errors };
  }
}
