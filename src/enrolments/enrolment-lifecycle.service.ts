import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditFields, recordAudit } from '../audit';
import { assertOwnRecord, type Context, requireViewer, Role } from '../auth';
import { todayInAmsterdam } from '../shared/clock';
import { assertDatesWithinBounds } from '../shared/write-bounds';
import { correctionWindowOpen, lastCorrectionDay } from '../shared/corrections';
import { DomainError, ErrorCode, inputField, notFound, type UserError } from '../shared/errors';
import { runMutation, type MutationResult } from '../shared/mutation';
import { violatesConstraint } from '../shared/sql';
import { Enrolment, EnrolmentStatus } from './enrolment.entity';
import { EnrolmentErrorCode } from './enrolment.errors';
import { enrolmentDatesChanged } from './enrolment.events';
import type {
  CorrectEnrolmentEndInput,
  PauseEnrolmentInput,
  ReopenEnrolmentInput,
  ResumeEnrolmentInput,
} from './enrolment.input';
import { EnrolmentPause } from './enrolment-pause.entity';
import { overlapsPause, pauseToResume, resumedPause, statusOn } from './enrolment.rules';
import { OutflowReason } from './outflow-reason.entity';

/** What the audit log keeps of an enrolment: ids, dates and status. */
export const ENROLMENT_AUDIT = [
  'participant',
  'workshop',
  'startDate',
  'endDate',
  'status',
  'outflow',
] as const;
const PAUSE_AUDIT = ['enrolment', 'fromDate', 'untilDate'] as const;

/**
 * Loads an enrolment of the viewer's organisation and locks its row for the rest of the transaction, so that a
 * pause, resumption, correction or reopening and the bookings of this enrolment (which take a share lock on it)
 * happen one after the other.
 */
export async function lockEnrolment(ctx: Context, em: EntityManager, id: string): Promise<Enrolment> {
  const locked: unknown[] = await em.execute(`select id from enrolment where id = ? for update`, [id]);
  const enrolment = locked.length > 0 ? await em.findOne(Enrolment, id, { refresh: true }) : null;
  if (!enrolment) throw notFound('No enrolment has this id.', 'enrolmentId');
  assertOwnRecord(
    requireViewer(ctx),
    enrolment.organisation.id,
    'No enrolment has this id.',
    inputField('enrolmentId'),
  );
  return enrolment;
}

/** The pauses of an enrolment, in date order. */
export function pausesOf(em: EntityManager, enrolmentId: string): Promise<EnrolmentPause[]> {
  return em.find(EnrolmentPause, { enrolment: enrolmentId }, { orderBy: { fromDate: 'asc', id: 'asc' } });
}

/**
 * The status people see: ENDED from the end date on (an enrolment whose end date is next week is ACTIVE with
 * `endDate` set until then), PAUSED while a pause covers today, else ACTIVE.
 */
export function currentStatus(enrolment: Enrolment, pauses: EnrolmentPause[], today = todayInAmsterdam()) {
  return EnrolmentStatus[statusOn(enrolment.endDate, pauses, today)];
}

/** The valid outflow codes, for an error that names them. */
async function unknownOutflowCode(em: EntityManager, field: string): Promise<DomainError> {
  const codes = (await em.find(OutflowReason, { active: true }, { orderBy: { sortOrder: 'asc' } })).map(
    (r) => r.code,
  );
  return new DomainError(
    ErrorCode.NOT_FOUND,
    `Unknown outflow code. Valid codes: ${codes.join(', ')}.`,
    inputField(field),
  );
}

/** The active outflow reason with this code, or an error listing the valid codes. */
export async function outflowReasonOrError(em: EntityManager, code: string, field = 'outflowCode') {
  const reason = await em.findOne(OutflowReason, { code: code.trim().toUpperCase() });
  if (!reason || !reason.active) throw await unknownOutflowCode(em, field);
  return reason;
}

function notRunning(): DomainError {
  return new DomainError(
    EnrolmentErrorCode.NOT_ENROLLED,
    'The enrolment has ended; reopen it first (reopenEnrolment).',
    inputField('enrolmentId'),
  );
}

/**
 * `pauseEnrolment`: no bookings from `from` to `until` (open-ended when null). Bookings in the pause (from today on)
 * are released, each freed place to the first person waiting; standing bookings book again after it.
 */
