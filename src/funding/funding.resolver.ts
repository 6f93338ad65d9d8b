import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, pageOfList } from '../shared/pagination';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Organisation } from '../organisations';
import { Place } from '../places';
import { Workshop } from '../workshops';
import { FundingAgreement } from './funding-agreement.entity';
import { acceptFundingAgreement, rejectFundingAgreement } from './agreement-decision.service';
import {
  AcceptFundingAgreementInput,
  CreateFundingAgreementInput,
  CreateFundingStreamInput,
  FundingAgreementPayload,
  FundingStreamPayload,
  LinkParticipantFundingInput,
  LinkParticipantFundingPayload,
  RejectFundingAgreementInput,
  UpdateFundingAgreementInput,
  UpdateFundingStreamInput,
  UpdateParticipantFundingLinkInput,
} from './funding.input';
import {
  createFundingAgreement,
  createFundingStream,
  listFundingAgreements,
  listFundingStreams,
  updateFundingAgreement,
  updateFundingStream,
} from './funding.service';
import { FundingStream } from './funding-stream.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import {
  linkParticipantFunding,
  participantLinksOf,
  updateParticipantFundingLink,
} from './participant-link.service';

const { ConnectionType: FundingStreamConnection } = connectionTypes(
  FundingStream,
  'FundingStream',
  'funding stream',
);
type FundingStreamConnection = InstanceType<typeof FundingStreamConnection>;

const { ConnectionType: FundingAgreementConnection } = connectionTypes(
  FundingAgreement,
  'FundingAgreement',
  'funding agreement',
);
type FundingAgreementConnection = InstanceType<typeof FundingAgreementConnection>;

@Resolver(() => FundingStream)
export class FundingStreamResolver {
  @Authorized(Role.ADMIN, Role.FUNDER)
  @Query(() => [FundingStream], {
    deprecationReason: 'Use fundingStreamsConnection, which pages; this list goes in the next release.',
    description: 'Streams of a funder, by name. ADMIN or that FUNDER; empty for anyone else.',
  })
  fundingStreams(
    @Ctx() ctx: Context,
    @Arg('funderId', () => ID, { description: 'The funder organisation.' }) funderId: string,
  ): Promise<FundingStream[]> {
    return listFundingStreams(ctx, funderId);
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Query(() => FundingStreamConnection, {
    description:
      'Streams of a funder by name, a page at a time. ADMIN or that FUNDER; empty for anyone else.',
  })
  async fundingStreamsConnection(
    @Ctx() ctx: Context,
    @Arg('funderId', () => ID, { description: 'The funder organisation.' }) funderId: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<FundingStreamConnection> {
    return pageOfList(FundingStreamConnection, await listFundingStreams(ctx, funderId), first, after);
  }

  @FieldResolver(() => Organisation, { description: 'The funder organisation.' })
  async funder(@Root() stream: FundingStream, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(stream.funder.id))!;
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => FundingStreamPayload, {
    description: 'Adds a funding stream. ADMIN, or a FUNDER for itself.',
  })
  async createFundingStream(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateFundingStreamInput, { description: 'The stream to add.' })
    input: CreateFundingStreamInput,
  ): Promise<FundingStreamPayload> {
    const { value, errors } = await createFundingStream(ctx, input);
    return { stream: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => FundingStreamPayload, {
    description: 'Renames a stream or changes its kind. ADMIN or its FUNDER.',
  })
  async updateFundingStream(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFundingStreamInput, { description: 'The stream and the changes to make.' })
    input: UpdateFundingStreamInput,
  ): Promise<FundingStreamPayload> {
    const { value, errors } = await updateFundingStream(ctx, input);
    return { stream: value, errors };
  }
}

