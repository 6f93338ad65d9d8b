import { recordAudit } from '../audit';
import { roundRatio } from '../shared/ratio-rounding';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth';
import { assertOwnRecord } from '../auth';
import { type Context, requireViewer } from '../auth';
import { Occurrence } from '../scheduling';
import { canReadAttendanceSummary } from '../scheduling';
import { todayInAmsterdam } from '../shared/clock';
import { placeholders } from '../shared/sql';
import { daysBetween } from '../shared/dates';
import { badInput, DomainError, ErrorCode, forbidden, inputField, type UserError } from '../shared/errors';
import { isId } from '../shared/ids';
import { runMutation, type MutationResult } from '../shared/mutation';
import { Attendance } from './attendance.entity';
import { funderHasAccess } from './funder-access';
import type {
  AttendanceEntryInput,
  RecordAttendanceBulkInput,
  RecordAttendanceInput,
  RemoveAttendanceInput,
} from './attendance.input';
import { correctionWindowOpen, lastCorrectionDay } from '../shared/corrections';
import type { AttendanceSummary, AttendanceTotal, WorkshopAttendance } from './attendance.types';
import { EnrolmentErrorCode } from '../enrolments';
import { SchedulingErrorCode } from '../scheduling';
import { AttendanceErrorCode } from './attendance.errors';

/** Longest date range a summary covers. */
const MAX_SUMMARY_DAYS = 366;

type FieldOf = (index: number, name: keyof AttendanceEntryInput) => string[];

/**
 * Upserts attendance of `entries` at one occurrence in one statement, copying date, day parts, workshop, place,
 * organisation and municipality from the occurrence (funding aggregates read them from this table alone).
 * Refused for a cancelled or future occurrence, and for people not enrolled in the workshop on that date.
 */