export function pauseEnrolment(
  ctx: Context,
  input: PauseEnrolmentInput,
): Promise<MutationResult<{ enrolment: Enrolment; pause: EnrolmentPause }>> {
  return runMutation(ctx, input, async (em) => {
    const enrolment = await lockEnrolment(ctx, em, input.enrolmentId);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), {
      starts: { from: input.from },
      ends: { until: input.until },
    });
    const pauses = await pausesOf(em, enrolment.id);
    const today = todayInAmsterdam();
    if (statusOn(enrolment.endDate, [], today) === 'ENDED') throw notRunning();
    const errors: UserError[] = [];
    const until = input.until ?? null;
    if (until && until < input.from) {
      errors.push({
        code: ErrorCode.INVERTED_PERIOD,
        field: inputField('until'),
        message: 'until is before from.',
      });
    }
    if (input.from < enrolment.startDate || (enrolment.endDate && input.from > enrolment.endDate)) {
      errors.push({
        code: ErrorCode.OUTSIDE_PERIOD,
        field: inputField('from'),
        message: `from must lie within the enrolment (${enrolment.startDate} to ${enrolment.endDate ?? 'open'}).`,
      });
    }
    const clash = overlapsPause(pauses, input.from, until);
    if (clash) {
      errors.push({
        code: ErrorCode.OVERLAPPING_PERIOD,
        field: inputField('from'),
        message: `Overlaps the pause from ${clash.fromDate} to ${clash.untilDate ?? 'open'}; resume it or choose other dates.`,
      });
    }
    if (errors.length > 0) throw new DomainError(errors);
    const pause = em.create(EnrolmentPause, {
      enrolment,
      organisation: enrolment.organisation,
      municipality: enrolment.municipality,
      fromDate: input.from,
      untilDate: until,
    });
    recordAudit(em, ctx, {
      action: 'pauseEnrolment',
      entityType: 'EnrolmentPause',
      entityId: pause.id,
      before: null,
      after: auditFields(pause, PAUSE_AUDIT),
      organisationId: enrolment.organisation.id,
    });
    await em.flush();
    await enrolmentDatesChanged({ kind: 'paused', em, enrolmentId: enrolment.id, from: input.from, until });
    return { enrolment, pause };
  });
}

/**
 * `resumeEnrolment`: ends the pause covering the day before `on` (or `on`) so that the participant comes again
 * from `on`; the standing bookings book the dates from `on` again (booked, or at the end of the waitlist).
 */
export function resumeEnrolment(
  ctx: Context,
  input: ResumeEnrolmentInput,
): Promise<MutationResult<{ enrolment: Enrolment; pause: EnrolmentPause | null }>> {
  return runMutation(ctx, input, async (em) => {
    const enrolment = await lockEnrolment(ctx, em, input.enrolmentId);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { starts: { on: input.on } });
    const pauses = await pausesOf(em, enrolment.id);
    const pause = pauseToResume(pauses, input.on) as EnrolmentPause | undefined;
    if (!pause) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `No pause covers ${input.on} or the day before; see the enrolment's pauses.`,
        inputField('on'),
      );
    }
    const before = auditFields(pause, PAUSE_AUDIT);
    const previousUntil = pause.untilDate ?? null;
    const { drop, untilDate } = resumedPause(pause, input.on);
    if (drop) em.remove(pause);
    else pause.untilDate = untilDate;
    recordAudit(em, ctx, {
      action: 'resumeEnrolment',
      entityType: 'EnrolmentPause',
      entityId: pause.id,
      before,
      after: drop ? null : auditFields(pause, PAUSE_AUDIT),
      organisationId: enrolment.organisation.id,
    });
    await em.flush();
    if (statusOn(enrolment.endDate, [], todayInAmsterdam()) !== 'ENDED') {
      await enrolmentDatesChanged({
        kind: 'resumed',
        em,
        enrolmentId: enrolment.id,
        from: input.on,
        until: previousUntil,
      });
    }
    return { enrolment, pause: drop ? null : pause };
  });
}

/** Staff may correct an end within the configured window after it; ADMIN always. */
function assertCorrectionWindow(ctx: Context, endDate: string): void {
  const viewer = requireViewer(ctx);
  if (viewer.role === Role.ADMIN) return;
  if (correctionWindowOpen(endDate, todayInAmsterdam(), ctx.corrections.enrolmentEndDays)) return;
  throw new DomainError(
    ErrorCode.CORRECTION_WINDOW_CLOSED,
    `The end (${endDate}) can be corrected by staff until ${lastCorrectionDay(endDate, ctx.corrections.enrolmentEndDays)}; ask an administrator.`,
    inputField('enrolmentId'),
  );
}

