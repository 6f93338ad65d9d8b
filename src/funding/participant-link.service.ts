import { auditFields, recordAudit } from '../audit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Context, requireViewer } from '../auth';
import { Participant } from '../participants';
import { DomainError, ErrorCode, inputField, type UserError } from '../shared/errors';
import { firstDay, lastDay } from '../shared/months';
import { runMutation, type MutationResult } from '../shared/mutation';
import { checkPeriod, overlaps } from './agreement.rules';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingAgreementStatus, FundingBasis } from './funding.enums';
import type { LinkParticipantFundingInput, UpdateParticipantFundingLinkInput } from './funding.input';
import { canManageFunder, canReadParticipantLinks } from './funding.policy';
import { unreachable } from './funding.service';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import { FundingErrorCode } from './funding.errors';
import { tenantOf } from '../organisations';

export const PERSON_BOUND = new Set([FundingBasis.PER_ATTENDED_DAYPART, FundingBasis.PER_PARTICIPANT_MONTH]);

/** An agreement the viewer may manage, locked for the transaction so that link checks cannot race. */
async function requireManagedAgreement(ctx: Context, em: EntityManager, id: string, field: string) {
  const agreement = await em.findOne(FundingAgreement, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!agreement || !canManageFunder(requireViewer(ctx), agreement.funder.id)) {
    throw unreachable('funding agreement', field);
  }
  return agreement;
}

/**
 * The dates of a link must not be inverted, must lie within the agreement's months (an open end runs to the
 * agreement's end) and must not overlap another link of the participant to the agreement.
 */
export async function assertLinkDates(
  em: EntityManager,
  agreement: FundingAgreement,
  participantId: string,
  dates: { from: string; until: string | null },
  exceptId?: string,
): Promise<void> {
  const { from, until } = dates;
  const errors: UserError[] = checkPeriod(from, until);
  const [start, end] = [firstDay(agreement.fromMonth), lastDay(agreement.untilMonth)];
  const outside = (field: string) => ({
    code: ErrorCode.OUTSIDE_PERIOD,
    field: inputField(field),
    message: `${field} must lie within the agreement, ${start} to ${end}.`,
  });
  if (from < start || from > end) errors.push(outside('from'));
  if (until != null && until > end) errors.push(outside('until'));
  if (errors.length > 0) throw new DomainError(errors);
  const existing = await em.find(ParticipantFundingLink, {
    agreement: agreement.id,
    participant: participantId,
  });
  if (existing.some((l) => l.id !== exceptId && overlaps(l.fromDate, l.untilDate ?? null, from, until))) {
    throw new DomainError(
      ErrorCode.OVERLAPPING_PERIOD,
      'The participant is already linked to this agreement for part of these dates.',
      inputField('from'),
    );
  }
}

/** What the audit log keeps of a participant link: ids and dates, nothing about the person. */
export const LINK_AUDIT = ['agreement', 'participant', 'fromDate', 'untilDate'] as const;

/**
 * Counts a participant of the place's organisation for a person-bound, ACCEPTED agreement over a date range
 * inside the agreement's months. ADMIN or the stream's FUNDER.
 */
export function linkParticipantFunding(
  ctx: Context,
  input: LinkParticipantFundingInput,
): Promise<MutationResult<ParticipantFundingLink>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const agreement = await requireManagedAgreement(ctx, em, input.agreementId, 'agreementId');
    if (agreement.status !== FundingAgreementStatus.ACCEPTED) {
      throw new DomainError(
        FundingErrorCode.NOT_ACCEPTED,
        'Participants can be linked once the place has accepted the agreement.',
        inputField('agreementId'),
      );
    }
    if (!PERSON_BOUND.has(agreement.basis)) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'Only PER_ATTENDED_DAYPART and PER_PARTICIPANT_MONTH agreements count linked participants.',
        inputField('agreementId'),
      );
    }
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant || participant.organisation.id !== agreement.organisation.id) {
      throw unreachable('participant at this place', 'participantId');
    }
    const until = input.until ?? null;
    await assertLinkDates(em, agreement, participant.id, { from: input.from, until });
    const link = em.create(ParticipantFundingLink, {
      agreement,
      participant,
      place: agreement.place,
      ...tenantOf(agreement),
      fromDate: input.from,
      untilDate: until,
    });
    recordAudit(em, ctx, {
      action: 'linkParticipantFunding',
      entityType: 'ParticipantFundingLink',
      entityId: link.id,
      before: null,
      after: auditFields(link, LINK_AUDIT),
      organisationId: agreement.organisation.id,
    });
    await em.flush();
    return link;
  });
}

/** Changes the dates of a link, e.g. ends it when care stops; null `until` leaves it open. */
export function updateParticipantFundingLink(
  ctx: Context,
  input: UpdateParticipantFundingLinkInput,
): Promise<MutationResult<ParticipantFundingLink>> {
  requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const found = await em.findOne(ParticipantFundingLink, input.id);
    if (!found) throw unreachable('participant link', 'id');
    const agreement = await requireManagedAgreement(ctx, em, found.agreement.id, 'id');
    const before = auditFields(found, LINK_AUDIT);
    const from = input.from ?? found.fromDate;
    const until = input.until === undefined ? (found.untilDate ?? null) : input.until;
    await assertLinkDates(em, agreement, found.participant.id, { from, until }, found.id);
    found.fromDate = from;
    found.untilDate = until;
    recordAudit(em, ctx, {
      action: 'updateParticipantFundingLink',
      entityType: 'ParticipantFundingLink',
      entityId: found.id,
      before,
      after: auditFields(found, LINK_AUDIT),
      organisationId: agreement.organisation.id,
    });
    await em.flush();
    return found;
  });
}

/**
 * The participant links of an agreement as the viewer may see them ({@link canReadParticipantLinks}): all of
 * them, or none when the agreement is another funder's.
 */
export async function participantLinksOf(
  ctx: Context,
  agreement: FundingAgreement,
): Promise<ParticipantFundingLink[]> {
  const place = await ctx.loaders.placeById.load(agreement.place.id);
  const viewer = ctx.viewer;
  if (!viewer || !place || !canReadParticipantLinks(viewer, agreement.funder.id, place.organisation.id))
    return [];
  return ctx.loaders.participantFundingLinksByAgreementId.load(agreement.id);
}
