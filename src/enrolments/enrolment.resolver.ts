import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Participant } from '../participants';
import { Place } from '../places';
import { Workshop } from '../workshops';
import { Enrolment } from './enrolment.entity';
import { EndEnrolmentInput, EndEnrolmentPayload, EnrolInput, EnrolPayload } from './enrolment.input';
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
}
