/**
 * The kept monthly attendance totals (`attendance_month_total`): how they follow every change of the raw
 * attendance rows, how they are rebuilt, and how readers use them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, firstDay, lastDay, monthOf as monthOfDate } from '../shared/months';
import { placeholders } from '../shared/sql';

/** What the totals need to know of one attendance row, as it was before or is after a change. */
export interface AttendanceFact {
  participant_id: string;
  place_id: string;
  workshop_id: string;
  organisation_id: string;
  municipality_id: string;
  /** YYYY-MM-DD (a Date from the driver is accepted too). */
  date: string | Date;
  status: string;
  dayparts: number;
}

/** The columns of `attendance` that make an {@link AttendanceFact}, for `select`/`returning` lists. */
export const ATTENDANCE_FACT_COLUMNS =
  "participant_id, place_id, workshop_id, organisation_id, municipality_id, to_char(date, 'YYYY-MM-DD') as date, status, dayparts";

interface Delta {
  place_id: string;
  workshop_id: string;
  month: string;
  organisation_id: string;
  municipality_id: string;
  present_dayparts: number;
  present: number;
  absent: number;
  excused: number;
}

function monthOf(date: string | Date): string {
  return typeof date === 'string' ? date.slice(0, 7) : date.toISOString().slice(0, 7);
}

/**
 * Keeps the monthly totals (per place, workshop and month; and attended day parts per participant too) equal to the raw attendance rows after a change: `before` holds the rows as they
 * were (removed or about to be overwritten), `after` the rows as they are now (new or overwritten). Adds the
 * difference in one statement, in the caller's transaction. Every writer of `attendance` calls it (registering,
 * correcting, changing an occurrence's date or day parts, removing attendance), after locking the rows it
 * changes (or their occurrence) so that `before` is exact. Nothing to do when both lists are empty.
 */
