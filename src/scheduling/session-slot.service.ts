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
import { createExtraOccurrence, markOccurrenceCancelled } from './booking.store';
import { horizonEnd, materialiseOccurrences } from './occurrence.materialise';
import { SessionSlot, type Weekday } from './session-slot.entity';
import type { AddOccurrenceInput, CancelOccurrenceInput, CreateSessionSlotInput } from './session-slot.input';
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
    const occurrence = await em.findOne(Occurrence, input.occurrenceId);
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
    markOccurrenceCancelled(occurrence, input.reason?.trim() || null);
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
