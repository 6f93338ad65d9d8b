import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
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