export async function keepAttendanceTotals(
  em: EntityManager,
  change: { before: readonly AttendanceFact[]; after: readonly AttendanceFact[] },
): Promise<void> {
  const deltas = new Map<string, Delta>();
  const add = (fact: AttendanceFact, sign: 1 | -1) => {
    const month = monthOf(fact.date);
    const key = `${fact.place_id}|${month}|${fact.workshop_id}`;
    let delta = deltas.get(key);
    if (!delta) {
      delta = {
        place_id: fact.place_id,
        workshop_id: fact.workshop_id,
        month,
        organisation_id: fact.organisation_id,
        municipality_id: fact.municipality_id,
        present_dayparts: 0,
        present: 0,
        absent: 0,
        excused: 0,
      };
      deltas.set(key, delta);
    }
    if (fact.status === 'PRESENT') {
      delta.present += sign;
      delta.present_dayparts += sign * Number(fact.dayparts);
    } else if (fact.status === 'ABSENT') delta.absent += sign;
    else if (fact.status === 'EXCUSED') delta.excused += sign;
  };
  const perParticipant = new Map<string, Delta & { participant_id: string }>();
  const addPresent = (fact: AttendanceFact, sign: 1 | -1) => {
    if (fact.status !== 'PRESENT') return;
    const month = monthOf(fact.date);
    const key = `${fact.participant_id}|${fact.place_id}|${month}|${fact.workshop_id}`;
    const delta = perParticipant.get(key) ?? {
      participant_id: fact.participant_id,
      place_id: fact.place_id,
      workshop_id: fact.workshop_id,
      month,
      organisation_id: fact.organisation_id,
      municipality_id: fact.municipality_id,
      present_dayparts: 0,
      present: 0,
      absent: 0,
      excused: 0,
    };
    delta.present_dayparts += sign * Number(fact.dayparts);
    perParticipant.set(key, delta);
  };
  for (const fact of change.before) {
    add(fact, -1);
    addPresent(fact, -1);
  }
  for (const fact of change.after) {
    add(fact, 1);
    addPresent(fact, 1);
  }
  const participantRows = [...perParticipant.entries()]
    .filter(([, d]) => d.present_dayparts !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, d]) => d);
  if (participantRows.length > 0) {
    await em.execute(
      `insert into attendance_participant_month_total as t (id, created_at, updated_at, participant_id, place_id,
                                                            month, workshop_id, organisation_id, municipality_id,
                                                            present_dayparts)
       select gen_random_uuid(), now(), now(), d.participant_id, d.place_id, d.month, d.workshop_id, d.organisation_id,
              d.municipality_id, d.present_dayparts
         from jsonb_to_recordset(?::jsonb) as d(participant_id uuid, place_id uuid, month text, workshop_id uuid,
                                                organisation_id uuid, municipality_id uuid, present_dayparts int)
       on conflict (participant_id, place_id, month, workshop_id) do update
          set present_dayparts = t.present_dayparts + excluded.present_dayparts, updated_at = now()`,
      [JSON.stringify(participantRows)],
    );
  }
  // Keys in a fixed order, so that two transactions touching the same totals lock them in the same order.
  const rows = [...deltas.entries()]
    .filter(([, d]) => d.present_dayparts !== 0 || d.present !== 0 || d.absent !== 0 || d.excused !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, d]) => d);
  if (rows.length === 0) return;
  await em.execute(
    `insert into attendance_month_total as t (id, created_at, updated_at, place_id, month, workshop_id,
                                              organisation_id, municipality_id, present_dayparts, present, absent, excused)
     select gen_random_uuid(), now(), now(), d.place_id, d.month, d.workshop_id, d.organisation_id, d.municipality_id,
            d.present_dayparts, d.present, d.absent, d.excused
       from jsonb_to_recordset(?::jsonb) as d(place_id uuid, month text, workshop_id uuid, organisation_id uuid,
                                              municipality_id uuid, present_dayparts int, present int, absent int,
                                              excused int)
     on conflict (place_id, month, workshop_id) do update
        set present_dayparts = t.present_dayparts + excluded.present_dayparts,
            present = t.present + excluded.present, absent = t.absent + excluded.absent,
            excused = t.excused + excluded.excused, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

/** The totals as recomputed from the raw rows (for all places, or the given ones), as a `select`. */
function recomputation(placeIds: readonly string[] | null): { sql: string; params: string[] } {
  return {
    sql: `select place_id, to_char(date, 'YYYY-MM') as month, workshop_id,
                 min(organisation_id::text)::uuid as organisation_id, min(municipality_id::text)::uuid as municipality_id,
                 coalesce(sum(dayparts) filter (where status = 'PRESENT'), 0)::int as present_dayparts,
                 count(*) filter (where status = 'PRESENT')::int as present,
                 count(*) filter (where status = 'ABSENT')::int as absent,
                 count(*) filter (where status = 'EXCUSED')::int as excused
            from attendance
           ${placeIds ? `where place_id in (${placeholders(placeIds.length)})` : ''}
           group by 1, 2, 3`,
    params: placeIds ? [...placeIds] : [],
  };
}

/** Attended day parts per participant, place, month and workshop from the raw rows, as insert-ready columns. */
function participantRecomputation(placeIds: readonly string[] | null): string {
  return `select gen_random_uuid(), now(), now(), participant_id, place_id, to_char(date, 'YYYY-MM'), workshop_id,
                 min(organisation_id::text)::uuid, min(municipality_id::text)::uuid, sum(dayparts)::int
            from attendance
           where status = 'PRESENT' ${placeIds ? `and place_id in (${placeholders(placeIds.length)})` : ''}
           group by participant_id, place_id, to_char(date, 'YYYY-MM'), workshop_id`;
}

/**
 * Recomputes the kept totals from the raw attendance rows, for all places or the given ones, in the caller's
 * transaction (`npm run totals:rebuild`; also after bulk inserts that bypass {@link keepAttendanceTotals}, such
 * as seeding). Returns the number of total rows written.
 */
export async function rebuildAttendanceTotals(
  em: EntityManager,
  placeIds: readonly string[] | null = null,
): Promise<number> {
  if (placeIds && placeIds.length === 0) return 0;
  const { sql, params } = recomputation(placeIds);
  await em.execute(
    `delete from attendance_month_total ${placeIds ? `where place_id in (${placeholders(placeIds.length)})` : ''}`,
    params,
  );
  await em.execute(
    `delete from attendance_participant_month_total
      ${placeIds ? `where place_id in (${placeholders(placeIds.length)})` : ''}`,
    params,
  );
  await em.execute(
    `insert into attendance_participant_month_total (id, created_at, updated_at, participant_id, place_id, month,
                                                     workshop_id, organisation_id, municipality_id, present_dayparts)
     ${participantRecomputation(placeIds)}`,
    params,
  );
  const written: { count: number }[] = await em.execute(
    `with written as (
       insert into attendance_month_total (id, created_at, updated_at, place_id, month, workshop_id, organisation_id,
                                           municipality_id, present_dayparts, present, absent, excused)
       select gen_random_uuid(), now(), now(), r.* from (${sql}) r
       returning 1
     ) select count(*)::int as count from written`,
    params,
  );
  return written[0].count;
}

/** One kept total, as compared by {@link attendanceTotalsDrift} (per participant: only the day parts). */
export interface AttendanceTotalRow {
  participant_id?: string;
  place_id: string;
  month: string;
  workshop_id: string;
  present_dayparts: number;
  present?: number;
  absent?: number;
  excused?: number;
}

/**
 * The totals where the kept table and a recomputation from the raw rows differ (empty when they agree; rows
 * holding only zeros count as absent). For checks and tests.
 */
export async function attendanceTotalsDrift(
  em: EntityManager,
  placeIds: readonly string[] | null = null,
): Promise<{ kept: AttendanceTotalRow | null; recomputed: AttendanceTotalRow | null }[]> {
  const { sql, params } = recomputation(placeIds);
  const rows: Record<string, unknown>[] = await em.execute(
    `with kept as (
       select place_id, month, workshop_id, present_dayparts, present, absent, excused from attendance_month_total
        where (present_dayparts, present, absent, excused) <> (0, 0, 0, 0)
          ${placeIds ? `and place_id in (${placeholders(placeIds.length)})` : ''}
     ), recomputed as (${sql})
     select to_jsonb(k) as kept, to_jsonb(r) - 'organisation_id' - 'municipality_id' as recomputed
       from kept k full join recomputed r
         on r.place_id = k.place_id and r.month = k.month and r.workshop_id = k.workshop_id
      where k.place_id is null or r.place_id is null
         or (k.present_dayparts, k.present, k.absent, k.excused) is distinct from
            (r.present_dayparts, r.present, r.absent, r.excused)`,
    [...params, ...params],
  );
  const participantRows: Record<string, unknown>[] = await em.execute(
    `with kept as (
       select participant_id, place_id, month, workshop_id, present_dayparts from attendance_participant_month_total
        where present_dayparts <> 0 ${placeIds ? `and place_id in (${placeholders(placeIds.length)})` : ''}
     ), recomputed as (
       select participant_id, place_id, to_char(date, 'YYYY-MM') as month, workshop_id,
              sum(dayparts)::int as present_dayparts
         from attendance where status = 'PRESENT' ${placeIds ? `and place_id in (${placeholders(placeIds.length)})` : ''}
        group by 1, 2, 3, 4
     )
     select to_jsonb(k) as kept, to_jsonb(r) as recomputed
       from kept k full join recomputed r
         on r.participant_id = k.participant_id and r.place_id = k.place_id and r.month = k.month
        and r.workshop_id = k.workshop_id
      where k.place_id is null or r.place_id is null or k.present_dayparts <> r.present_dayparts`,
    [...params, ...params],
  );
  return [...rows, ...participantRows].map((row) => ({
    kept: (row.kept as AttendanceTotalRow | null) ?? null,
    recomputed: (row.recomputed as AttendanceTotalRow | null) ?? null,
  }));
}

/**
 * Attended day parts per place and month over `fromMonth`..`toMonth` (YYYY-MM), from the kept totals: one row
 * per place and month with at least one PRESENT registration, whatever the number of attendance rows.
 */
export function attendedDaypartsPerPlaceMonth(
  em: EntityManager,
  placeIds: readonly string[],
  fromMonth: string,
  toMonth: string,
): Promise<{ place_id: string; month: string; dayparts: number }[]> {
  return em.execute(
    `select place_id, month, sum(present_dayparts)::int as dayparts from attendance_month_total
      where place_id in (${placeholders(placeIds.length)}) and month between ? and ?
      group by 1, 2 having sum(present) > 0`,
    [...placeIds, fromMonth, toMonth],
  );
}

/** The whole months inside `from`..`to` (dates), as a month range that is empty (from > to) when there are none. */
export function wholeMonthsWithin(from: string, to: string): { fromMonth: string; toMonth: string } {
  const [first, last] = [monthOfDate(from), monthOfDate(to)];
  const fromMonth = from === firstDay(first) ? first : addMonths(first, 1);
  const toMonth = to === lastDay(last) ? last : addMonths(last, -1);
  return { fromMonth, toMonth };
}

/**
 * Attendance counts per workshop of a place over the dates `from`..`to`: whole months from the kept totals, the
 * days before the first and after the last whole month from the raw rows (a month at most on each side).
 */
export function attendanceCountsPerWorkshop(
  em: EntityManager,
  placeId: string,
  from: string,
  to: string,
): Promise<
  {
    workshop_id: string;
    present_dayparts: number;
    present: number;
    absent: number;
    excused: number;
  }[]
> {
  const { fromMonth, toMonth } = wholeMonthsWithin(from, to);
  const wholeFrom = firstDay(fromMonth);
  const wholeTo = lastDay(toMonth < fromMonth ? fromMonth : toMonth);
  const none = toMonth < fromMonth;
  return em.execute(
    `select workshop_id, sum(present_dayparts)::int as present_dayparts, sum(present)::int as present,
            sum(absent)::int as absent, sum(excused)::int as excused
       from (
         select workshop_id, present_dayparts, present, absent, excused from attendance_month_total
          where place_id = ? and month between ? and ?
         union all
         select workshop_id, coalesce(sum(dayparts) filter (where status = 'PRESENT'), 0),
                count(*) filter (where status = 'PRESENT'), count(*) filter (where status = 'ABSENT'),
                count(*) filter (where status = 'EXCUSED')
           from attendance
          where place_id = ? and date between ? and ? and (?::boolean or date < ? or date > ?)
          group by workshop_id
       ) c
      group by workshop_id`,
    [placeId, fromMonth, toMonth, placeId, from, to, none, wholeFrom, wholeTo],
  );
}
