import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { DomainError, ErrorCode, inputField, notFound } from '../shared/errors';
import { daysBetween, daypartsOf, minDate, minutesOf } from '../shared/dates';
import { todayInAmsterdam } from '../shared/clock';
import { assertDatesWithinBounds, tooManyRows } from '../shared/write-bounds';
import { runMutation, type MutationResult } from '../shared/mutation';
import { requireManagedWorkshop, type Workshop } from '../workshops';
import { Occurrence } from './occurrence.entity';
import {
  changeOneOccurrence,
  changeSlotOccurrences,
  createExtraOccurrence,
  lockOccurrence,
  restoreCancelledOccurrence,
  type RestoreOutcome,
  endSlotAfter,
  markOccurrenceCancelled,
  type SlotChangeOutcome,
} from './booking.store';
import { auditFields, recordAudit } from '../audit';
import { addDays, maxDate } from '../shared/dates';
import { type UserError } from '../shared/errors';
import { MAX_AHEAD_WEEKS } from './occurrence.materialise';
import { weekdayShift } from './slot-change.rules';
import { horizonEnd, materialiseOccurrences } from './occurrence.materialise';
import { SessionSlot, type Weekday } from './session-slot.entity';
import type {
  AddOccurrenceInput,
  CancelOccurrenceInput,
  ChangeOccurrenceInput,
  ChangeSessionSlotInput,
  RestoreOccurrenceInput,
  CreateSessionSlotInput,
  EndSessionSlotInput,
} from './session-slot.input';
import { tenantOf } from '../organisations';

/** A workshop the viewer may change that still takes sessions (not archived), against `input.workshopId`. */
async function requireOpenWorkshop(ctx: Context, em: EntityManager, id: string): Promise<Workshop> {
  const workshop = await requireManagedWorkshop(ctx, em, id, 'workshopId');
  if (workshop.archived) {
    throw new DomainError(ErrorCode.VALIDATION, 'The workshop is archived.', inputField('workshopId'));
  }
  return workshop;
}

function assertTimes(startTime: string, endTime: string): void {
  if (minutesOf(endTime) <= minutesOf(startTime)) {
    throw new DomainError(ErrorCode.VALIDATION, 'endTime must be after startTime.', inputField('endTime'));
  }
}

/**
 * Adds a weekly slot and writes its occurrences from `validFrom` up to `validUntil` or the rolling horizon
 * (26 weeks from today), whichever comes first. The dates lie within the write bounds (a year back by default)
 * and the occurrences written within the row cap of one request.
 */
export function createSessionSlot(
  ctx: Context,
  input: CreateSessionSlotInput,
): Promise<MutationResult<SessionSlot>> {
  return runMutation(ctx, input, async (em) => {
    const workshop = await requireOpenWorkshop(ctx, em, input.workshopId);
    assertTimes(input.startTime, input.endTime);
    if (input.validUntil && input.validUntil < input.validFrom) {
      throw new DomainError(
        ErrorCode.VALIDATION,
        'validUntil must not be before validFrom.',
        inputField('validUntil'),
      );
    }
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), {
      starts: { validFrom: input.validFrom },
      ends: { validUntil: input.validUntil },
    });
    const lastWritten = minDate(horizonEnd(), input.validUntil);
    if (daysBetween(input.validFrom, lastWritten) / 7 >= ctx.writeBounds.maxRowsPerRequest) {
      throw tooManyRows(ctx.writeBounds, 'occurrences', 'validFrom');
    }
    const slot = em.create(SessionSlot, {
      workshop,
      place: workshop.place,
      ...tenantOf(workshop),
      weekday: input.weekday as Weekday,
      startTime: input.startTime,
      endTime: input.endTime,
      dayparts: input.dayparts ?? daypartsOf(input.startTime, input.endTime),
      capacity: input.capacity,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
    });
    await em.flush();
    await materialiseOccurrences(em, { slotId: slot.id }, input.validFrom, lastWritten);
    return slot;
  });
}

