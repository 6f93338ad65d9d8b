import { assertOwnRecord, type Context, requireViewer } from '../auth';
import { recordAudit } from '../audit';
import { closeEnrolment, Enrolment, EnrolmentStatus } from '../enrolments';
import { todayInAmsterdam } from '../shared/clock';
import { DomainError, ErrorCode, inputField } from '../shared/errors';
import { type MutationResult, runMutation } from '../shared/mutation';
import { isCalendarDate } from '../shared/scalars';
import { MatchConsent } from './consent.entity';
import { activeScope } from './consent.policy';
import { ownParticipant } from './observation.service';
import { Placement, PlacementStage } from './placement.entity';
import type { ConfirmPlacementInput, ProposePlacementInput, UpdatePlacementInput } from './skills.input';
import { Vacancy } from './vacancy.entity';

/** The outflow reason a confirmed paid-work placement ends enrolments with. */
export const PAID_WORK = 'PAID_WORK';

const PLACEMENT_FIELDS = ['stage', 'interviewOn', 'startDate', 'paidWork', 'outcome'] as const;

/**
 * Proposes a participant for a vacancy (voorstel). ADMIN or the organisation's staff, and only while the
 * participant's consent for that employer is active: proposing shows the person to the employer.
 */
export function proposePlacement(
  ctx: Context,
  input: ProposePlacementInput,
): Promise<MutationResult<Placement>> {
  return runMutation(ctx, input, async (em) => {
    const participant = await ownParticipant(ctx, em, input.participantId);
    const vacancy = await em.findOne(Vacancy, input.vacancyId);
    if (!vacancy || vacancy.closedOn) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'No open vacancy has this id.', inputField('vacancyId'));
    }
    const today = todayInAmsterdam();
    const consents = await em.find(MatchConsent, { participant: participant.id });
    if (
      !activeScope(
        consents.map((c) => ({
          ...c,
          employerId: c.employer?.id ?? null,
          withdrawnOn: c.withdrawnOn ?? null,
        })),
        vacancy.employer.id,
        today,
      )
    ) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'The participant has no active consent to be shown to this employer.',
        inputField('participantId'),
      );
    }
    const placement = em.create(Placement, {
      participant: participant.id,
      vacancy: vacancy.id,
      organisation: participant.organisation.id,
      proposedOn: today,
    });
    recordAudit(em, ctx, {
      action: 'proposePlacement',
      entityType: 'Placement',
      entityId: placement.id,
      before: null,
      after: { vacancy: vacancy.id, stage: placement.stage },
      organisationId: participant.organisation.id,
    });
    await em.flush();
    return placement;
  });
}

async function ownPlacement(ctx: Context, em: Parameters<Parameters<typeof runMutation>[2]>[0], id: string) {
  const viewer = requireViewer(ctx);
  const placement = await em.findOne(Placement, id);
  if (!placement)
    throw new DomainError(ErrorCode.NOT_FOUND, 'No placement has this id.', inputField('placementId'));
  assertOwnRecord(viewer, placement.organisation.id, 'No placement has this id.', inputField('placementId'));
  return placement;
}

/** Moves a placement on (interview, placed, not placed) with its dates and outcome. ADMIN or the staff. */
export function updatePlacement(
  ctx: Context,
  input: UpdatePlacementInput,
): Promise<MutationResult<Placement>> {
  return runMutation(ctx, input, async (em) => {
    const placement = await ownPlacement(ctx, em, input.placementId);
    if (placement.confirmedAt) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'A confirmed placement can no longer change.',
        inputField('placementId'),
      );
    }
    if (input.stage === PlacementStage.PROPOSED) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'A placement cannot go back to PROPOSED.',
        inputField('stage'),
      );
    }
    for (const field of ['interviewOn', 'startDate'] as const) {
      const value = input[field];
      if (value != null && !isCalendarDate(value)) {
        throw new DomainError(ErrorCode.VALIDATION, `${field} is not a date.`, inputField(field));
      }
    }
    const before = Object.fromEntries(PLACEMENT_FIELDS.map((f) => [f, placement[f] ?? null]));
    placement.stage = input.stage;
    if (input.interviewOn !== undefined) placement.interviewOn = input.interviewOn;
    if (input.startDate !== undefined) placement.startDate = input.startDate;
    if (input.paidWork != null) placement.paidWork = input.paidWork;
    if (input.outcome !== undefined) placement.outcome = input.outcome?.trim() ?? null;
    recordAudit(em, ctx, {
      action: 'updatePlacement',
      entityType: 'Placement',
      entityId: placement.id,
      before,
      after: Object.fromEntries(PLACEMENT_FIELDS.map((f) => [f, placement[f] ?? null])),
      organisationId: placement.organisation.id,
    });
    await em.flush();
    return placement;
  });
}

/**
 * The coordinator confirms a placement (stage PLACED). For paid work, every running enrolment of the participant
 * ends with outflow PAID_WORK on the day before the first working day (or today when no start date or already
 * past), releasing their bookings, so outcome figures count the person as into work.
 */
export function confirmPlacement(
  ctx: Context,
  input: ConfirmPlacementInput,
): Promise<MutationResult<{ placement: Placement; endedEnrolments: number }>> {
  return runMutation(ctx, input, async (em) => {
    const placement = await ownPlacement(ctx, em, input.placementId);
    if (placement.stage !== PlacementStage.PLACED) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Only a placement at stage PLACED can be confirmed.',
        inputField('placementId'),
      );
    }
    if (placement.confirmedAt) return { placement, endedEnrolments: 0 };
    placement.confirmedAt = new Date();
    let ended = 0;
    if (placement.paidWork) {
      const today = todayInAmsterdam();
      const endDate = placement.startDate && placement.startDate <= today ? placement.startDate : today;
      const enrolments = await em.find(
        Enrolment,
        { participant: placement.participant.id, status: { $ne: EnrolmentStatus.ENDED } },
        { orderBy: { startDate: 'asc' } },
      );
      for (const enrolment of enrolments) {
        await closeEnrolment(
          em,
          ctx,
          enrolment,
          endDate < enrolment.startDate ? enrolment.startDate : endDate,
          PAID_WORK,
        );
        ended += 1;
      }
    }
    recordAudit(em, ctx, {
      action: 'confirmPlacement',
      entityType: 'Placement',
      entityId: placement.id,
      before: { confirmed: false },
      after: { confirmed: true, endedEnrolments: ended },
      organisationId: placement.organisation.id,
    });
    await em.flush();
    return { placement, endedEnrolments: ended };
  });
}