async function writeAttendance(
  ctx: Context,
  em: EntityManager,
  occurrenceId: string,
  entries: AttendanceEntryInput[],
  fieldOf: FieldOf,
  action: string,
): Promise<Attendance[]> {
  const occurrence = await em.findOne(Occurrence, occurrenceId);
  if (!occurrence) {
    throw new DomainError(ErrorCode.NOT_FOUND, 'No occurrence has this id.', inputField('occurrenceId'));
  }
  assertOwnRecord(
    requireViewer(ctx),
    occurrence.organisation.id,
    'No occurrence has this id.',
    inputField('occurrenceId'),
  );
  if (occurrence.cancelled) {
    throw new DomainError(
      SchedulingErrorCode.OCCURRENCE_CANCELLED,
      'This date is cancelled.',
      inputField('occurrenceId'),
    );
  }
  if (occurrence.date > todayInAmsterdam()) {
    throw new DomainError(
      AttendanceErrorCode.OCCURRENCE_IN_FUTURE,
      'Attendance can be registered from the day of the occurrence on.',
      inputField('occurrenceId'),
    );
  }
  if (entries.length === 0) return [];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.participantId)) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: fieldOf(i, 'participantId'),
        message: 'The participant appears more than once.',
      });
    }
    seen.add(entry.participantId);
  });
  const ids = [...seen];
  const enrolled: { participant_id: string }[] = await em.execute(
    `select distinct participant_id from enrolment
      where workshop_id = ? and start_date <= ? and (end_date is null or end_date >= ?)
        and participant_id in (${placeholders(ids.length)})`,
    [occurrence.workshop.id, occurrence.date, occurrence.date, ...ids],
  );
  const enrolledIds = new Set(enrolled.map((row) => row.participant_id));
  entries.forEach((entry, i) => {
    if (!enrolledIds.has(entry.participantId)) {
      errors.push({
        code: EnrolmentErrorCode.NOT_ENROLLED,
        field: fieldOf(i, 'participantId'),
        message: 'The participant is not enrolled in this workshop on this date.',
      });
    }
  });
  if (errors.length > 0) throw new DomainError(errors);
  const previous: { participant_id: string; status: string }[] = await em.execute(
    `select participant_id, status from attendance
      where occurrence_id = ? and participant_id in (${placeholders(ids.length)})`,
    [occurrence.id, ...ids],
  );
  const statusBefore = new Map(previous.map((row) => [row.participant_id, row.status]));
  if (previous.length > 0) assertAttendanceWindow(ctx, occurrence.date, 'occurrenceId');
  const rows = entries.map((e) => ({
    participant_id: e.participantId,
    status: e.status,
    note: e.note?.trim() || null,
  }));
  const written: { id: string; participant_id: string }[] = await em.execute(
    `insert into attendance (id, created_at, updated_at, occurrence_id, participant_id, status, note, date, dayparts,
                             workshop_id, place_id, organisation_id, municipality_id)
     select gen_random_uuid(), now(), now(), o.id, e.participant_id, e.status, e.note, o.date, o.dayparts,
            o.workshop_id, o.place_id, o.organisation_id, o.municipality_id
       from jsonb_to_recordset(?::jsonb) as e(participant_id uuid, status text, note text)
       cross join occurrence o
      where o.id = ?
     on conflict (occurrence_id, participant_id) do update
        set status = excluded.status, note = excluded.note, updated_at = now(), date = excluded.date,
            dayparts = excluded.dayparts, workshop_id = excluded.workshop_id, place_id = excluded.place_id,
            organisation_id = excluded.organisation_id, municipality_id = excluded.municipality_id
     returning id, participant_id`,
    [JSON.stringify(rows), occurrence.id],
  );
  const found = await em.find(Attendance, { id: { $in: written.map((row) => row.id) } }, { refresh: true });
  const byParticipant = new Map(found.map((a) => [a.participant.id, a]));
  // Notes are free text and may name people: the audit keeps ids and statuses only.
  for (const attendance of found) {
    const before = statusBefore.get(attendance.participant.id);
    recordAudit(em, ctx, {
      action,
      entityType: 'Attendance',
      entityId: attendance.id,
      before: before
        ? { participant: attendance.participant.id, occurrence: occurrence.id, status: before }
        : null,
      after: { participant: attendance.participant.id, occurrence: occurrence.id, status: attendance.status },
      organisationId: occurrence.organisation.id,
    });
  }
  await em.flush();
  return entries.map((entry) => byParticipant.get(entry.participantId)!);
}

/**
 * Staff may change or remove what was registered for a date until ATTENDANCE_CORRECTION_DAYS (31) after it, so that
 * figures already reported do not change silently; ADMIN always may.
 */
function assertAttendanceWindow(ctx: Context, date: string, field: string): void {
  if (requireViewer(ctx).role === Role.ADMIN) return;
  const days = ctx.corrections.attendanceDays;
  if (correctionWindowOpen(date, todayInAmsterdam(), days)) return;
  throw new DomainError(
    ErrorCode.CORRECTION_WINDOW_CLOSED,
    `Attendance of ${date} could be changed by staff until ${lastCorrectionDay(date, days)}; ask an administrator.`,
    inputField(field),
  );
}

/** A registration that is not there: CONFLICT when the viewer's organisation removed it before, else NOT_FOUND. */
async function missingAttendance(ctx: Context, em: EntityManager, id: string): Promise<DomainError> {
  const viewer = requireViewer(ctx);
  const scope =
    viewer.role === Role.ADMIN ? null : (viewer.organisationId ?? '00000000-0000-0000-0000-000000000000');
  const removed: unknown[] = await em.execute(
    `select 1 from audit_entry where entity_type = 'Attendance' and entity_id = ? and action = 'removeAttendance'
        and (?::uuid is null or organisation_id = ?::uuid) limit 1`,
    [id, scope, scope],
  );
  return removed.length > 0
    ? new DomainError(
        ErrorCode.CONFLICT,
        'This registration has already been removed.',
        inputField('attendanceId'),
      )
    : new DomainError(ErrorCode.NOT_FOUND, 'No attendance has this id.', inputField('attendanceId'));
}