/** Cancels one date (holiday). Refused once attendance has been registered for it. */
export function cancelOccurrence(
  ctx: Context,
  input: CancelOccurrenceInput,
): Promise<MutationResult<Occurrence>> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, input, async (em) => {
    await lockOccurrence(em, input.occurrenceId);
    const occurrence = await em.findOne(Occurrence, input.occurrenceId, { refresh: true });
    if (!occurrence) {
      throw notFound('No occurrence has this id.', 'occurrenceId');
    }
    assertOwnRecord(
      viewer,
      occurrence.organisation.id,
      'No occurrence has this id.',
      inputField('occurrenceId'),
    );
    const registered: unknown[] = await em.execute(
      `select 1 from attendance where occurrence_id = ? limit 1`,
      [occurrence.id],
    );
    if (registered.length > 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'Attendance has been registered for this date; it can no longer be cancelled.',
        inputField('occurrenceId'),
      );
    }
    if (occurrence.cancelled) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'This date is already cancelled; restoreOccurrence undoes a cancellation.',
        inputField('occurrenceId'),
      );
    }
    const before = auditFields(occurrence, OCCURRENCE_AUDIT);
    markOccurrenceCancelled(occurrence, input.reason?.trim() || null);
    recordAudit(em, ctx, {
      action: 'cancelOccurrence',
      entityType: 'Occurrence',
      entityId: occurrence.id,
      before,
      after: auditFields(occurrence, OCCURRENCE_AUDIT),
      organisationId: occurrence.organisation.id,
    });
    await em.flush();
    return occurrence;
  });
}

/** Adds an extra date to a workshop, outside its weekly slots. */
export function addOccurrence(ctx: Context, input: AddOccurrenceInput): Promise<MutationResult<Occurrence>> {
  return runMutation(ctx, input, async (em) => {
    const workshop = await requireOpenWorkshop(ctx, em, input.workshopId);
    assertTimes(input.startTime, input.endTime);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { starts: { date: input.date } });
    const occurrence = createExtraOccurrence(em, {
      slot: null,
      workshop,
      place: workshop.place,
      ...tenantOf(workshop),
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      dayparts: input.dayparts ?? daypartsOf(input.startTime, input.endTime),
      capacity: input.capacity ?? workshop.defaultCapacity,
    });
    await em.flush();
    return occurrence;
  });
}

/** What the audit log keeps of a slot. */
const SLOT_AUDIT = [
  'weekday',
  'startTime',
  'endTime',
  'dayparts',
  'capacity',
  'validFrom',
  'validUntil',
] as const;

/** A slot of the viewer's organisation, its row locked for the rest of the transaction. */
async function lockSlot(ctx: Context, em: EntityManager, id: string): Promise<SessionSlot> {
  const locked: unknown[] = await em.execute(`select id from session_slot where id = ? for update`, [id]);
  const slot = locked.length > 0 ? await em.findOne(SessionSlot, id, { refresh: true }) : null;
  if (!slot) throw notFound('No session slot has this id.', 'slotId');
  assertOwnRecord(
    requireViewer(ctx),
    slot.organisation.id,
    'No session slot has this id.',
    inputField('slotId'),
  );
  return slot;
}

/** CONFLICT when attendance was registered for an occurrence of the slot on or after `from`. */
async function assertNoAttendanceFrom(em: EntityManager, slotId: string, from: string, field: string) {
  const registered: { date: string }[] = await em.execute(
    `select o.date::text as date from attendance a join occurrence o on o.id = a.occurrence_id
      where o.slot_id = ? and o.date >= ? order by o.date limit 1`,
    [slotId, from],
  );
  if (registered[0]) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `Attendance is registered for ${registered[0].date}; choose a later date.`,
      inputField(field),
    );
  }
}

export interface SlotChangeResult {
  slot: SessionSlot;
  outcome: SlotChangeOutcome;
}

/**
 * `changeSessionSlot`: new capacity, times or weekday from `from` on (today or later). The occurrences before
 * `from` are written first with the old values (so that the slot's new values only ever reach dates from `from`),
 * then the slot and its written occurrences from `from` change (see `changeSlotOccurrences`).
 */
