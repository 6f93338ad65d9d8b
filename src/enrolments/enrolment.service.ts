import { auditFields, recordAudit } from '../audit';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCanManageOrganisation, assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Participant } from '../participants';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { violatesConstraint } from '../shared/sql';
import { Workshop } from '../workshops';
import { Enrolment, EnrolmentStatus } from './enrolment.entity';
import { enrolmentEnded } from './enrolment.events';
import type { EndEnrolmentInput, EnrolInput } from './enrolment.input';
import { OutflowReason } from './outflow-reason.entity';
import { EnrolmentErrorCode } from './enrolment.errors';
import { overlaps } from '../shared/periods';
import { tenantOf } from '../organisations';
import { todayInAmsterdam } from '../shared/clock';
import { assertDatesWithinBounds } from '../shared/write-bounds';
import { outflowReasonOrError } from './enrolment-lifecycle.service';

/** The outflow reasons offered for ending an enrolment, in list order. */
export function listOutflowReasons(ctx: Context, includeInactive: boolean): Promise<OutflowReason[]> {
  return ctx.em.find(OutflowReason, includeInactive ? {} : { active: true }, {
    orderBy: { sortOrder: 'asc' },
  });
}

/** What the audit log keeps of an enrolment: ids, dates and status. */
const ENROLMENT_AUDIT = ['participant', 'workshop', 'startDate', 'endDate', 'status', 'outflow'] as const;

function alreadyEnrolled(): DomainError {
  return new DomainError(
    EnrolmentErrorCode.ALREADY_ENROLLED,
    'The participant already has an enrolment in this workshop for these dates.',
    inputField('workshopId'),
  );
}

/** Enrols a participant in a workshop of the same organisation; enrolments in one workshop may not overlap. */
export function enrol(ctx: Context, input: EnrolInput): Promise<MutationResult<Enrolment>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const workshop = await em.findOne(Workshop, input.workshopId);
    if (!workshop) throw notFound('No workshop has this id.', 'workshopId');
    assertCanManageOrganisation(viewer, workshop.organisation.id, inputField('workshopId'));
    const participant = await em.findOne(Participant, input.participantId);
    if (!participant || participant.organisation.id !== workshop.organisation.id) {
      throw notFound("No participant has this id at the workshop's organisation.", 'participantId');
    }
    if (workshop.archived) {
      throw new DomainError(ErrorCode.VALIDATION, 'The workshop is archived.', inputField('workshopId'));
    }
    if (input.endDate && input.endDate < input.startDate) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'endDate must not be before startDate.',
        inputField('endDate'),
      );
    }
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), {
      starts: { startDate: input.startDate },
      ends: { endDate: input.endDate },
    });
    const others = await em.find(Enrolment, {
      participant,
      workshop,
      status: { $ne: EnrolmentStatus.ENDED },
    });
    if (others.some((other) => overlaps(other.startDate, other.endDate, input.startDate, input.endDate))) {
      throw alreadyEnrolled();
    }
    const enrolment = em.create(Enrolment, {
      participant,
      workshop,
      place: workshop.place,
      ...tenantOf(workshop),
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    });
    recordAudit(em, ctx, {
      action: 'enrol',
      entityType: 'Enrolment',
      entityId: enrolment.id,
      before: null,
      after: auditFields(enrolment, ENROLMENT_AUDIT),
      organisationId: workshop.organisation.id,
    });
    try {
      await em.flush();
    } catch (error) {
      // A parallel enrol for the same dates committed between the check above and this write.
      if (violatesConstraint(error, 'enrolment_no_overlap')) throw alreadyEnrolled();
      throw error;
    }
    return enrolment;
  });
}

/**
 * Ends an enrolment with an outflow reason: stops its standing bookings and releases its bookings after the end
 * date (from today on) through the scheduling feature's reaction to {@link enrolmentEnded}; each freed place goes
 * to the first person waiting. Occurrences are locked in date order.
 */
export function endEnrolment(ctx: Context, input: EndEnrolmentInput): Promise<MutationResult<Enrolment>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    const enrolment = await em.findOne(Enrolment, input.enrolmentId);
    if (!enrolment) {
      throw notFound('No enrolment has this id.', 'enrolmentId');
    }
    assertOwnRecord(
      viewer,
      enrolment.organisation.id,
      'No enrolment has this id.',
      inputField('enrolmentId'),
    );
    if (enrolment.status === EnrolmentStatus.ENDED) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The enrolment has already ended; change its end with correctEnrolmentEnd or undo it with reopenEnrolment.',
        inputField('enrolmentId'),
      );
    }
    if (input.endDate < enrolment.startDate) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'endDate must not be before the start date.',
        inputField('endDate'),
      );
    }
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { ends: { endDate: input.endDate } });
    const reason = await outflowReasonOrError(em, input.outflowCode);
    await closeEnrolment(em, ctx, enrolment, input.endDate, reason);
    return enrolment;
  });
}

/**
 * Ends a running enrolment inside the caller's transaction: status, end date and outflow reason (or its code), its
 * audit entry, then the reactions to {@link enrolmentEnded} (scheduling stops and releases its bookings). Used by
 * `endEnrolment` and by features that end enrolments as a consequence (a confirmed paid-work placement).
 */
export async function closeEnrolment(
  em: EntityManager,
  ctx: Context,
  enrolment: Enrolment,
  endDate: string,
  reasonOrCode: OutflowReason | string,
): Promise<void> {
  const reason =
    typeof reasonOrCode === 'string'
      ? await em.findOneOrFail(OutflowReason, { code: reasonOrCode })
      : reasonOrCode;
  const before = auditFields(enrolment, ENROLMENT_AUDIT);
  enrolment.status = EnrolmentStatus.ENDED;
  enrolment.endDate = endDate;
  enrolment.outflow = ref(reason);
  recordAudit(em, ctx, {
    action: 'endEnrolment',
    entityType: 'Enrolment',
    entityId: enrolment.id,
    before,
    after: auditFields(enrolment, ENROLMENT_AUDIT),
    organisationId: enrolment.organisation.id,
  });
  await em.flush();
  await enrolmentEnded({ em, enrolmentId: enrolment.id, endDate });
}