@Resolver(() => FundingAgreement)
export class FundingAgreementResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [FundingAgreement], {
    deprecationReason: 'Use fundingAgreementsConnection, which pages; this list goes in the next release.',
    description:
      "Agreements on a place, by first month: all for ADMIN and the place's staff, its own for a FUNDER, none otherwise.",
  })
  fundingAgreements(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
  ): Promise<FundingAgreement[]> {
    return listFundingAgreements(ctx, placeId);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => FundingAgreementConnection, {
    description:
      "Agreements on a place by first month, a page at a time: all for ADMIN and the place's staff, its own for a FUNDER.",
  })
  async fundingAgreementsConnection(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<FundingAgreementConnection> {
    return pageOfList(FundingAgreementConnection, await listFundingAgreements(ctx, placeId), first, after);
  }

  @FieldResolver(() => FundingStream, { description: 'The stream that pays.' })
  async stream(@Root() agreement: FundingAgreement, @Ctx() ctx: Context): Promise<FundingStream> {
    return (await ctx.loaders.fundingStreamById.load(agreement.stream.id))!;
  }

  @FieldResolver(() => Place, { description: 'The place paid for.' })
  async place(@Root() agreement: FundingAgreement, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(agreement.place.id))!;
  }

  @FieldResolver(() => Workshop, {
    nullable: true,
    description: 'The workshop paid for; null for the whole place.',
  })
  workshop(@Root() agreement: FundingAgreement, @Ctx() ctx: Context): Promise<Workshop | null> | null {
    return agreement.workshop ? ctx.loaders.workshopById.load(agreement.workshop.id) : null;
  }

  @FieldResolver(() => [ParticipantFundingLink], {
    description:
      'Participants counted by this agreement (ids and dates only), by first day. Only ADMIN, the place’s staff ' +
      'and the agreement’s own funder see them; anyone else gets an empty list.',
  })
  participantLinks(
    @Root() agreement: FundingAgreement,
    @Ctx() ctx: Context,
  ): Promise<ParticipantFundingLink[]> {
    return participantLinksOf(ctx, agreement);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Mutation(() => FundingAgreementPayload, {
    description:
      "Proposes an agreement between a stream and a place: by the stream's FUNDER or the place's staff, PROPOSED " +
      'until the other side accepts it; by ADMIN, ACCEPTED at once.',
  })
  async createFundingAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateFundingAgreementInput, { description: 'The agreement to add.' })
    input: CreateFundingAgreementInput,
  ): Promise<FundingAgreementPayload> {
    const { value, errors } = await createFundingAgreement(ctx, input);
    return { agreement: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => FundingAgreementPayload, {
    description:
      "Changes an agreement's place, workshop, months, basis or terms. ADMIN or the stream's FUNDER; a change by " +
      'the FUNDER makes it PROPOSED again, to be accepted by the place.',
  })
  async updateFundingAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFundingAgreementInput, {
      description: 'The agreement and the changes to make.',
    })
    input: UpdateFundingAgreementInput,
  ): Promise<FundingAgreementPayload> {
    const { value, errors } = await updateFundingAgreement(ctx, input);
    return { agreement: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Mutation(() => FundingAgreementPayload, {
    description:
      "Accepts a PROPOSED agreement: the place's staff (an offer of the funder), the FUNDER (a proposal of the " +
      "place's staff) or ADMIN. From then on it counts in financing and the funder may read the place's figures.",
  })
  async acceptFundingAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptFundingAgreementInput, { description: 'The agreement to accept.' })
    input: AcceptFundingAgreementInput,
  ): Promise<FundingAgreementPayload> {
    const { value, errors } = await acceptFundingAgreement(ctx, input);
    return { agreement: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Mutation(() => FundingAgreementPayload, {
    description:
      'Rejects a PROPOSED agreement with a reason, by the side that did not propose it or ADMIN; it counts ' +
      'nowhere and opens nothing. A later change by the funder proposes it again.',
  })
  async rejectFundingAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectFundingAgreementInput, { description: 'The agreement and the reason.' })
    input: RejectFundingAgreementInput,
  ): Promise<FundingAgreementPayload> {
    const { value, errors } = await rejectFundingAgreement(ctx, input);
    return { agreement: value, errors };
  }
}

@Resolver(() => ParticipantFundingLink)
export class ParticipantFundingLinkResolver {
  @FieldResolver(() => FundingAgreement, { description: 'The agreement that counts the participant.' })
  async agreement(@Root() link: ParticipantFundingLink, @Ctx() ctx: Context): Promise<FundingAgreement> {
    return (await ctx.loaders.fundingAgreementById.load(link.agreement.id))!;
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => LinkParticipantFundingPayload, {
    description:
      "Counts a participant for a person-bound agreement over a date range. ADMIN or the stream's FUNDER.",
  })
  async linkParticipantFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => LinkParticipantFundingInput, { description: 'The participant, agreement and dates.' })
    input: LinkParticipantFundingInput,
  ): Promise<LinkParticipantFundingPayload> {
    const { value, errors } = await linkParticipantFunding(ctx, input);
    return { link: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => LinkParticipantFundingPayload, {
    description: "Changes the dates of a participant link. ADMIN or the stream's FUNDER.",
  })
  async updateParticipantFundingLink(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateParticipantFundingLinkInput, { description: 'The link and its new dates.' })
    input: UpdateParticipantFundingLinkInput,
  ): Promise<LinkParticipantFundingPayload> {
    const { value, errors } = await updateParticipantFundingLink(ctx, input);
    return { link: value, errors };
  }
}