export function changeSessionSlot(
  ctx: Context,
  input: ChangeSessionSlotInput,
): Promise<MutationResult<SlotChangeResult>> {
  return runMutation(ctx, input, async (em) => {
    const slot = await lockSlot(ctx, em, input.slotId);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { starts: { from: input.from } });
    const today = todayInAmsterdam();
    const errors: UserError[] = [];
    const startTime = input.startTime ?? slot.startTime;
    const endTime = input.endTime ?? slot.endTime;
    if (
      input.capacity == null &&
      input.startTime == null &&
      input.endTime == null &&
      (input.weekday == null || input.weekday === slot.weekday)
    ) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField('capacity'),
        message: 'Give at least one of capacity, startTime, endTime and a new weekday.',
      });
    }
    if (input.from < today) {
      errors.push({
        code: ErrorCode.OUTSIDE_PERIOD,
        field: inputField('from'),
        message: 'from must not be in the past.',
      });
    } else if (input.from > addDays(today, MAX_AHEAD_WEEKS * 7)) {
      errors.push({
        code: ErrorCode.OUTSIDE_PERIOD,
        field: inputField('from'),
        message: `from may be at most ${MAX_AHEAD_WEEKS} weeks ahead.`,
      });
    } else if (slot.validUntil && input.from > slot.validUntil) {
      errors.push({
        code: ErrorCode.OUTSIDE_PERIOD,
        field: inputField('from'),
        message: `The slot ends on ${slot.validUntil}; from must not be later.`,
      });
    }
    if (minutesOf(endTime) <= minutesOf(startTime)) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField('endTime'),
        message: 'endTime must be after startTime.',
      });
    }
    if (errors.length > 0) throw new DomainError(errors);
    const weekday = input.weekday ?? slot.weekday;
    if (weekday !== slot.weekday) await assertNoAttendanceFrom(em, slot.id, input.from, 'weekday');
    // Dates before `from` keep the old values: write them before the slot changes.
    const before = auditFields(slot, SLOT_AUDIT);
    const oldStart = maxDate(slot.validFrom, today);
    if (oldStart < input.from)
      await materialiseOccurrences(em, { slotId: slot.id }, oldStart, addDays(input.from, -1));
    const first: { date: string }[] = await em.execute(
      `select date::text as date from occurrence where slot_id = ? and date >= ? order by date limit 1`,
      [slot.id, input.from],
    );
    const shift = first[0] ? weekdayShift(slot.weekday, weekday, first[0].date, input.from) : 0;
    const timesChanged = input.startTime != null || input.endTime != null;
    const dayparts = timesChanged ? daypartsOf(startTime, endTime) : null;
    const outcome = await changeSlotOccurrences(em, slot.id, input.from, {
      capacity: input.capacity ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      dayparts,
      shift,
    });
    // A date moved beyond the slot's last date does not happen: cancelled with its bookings.
    if (shift > 0 && slot.validUntil) await endSlotAfter(em, slot.id, slot.validUntil);
    slot.startTime = startTime;
    slot.endTime = endTime;
    if (dayparts != null) slot.dayparts = dayparts;
    if (input.capacity != null) slot.capacity = input.capacity;
    slot.weekday = weekday;
    recordAudit(em, ctx, {
      action: 'changeSessionSlot',
      entityType: 'SessionSlot',
      entityId: slot.id,
      before: { ...before, from: input.from },
      after: { ...auditFields(slot, SLOT_AUDIT), from: input.from, ...outcome },
      organisationId: slot.organisation.id,
    });
    await em.flush();
    // Dates that the move put inside the horizon get written with the new values.
    await materialiseOccurrences(em, { slotId: slot.id }, input.from, minDate(horizonEnd(), slot.validUntil));
    return { slot, outcome };
  });
}

/**
 * `endSessionSlot`: the slot runs for the last time on `lastDate` (today or later); later dates are cancelled with
 * their bookings and its standing bookings stop. Refused when attendance is registered after `lastDate`.
 */
export function endSessionSlot(
  ctx: Context,
  input: EndSessionSlotInput,
): Promise<MutationResult<SlotChangeResult>> {
  return runMutation(ctx, input, async (em) => {
    const slot = await lockSlot(ctx, em, input.slotId);
    assertDatesWithinBounds(ctx.writeBounds, todayInAmsterdam(), { ends: { lastDate: input.lastDate } });
    const errors: UserError[] = [];
    if (input.lastDate < addDays(slot.validFrom, -1)) {
      errors.push({
        code: ErrorCode.INVERTED_PERIOD,
        field: inputField('lastDate'),
        message: `The slot starts on ${slot.validFrom}; lastDate must not be earlier than the day before.`,
      });
    }
    if (input.lastDate < addDays(todayInAmsterdam(), -1)) {
      errors.push({
        code: ErrorCode.OUTSIDE_PERIOD,
        field: inputField('lastDate'),
        message: 'lastDate must not be before yesterday: past dates stay as they were.',
      });
    }
    if (errors.length > 0) throw new DomainError(errors);
    await assertNoAttendanceFrom(em, slot.id, addDays(input.lastDate, 1), 'lastDate');
    const before = auditFields(slot, SLOT_AUDIT);
    const cancelled = await endSlotAfter(em, slot.id, input.lastDate);
    await em.refresh(slot);
    recordAudit(em, ctx, {
      action: 'endSessionSlot',
      entityType: 'SessionSlot',
      entityId: slot.id,
      before,
      after: { ...auditFields(slot, SLOT_AUDIT), cancelledOccurrences: cancelled },
      organisationId: slot.organisation.id,
    });
    await em.flush();
    return { slot, outcome: { occurrences: cancelled, promoted: 0, released: 0 } };
  });
}

