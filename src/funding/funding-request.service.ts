import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { auditFields, recordAudit } from '../audit';
import {
  assertOwnRecord,
  canManageOrganisation,
  type Context,
  readScope,
  requireViewer,
  Role,
} from '../auth';
import { Participant } from '../participants';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingAgreementStatus } from './funding.enums';
import { ParticipantFundingRequest, FundingRequestStatus } from './funding-request.entity';
import type { DecideParticipantFundingInput, RequestParticipantFundingInput } from './funding-request.input';
import { canManageFunder } from './funding.policy';
import { unreachable } from './funding.service';
import { FundingErrorCode } from './funding.errors';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import { assertLinkDates, LINK_AUDIT, PERSON_BOUND } from './participant-link.service';

/** What the audit log keeps of a request: ids, dates, status, never the name. */
const REQUEST_AUDIT = ['agreement', 'participant', 'fromDate', 'untilDate', 'status'] as const;

async function requireLinkableAgreement(em: EntityManager, id: string): Promise<FundingAgreement> {
  const agreement = await em.findOne(FundingAgreement, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!agreement) throw unreachable('funding agreement', 'agreementId');
  return agreement;
}

function assertPersonBound(agreement: FundingAgreement): void {
  if (agreement.status !== FundingAgreementStatus.ACCEPTED) {
    throw new DomainError(
      FundingErrorCode.NOT_ACCEPTED,
      'Deelnemers kunnen pas worden gekoppeld als de afspraak is geaccepteerd. / Participants can be linked once both sides have accepted the agreement (acceptFundingAgreement).',
      inputField('agreementId'),
    );
  }
  if (!PERSON_BOUND.has(agreement.basis)) {
    throw new DomainError(
      ErrorCode.VALIDATION,
      'Alleen persoonsgebonden afspraken tellen deelnemers. / Only PER_ATTENDED_DAYPART and PER_PARTICIPANT_MONTH agreements count linked participants.',
      inputField('agreementId'),
    );
  }
}

/**
 * The place's staff ask the funder to count a participant for a person-bound agreement. The same checks as a
 * link (accepted, person-bound, dates within the agreement, no overlap with a link) plus no overlapping open
 * request, so the funder never sees the same question twice.
 */
export function requestParticipantFunding(
  ctx: Context,
  input: RequestParticipantFundingInput,
): Promise<MutationResult<ParticipantFundingRequest>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const agreement = await requireLinkableAgreement(em, input.agreementId);
    assertOwnRecord(
      viewer,
      agreement.organisation.id,
      'No funding agreement has this id.',
      inputField('agreementId'),
    );
    assertPersonBound(agreement);
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant || participant.organisation.id !== agreement.organisation.id) {
      throw unreachable('participant at this place', 'participantId');
    }
    const until = input.until ?? null;
    await assertLinkDates(em, agreement, participant.id, { from: input.from, until });
    const open = await em.find(ParticipantFundingRequest, {
      agreement: agreement.id,
      participant: participant.id,
      status: FundingRequestStatus.OPEN,
    });
    if (
      open.some(
        (r) => (r.untilDate == null || input.from <= r.untilDate) && (until == null || r.fromDate <= until),
      )
    ) {
      throw new DomainError(
        ErrorCode.OVERLAPPING_PERIOD,
        'Er staat al een aanvraag open voor deze data. / An open request already covers part of these dates; wait for the funder to decide.',
        inputField('from'),
      );
    }
    const request = em.create(ParticipantFundingRequest, {
      agreement,
      participant,
      funder: agreement.funder,
      place: agreement.place,
      organisation: agreement.organisation,
      municipality: agreement.municipality,
      fromDate: input.from,
      untilDate: until,
    });
    recordAudit(em, ctx, {
      action: 'requestParticipantFunding',
      entityType: 'ParticipantFundingRequest',
      entityId: request.id,
      before: null,
      after: auditFields(request, REQUEST_AUDIT),
      organisationId: agreement.organisation.id,
    });
    await em.flush();
    return request;
  });
}

/**
 * The funder approves (the participant is linked, as `linkParticipantFunding` would) or rejects an open request.
 * The request row is locked, so two decisions cannot both pass.
 */
export function decideParticipantFunding(
  ctx: Context,
  input: DecideParticipantFundingInput,
): Promise<MutationResult<{ request: ParticipantFundingRequest; link: ParticipantFundingLink | null }>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const request = await em.findOne(ParticipantFundingRequest, input.requestId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!request || !canManageFunder(viewer, request.funder.id))
      throw unreachable('funding request', 'requestId');
    if (request.status !== FundingRequestStatus.OPEN) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Over deze aanvraag is al besloten (${request.status}). / The request was already decided (${request.status}); change the link with updateParticipantFundingLink.`,
        inputField('requestId'),
      );
    }
    const agreement = await requireLinkableAgreement(em, request.agreement.id);
    const before = auditFields(request, REQUEST_AUDIT);
    let link: ParticipantFundingLink | null = null;
    if (input.approve) {
      assertPersonBound(agreement);
      const dates = { from: request.fromDate, until: request.untilDate ?? null };
      await assertLinkDates(em, agreement, request.participant.id, dates);
      link = em.create(ParticipantFundingLink, {
        agreement,
        participant: request.participant,
        place: agreement.place,
        organisation: agreement.organisation,
        municipality: agreement.municipality,
        fromDate: dates.from,
        untilDate: dates.until,
      });
      request.link = ref(link);
      recordAudit(em, ctx, {
        action: 'decideParticipantFunding',
        entityType: 'ParticipantFundingLink',
        entityId: link.id,
        before: null,
        after: auditFields(link, LINK_AUDIT),
        organisationId: agreement.organisation.id,
      });
    }
    request.status = input.approve ? FundingRequestStatus.APPROVED : FundingRequestStatus.REJECTED;
    request.reason = input.reason?.trim() || null;
    request.decidedAt = new Date();
    recordAudit(em, ctx, {
      action: 'decideParticipantFunding',
      entityType: 'ParticipantFundingRequest',
      entityId: request.id,
      before,
      after: auditFields(request, REQUEST_AUDIT),
      organisationId: agreement.organisation.id,
    });
    await em.flush();
    return { request, link };
  });
}

/**
 * Requests the viewer may see, oldest first: a FUNDER its own (to decide), staff their organisation's, ADMIN all.
 */
export async function listFundingRequests(
  ctx: Context,
  status: FundingRequestStatus | null,
): Promise<ParticipantFundingRequest[]> {
  const viewer = requireViewer(ctx);
  const scope = readScope(viewer);
  const where: FilterQuery<ParticipantFundingRequest> = status ? { status } : {};
  if (scope.kind === 'organisation') {
    if (viewer.role === Role.FUNDER) where.funder = scope.organisationId;
    else where.organisation = scope.organisationId;
  } else if (scope.kind !== 'all') {
    return [];
  }
  return ctx.em.find(ParticipantFundingRequest, where, {
    orderBy: { createdAt: 'asc', id: 'asc' },
    limit: 500,
  });
}

/**
 * The participant's display name on a request, for who needs it to act: ADMIN and the place's staff always, the
 * funder only while the request is open. Nothing else about the person.
 */
export async function requestParticipantName(
  ctx: Context,
  request: ParticipantFundingRequest,
): Promise<string | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const allowed =
    canManageOrganisation(viewer, request.organisation.id) ||
    (request.status === FundingRequestStatus.OPEN && canManageFunder(viewer, request.funder.id));
  if (!allowed) return null;
  const participant = await ctx.loaders.participantById.load(request.participant.id);
  return participant?.displayName ?? null;
}
