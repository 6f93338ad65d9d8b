import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingRequestStatus, ParticipantFundingRequest } from './funding-request.entity';
import {
  DecideParticipantFundingInput,
  DecideParticipantFundingPayload,
  RequestParticipantFundingInput,
  RequestParticipantFundingPayload,
} from './funding-request.input';
import {
  decideParticipantFunding,
  listFundingRequests,
  requestParticipantFunding,
  requestParticipantName,
} from './funding-request.service';

@Resolver(() => ParticipantFundingRequest)
export class ParticipantFundingRequestResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [ParticipantFundingRequest], {
    description:
      "Requests to link participants to person-bound agreements, oldest first (at most 500): a FUNDER's to decide, the staff's own, all for ADMIN.",
  })
  participantFundingRequests(
    @Ctx() ctx: Context,
    @Arg('status', () => FundingRequestStatus, {
      nullable: true,
      defaultValue: FundingRequestStatus.OPEN,
      description: 'Only requests in this state (OPEN by default); null for all.',
    })
    status: FundingRequestStatus | null,
  ): Promise<ParticipantFundingRequest[]> {
    return listFundingRequests(ctx, status);
  }

  @FieldResolver(() => ID, { description: 'The participant (id).' })
  participantId(@Root() request: ParticipantFundingRequest): string {
    return request.participant.id;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The participant's display name: for the place's staff, and for the funder while the request is open (the minimum it needs to decide); null otherwise.",
  })
  participantName(@Root() request: ParticipantFundingRequest, @Ctx() ctx: Context): Promise<string | null> {
    return requestParticipantName(ctx, request);
  }

  @FieldResolver(() => FundingAgreement, { description: 'The person-bound agreement.' })
  async agreement(
    @Root() request: ParticipantFundingRequest,
    @Ctx() ctx: Context,
  ): Promise<FundingAgreement> {
    return (await ctx.em.findOne(FundingAgreement, request.agreement.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RequestParticipantFundingPayload, {
    description:
      "Asks the funder to count a participant for a person-bound agreement from a date. ADMIN or the place's staff.",
  })
  async requestParticipantFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestParticipantFundingInput, { description: 'Agreement, participant and dates.' })
    input: RequestParticipantFundingInput,
  ): Promise<RequestParticipantFundingPayload> {
    const { value, errors } = await requestParticipantFunding(ctx, input);
    return { request: value, errors };
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Mutation(() => DecideParticipantFundingPayload, {
    description:
      "Approves (links the participant) or rejects an open request. ADMIN or the agreement's FUNDER.",
  })
  async decideParticipantFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => DecideParticipantFundingInput, { description: 'The request and the decision.' })
    input: DecideParticipantFundingInput,
  ): Promise<DecideParticipantFundingPayload> {
    const { value, errors } = await decideParticipantFunding(ctx, input);
    return { request: value?.request ?? null, link: value?.link ?? null, errors };
  }
}