/** What the audit log keeps of an occurrence. */
const OCCURRENCE_AUDIT = [
  'date',
  'startTime',
  'endTime',
  'dayparts',
  'capacity',
  'bookedCount',
  'cancelled',
  'cancelReason',
] as const;

/** An occurrence of the viewer's organisation, its row locked for the rest of the transaction. */
async function lockOwnOccurrence(ctx: Context, em: EntityManager, id: string): Promise<Occurrence> {
  const locked = await lockOccurrence(em, id);
  const occurrence = locked ? await em.findOne(Occurrence, id, { refresh: true }) : null;
  if (!occurrence) throw notFound('No occurrence has this id.', 'occurrenceId');
  assertOwnRecord(
    requireViewer(ctx),
    occurrence.organisation.id,
    'No occurrence has this id.',
    inputField('occurrenceId'),
  );
  return occurrence;
}

export interface RestoreResult {
  occurrence: Occurrence;
  outcome: RestoreOutcome;
}

/**
 * `restoreOccurrence`: undoes a cancellation. The date starts empty (its bookings are not silently brought back)
 * unless `rebook`, which keeps them and books the standing bookings in while capacity allows (the rest wait in
 * order). Refused for a date that is not cancelled or that its weekly slot no longer runs on.
 */
export function restoreOccurrence(
  ctx: Context,
  input: RestoreOccurrenceInput,
): Promise<MutationResult<RestoreResult>> {
  return runMutation(ctx, input, async (em) => {
    const occurrence = await lockOwnOccurrence(ctx, em, input.occurrenceId);
    if (!occurrence.cancelled) {
      throw new DomainError(ErrorCode.CONFLICT, 'This date is not cancelled.', inputField('occurrenceId'));
    }
    if (occurrence.slot) {
      const slot = await em.findOneOrFail(SessionSlot, occurrence.slot.id);
      if (slot.validUntil && occurrence.date > slot.validUntil) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `The weekly session ended on ${slot.validUntil}; add an extra date with addOccurrence instead.`,
          inputField('occurrenceId'),
        );
      }
    }
    const before = auditFields(occurrence, OCCURRENCE_AUDIT);
    const outcome = await restoreCancelledOccurrence(em, occurrence.id, input.rebook);
    await em.refresh(occurrence);
    recordAudit(em, ctx, {
      action: 'restoreOccurrence',
      entityType: 'Occurrence',
      entityId: occurrence.id,
      before,
      after: { ...auditFields(occurrence, OCCURRENCE_AUDIT), rebook: input.rebook, ...outcome },
      organisationId: occurrence.organisation.id,
    });
    await em.flush();
    return { occurrence, outcome };
  });
}

/**
 * `changeOccurrence`: capacity, times or both of one date. More places move its waitlist up in order; fewer keep
 * every booking (the occurrence shows `overbooked`).
 */
export function changeOccurrence(
  ctx: Context,
  input: ChangeOccurrenceInput,
): Promise<MutationResult<{ occurrence: Occurrence; promoted: number }>> {
  return runMutation(ctx, input, async (em) => {
    const occurrence = await lockOwnOccurrence(ctx, em, input.occurrenceId);
    const startTime = input.startTime ?? occurrence.startTime;
    const endTime = input.endTime ?? occurrence.endTime;
    const errors: UserError[] = [];
    if (input.capacity == null && input.startTime == null && input.endTime == null) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField('capacity'),
        message: 'Give at least one of capacity, startTime and endTime.',
      });
    }
    if (minutesOf(endTime) <= minutesOf(startTime)) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField('endTime'),
        message: 'endTime must be after startTime.',
      });
    }
    if (errors.length > 0) throw new DomainError(errors);
    const before = auditFields(occurrence, OCCURRENCE_AUDIT);
    const timesChanged = input.startTime != null || input.endTime != null;
    const promoted = await changeOneOccurrence(em, occurrence.id, {
      capacity: input.capacity ?? null,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      dayparts: timesChanged ? daypartsOf(startTime, endTime) : null,
    });
    await em.refresh(occurrence);
    recordAudit(em, ctx, {
      action: 'changeOccurrence',
      entityType: 'Occurrence',
      entityId: occurrence.id,
      before,
      after: { ...auditFields(occurrence, OCCURRENCE_AUDIT), promoted },
      organisationId: occurrence.organisation.id,
    });
    await em.flush();
    return { occurrence, promoted };
  });
}