/**
 * `removeAttendance`: deletes a wrong registration (the person was not there at all, or was registered at the
 * wrong date), within the correction window or by ADMIN; the audit log keeps what it was.
 */
export function removeAttendance(
  ctx: Context,
  input: RemoveAttendanceInput,
): Promise<MutationResult<{ attendanceId: string; occurrence: Occurrence }>> {
  return runMutation(ctx, input, async (em) => {
    const attendance = await em.findOne(Attendance, input.attendanceId);
    if (!attendance) throw await missingAttendance(ctx, em, input.attendanceId);
    assertOwnRecord(
      requireViewer(ctx),
      attendance.organisation.id,
      'No attendance has this id.',
      inputField('attendanceId'),
    );
    assertAttendanceWindow(ctx, attendance.date, 'attendanceId');
    const occurrence = await em.findOneOrFail(Occurrence, attendance.occurrence.id);
    recordAudit(em, ctx, {
      action: 'removeAttendance',
      entityType: 'Attendance',
      entityId: attendance.id,
      before: {
        participant: attendance.participant.id,
        occurrence: occurrence.id,
        status: attendance.status,
        date: attendance.date,
        dayparts: attendance.dayparts,
      },
      after: null,
      organisationId: attendance.organisation.id,
    });
    em.remove(attendance);
    await em.flush();
    return { attendanceId: input.attendanceId, occurrence };
  });
}

/** Registers or corrects one participant's attendance. */
export function recordAttendance(
  ctx: Context,
  input: RecordAttendanceInput,
): Promise<MutationResult<Attendance>> {
  return runMutation(ctx, input, async (em) => {
    const [attendance] = await writeAttendance(
      ctx,
      em,
      input.occurrenceId,
      [input],
      (_i, name) => inputField(name),
      'recordAttendance',
    );
    return attendance;
  });
}

/** Registers a whole roster in one go; any wrong entry refuses all of them. */
export function recordAttendanceBulk(
  ctx: Context,
  input: RecordAttendanceBulkInput,
): Promise<MutationResult<Attendance[]>> {
  return runMutation(ctx, input, (em) =>
    writeAttendance(
      ctx,
      em,
      input.occurrenceId,
      input.entries,
      (i, name) => inputField('entries', String(i), name),
      'recordAttendanceBulk',
    ),
  );
}

/**
 * The place of an attendance read, or FORBIDDEN. `funders` lets a FUNDER with an accepted agreement on the place
 * read the aggregate summary (counts only); the occurrence lists stay with the place's staff.
 */
async function requireSummaryPlace(
  ctx: Context,
  placeId: string,
  from: string,
  to: string,
  funders: boolean,
) {
  const place = isId(placeId) ? await ctx.loaders.placeById.load(placeId) : null;
  if (!place) throw badInput('No place has this id.', 'placeId');
  const viewer = ctx.viewer;
  const funded =
    funders && viewer?.role === Role.FUNDER && viewer.organisationId
      ? await funderHasAccess(ctx.em, viewer.organisationId, place.id)
      : false;
  if (!canReadAttendanceSummary(viewer, place.organisation.id, funded)) {
    throw forbidden("Only ADMIN, the place's staff and its funders may see its attendance.");
  }
  const days = daysBetween(from, to);
  if (days < 0 || days > MAX_SUMMARY_DAYS) {
    throw badInput(`to must be from 0 to ${MAX_SUMMARY_DAYS} days after from.`, 'to');
  }
  return place;
}

/**
 * Per workshop of a place over `from`..`to`: occurrences, attended day parts, attendance rate and missing
 * registrations, in one aggregate statement.
 */