function notEnded(): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    'The enrolment has no recorded end; end it with endEnrolment.',
    inputField('enrolmentId'),
  );
}

async function flushEnrolment(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (violatesConstraint(error, 'enrolment_no_overlap')) {
      throw new DomainError(
        EnrolmentErrorCode.ALREADY_ENROLLED,
        'The participant has another enrolment in this workshop for these dates.',
        inputField('enrolmentId'),
      );
    }
    throw error;
  }
}

/**
 * `correctEnrolmentEnd`: changes the recorded end date and/or outflow reason of an ended enrolment, within the
 * correction window (ENROLMENT_CORRECTION_DAYS after the recorded end) or by ADMIN. An earlier end releases the
 * bookings after it; a later one restores the standing bookings up to it.
 */
export function correctEnrolmentEnd(
  ctx: Context,
  input: CorrectEnrolmentEndInput,
): Promise<MutationResult<Enrolment>> {
  return runMutation(ctx, input, async (em) => {
    const enrolment = await lockEnrolment(ctx, em, input.enrolmentId);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { ends: { endDate: input.endDate } });
    if (!enrolment.outflow || !enrolment.endDate) throw notEnded();
    const errors: UserError[] = [];
    if (input.endDate == null && input.outflowCode == null) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField('endDate'),
        message: 'Give endDate, outflowCode or both.',
      });
    }
    if (input.endDate != null && input.endDate < enrolment.startDate) {
      errors.push({
        code: ErrorCode.INVERTED_PERIOD,
        field: inputField('endDate'),
        message: `endDate must not be before the start date ${enrolment.startDate}.`,
      });
    }
    let reason: OutflowReason | null = null;
    if (input.outflowCode != null) {
      try {
        reason = await outflowReasonOrError(em, input.outflowCode);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.push(...error.errors);
      }
    }
    if (errors.length > 0) throw new DomainError(errors);
    assertCorrectionWindow(ctx, enrolment.endDate);
    const before = auditFields(enrolment, ENROLMENT_AUDIT);
    const previousEnd = enrolment.endDate;
    if (input.endDate != null) enrolment.endDate = input.endDate;
    if (reason) enrolment.outflow = ref(reason);
    recordAudit(em, ctx, {
      action: 'correctEnrolmentEnd',
      entityType: 'Enrolment',
      entityId: enrolment.id,
      before,
      after: auditFields(enrolment, ENROLMENT_AUDIT),
      organisationId: enrolment.organisation.id,
    });
    await flushEnrolment(em);
    if (enrolment.endDate !== previousEnd) {
      await enrolmentDatesChanged({
        kind: 'endMoved',
        em,
        enrolmentId: enrolment.id,
        previousEnd,
        endDate: enrolment.endDate,
      });
    }
    return enrolment;
  });
}

/**
 * `reopenEnrolment`: an ended enrolment runs again, open-ended (end date and outflow reason cleared), within the
 * correction window or by ADMIN. The standing bookings the end stopped book again where places are free; the
 * others join the waitlists in order.
 */
export function reopenEnrolment(
  ctx: Context,
  input: ReopenEnrolmentInput,
): Promise<MutationResult<Enrolment>> {
  return runMutation(ctx, input, async (em) => {
    const enrolment = await lockEnrolment(ctx, em, input.enrolmentId);
    if (!enrolment.outflow || !enrolment.endDate) throw notEnded();
    assertCorrectionWindow(ctx, enrolment.endDate);
    const before = auditFields(enrolment, ENROLMENT_AUDIT);
    const previousEnd = enrolment.endDate;
    enrolment.status = EnrolmentStatus.ACTIVE;
    enrolment.endDate = null;
    enrolment.outflow = null;
    recordAudit(em, ctx, {
      action: 'reopenEnrolment',
      entityType: 'Enrolment',
      entityId: enrolment.id,
      before,
      after: auditFields(enrolment, ENROLMENT_AUDIT),
      organisationId: enrolment.organisation.id,
    });
    await flushEnrolment(em);
    await enrolmentDatesChanged({ kind: 'reopened', em, enrolmentId: enrolment.id, previousEnd });
    return enrolment;
  });
}