export async function attendanceSummary(
  ctx: Context,
  placeId: string,
  from: string,
  to: string,
): Promise<AttendanceSummary> {
  const place = await requireSummaryPlace(ctx, placeId, from, to, true);
  const rows: {
    workshop_id: string;
    occurrences: number;
    cancelled: number;
    attended_dayparts: number;
    present: number;
    absent: number;
    excused: number;
    missing: number;
  }[] = await ctx.em.execute(
    `select o.workshop_id,
            count(*) filter (where not o.cancelled)::int as occurrences,
            count(*) filter (where o.cancelled)::int as cancelled,
            coalesce(sum(a.present_dayparts), 0)::int as attended_dayparts,
            coalesce(sum(a.present), 0)::int as present,
            coalesce(sum(a.absent), 0)::int as absent,
            coalesce(sum(a.excused), 0)::int as excused,
            count(*) filter (where not o.cancelled and o.date < ? and a.occurrence_id is null)::int as missing
       from occurrence o
       left join (
         select occurrence_id,
                count(*) filter (where status = 'PRESENT') as present,
                count(*) filter (where status = 'ABSENT') as absent,
                count(*) filter (where status = 'EXCUSED') as excused,
                sum(dayparts) filter (where status = 'PRESENT') as present_dayparts
           from attendance
          where place_id = ? and date between ? and ?
          group by occurrence_id
       ) a on a.occurrence_id = o.id
      where o.place_id = ? and o.date between ? and ?
      group by o.workshop_id`,
    [todayInAmsterdam(), place.id, from, to, place.id, from, to],
  );
  const byWorkshop = new Map(rows.map((row) => [row.workshop_id, row]));
  const workshops = await ctx.loaders.workshopsByPlaceId.load(place.id);
  const result: WorkshopAttendance[] = workshops
    .filter((workshop) => byWorkshop.has(workshop.id))
    .map((workshop) => {
      const row = byWorkshop.get(workshop.id)!;
      const registered = row.present + row.absent + row.excused;
      return {
        workshop,
        occurrences: row.occurrences,
        cancelledOccurrences: row.cancelled,
        attendedDayparts: row.attended_dayparts,
        present: row.present,
        absent: row.absent,
        excused: row.excused,
        attendanceRate: registered > 0 ? roundRatio(row.present / registered) : null,
        missingRegistrations: row.missing,
      };
    });
  return { place, from, to, workshops: result, total: totalOf(result) };
}

/** The place's figures: the sums of its workshops, and the attendance rate over all their registrations. */
function totalOf(workshops: WorkshopAttendance[]): AttendanceTotal {
  const sum = (pick: (w: WorkshopAttendance) => number) => workshops.reduce((t, w) => t + pick(w), 0);
  const present = sum((w) => w.present);
  const registered = present + sum((w) => w.absent) + sum((w) => w.excused);
  return {
    occurrences: sum((w) => w.occurrences),
    cancelledOccurrences: sum((w) => w.cancelledOccurrences),
    attendedDayparts: sum((w) => w.attendedDayparts),
    present,
    absent: sum((w) => w.absent),
    excused: sum((w) => w.excused),
    attendanceRate: registered > 0 ? roundRatio(present / registered) : null,
    missingRegistrations: sum((w) => w.missingRegistrations),
  };
}

/** Past occurrences of a place in the range, not cancelled, with nobody registered: what staff still owe. */
export async function missingRegistrations(
  ctx: Context,
  placeId: string,
  from: string,
  to: string,
): Promise<Occurrence[]> {
  const place = await requireSummaryPlace(ctx, placeId, from, to, false);
  const today = todayInAmsterdam();
  const rows: { id: string }[] = await ctx.em.execute(
    `select o.id from occurrence o
      where o.place_id = ? and o.date between ? and ? and o.date < ? and not o.cancelled
        and not exists (select 1 from attendance a where a.occurrence_id = o.id)`,
    [place.id, from, to, today],
  );
  if (rows.length === 0) return [];
  return ctx.em.find(
    Occurrence,
    { id: { $in: rows.map((row) => row.id) } },
    { orderBy: { date: 'asc', startTime: 'asc', id: 'asc' } },
  );
}
