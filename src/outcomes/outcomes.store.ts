/**
 * The SQL behind `outcomes`: every count of a report in one aggregate statement over the enrolments of the
 * scope's places (and the ladder positions of their active persons), so that the number of statements does not
 * depend on the number of people. Counts distinct persons; erased participants are rows like any other.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Background, RouteIn } from '../participants';
import { monthCount, monthOf, monthRange } from '../shared/months';
import type { PlaceFigure } from './place-outcomes.calc';
import {
  type GroupFigure,
  type MonthFigure,
  type OutcomeFigures,
  PAID_WORK,
  type ReasonFigure,
} from './outcome-figures.calc';

/** The group of active persons whose route in is not recorded. */
export const NOT_RECORDED = 'NONE';

const ROUTE_LABELS: Record<string, string> = {
  [RouteIn.WALK_IN]: 'Walked in',
  [RouteIn.UWV]: 'Via UWV',
  [RouteIn.REFUGEE_SUPPORT]: 'Via refugee support or COA',
  [RouteIn.SOCIAL_SERVICES]: 'Via municipal social services',
  [RouteIn.CARE_PROVIDER]: 'Via a care provider',
  [RouteIn.OTHER]: 'Another route',
  [NOT_RECORDED]: 'Not recorded',
};

const BACKGROUND_LABELS: Record<string, string> = {
  [Background.UWV]: 'UWV',
  [Background.SOCIAL_ASSISTANCE]: 'Social assistance (bijstand)',
  [Background.WAJONG]: 'Wajong',
  [Background.NEWCOMER]: 'Newcomer or refugee',
  [Background.LONG_TERM_CARE]: 'Long-term care (Wlz)',
  [Background.HOMELESS]: 'Homeless',
  [Background.RETIRED]: 'Retired',
  [Background.STUDENT]: 'Student or intern',
  [Background.PROFESSIONAL]: 'Professional',
  [Background.VOLUNTEER]: 'Volunteer',
  [Background.OTHER]: 'Something else',
};

/**
 * Per person at the scope: the first start, the day they left (their last enrolment's end, when every enrolment
 * there has ENDED) and whether one of their enrolments overlaps the period. A leaver's reason is the most positive
 * one among the enrolments that ended on that day (positive first, then the reasons' sort order).
 */
const OUTCOMES_SQL = `
with params as (select ?::date as d_from, ?::date as d_to),
scoped as (
  select e.participant_id, e.start_date, e.end_date, e.status, e.outflow_code
    from enrolment e where e.place_id = any(?::uuid[])
),
person as (
  select s.participant_id,
         min(s.start_date) as first_start,
         case when bool_and(s.status = 'ENDED' and s.end_date is not null) then max(s.end_date) end as left_on,
         bool_or(s.start_date <= p.d_to and (s.end_date is null or s.end_date >= p.d_from)) as active
    from scoped s cross join params p
   group by s.participant_id
),
leaver as (
  select distinct on (pe.participant_id) pe.participant_id, pe.left_on,
         coalesce(s.outflow_code, 'UNKNOWN') as code, coalesce(r.positive, false) as positive
    from person pe
    cross join params p
    join scoped s on s.participant_id = pe.participant_id and s.end_date = pe.left_on
    left join outflow_reason r on r.code = s.outflow_code
   where pe.left_on between p.d_from and p.d_to
   order by pe.participant_id, coalesce(r.positive, false) desc, coalesce(r.sort_order, 32767),
            coalesce(s.outflow_code, 'UNKNOWN')
),
period_month as (
  select to_char(m, 'YYYY-MM') as month, greatest(m::date, d_from) as lo,
         least((m + interval '1 month' - interval '1 day')::date, d_to) as hi
    from (select p.d_from, p.d_to, date_trunc('month', p.d_from) + i * interval '1 month' as m
            from params p, generate_series(0, ?::int) i) months
),
month_active as (
  select mo.month, count(distinct s.participant_id)::int as n
    from period_month mo
    join scoped s on s.start_date <= mo.hi and (s.end_date is null or s.end_date >= mo.lo)
   group by mo.month
),
ladder as (
  select l.participant_id,
         (array_agg(l.rung order by l.date, l.created_at, l.id))[1] as first_rung,
         (array_agg(l.rung order by l.date desc, l.created_at desc, l.id desc))[1] as last_rung
    from ladder_position l cross join params p
   where l.participant_id in (select participant_id from person where active)
     and l.date between p.d_from and p.d_to
   group by l.participant_id
  having count(*) >= 2
)
select 'total' as kind, null::text as code,
       count(*) filter (where pe.active)::int as a,
       count(*) filter (where pe.first_start between p.d_from and p.d_to)::int as b,
       (select count(*) from leaver)::int as c,
       (select count(*) from leaver where code = '${PAID_WORK}')::int as d,
       (select count(*) from leaver where positive)::int as e
  from params p left join person pe on true
 group by p.d_from, p.d_to
union all
select 'reason', code, count(*)::int, 0, 0, 0, 0 from leaver group by code
union all
select 'route', coalesce(pa.route_in::text, 'NONE'), count(*)::int, 0, 0, 0, 0
  from person pe join participant pa on pa.id = pe.participant_id
 where pe.active group by 2
union all
select 'background', b::text, count(*)::int, 0, 0, 0, 0
  from person pe join participant pa on pa.id = pe.participant_id cross join unnest(pa.backgrounds) b
 where pe.active group by 2
union all
select 'ladder', case when last_rung > first_rung then 'UP' when last_rung < first_rung then 'DOWN' else 'STAYED' end,
       count(*)::int, 0, 0, 0, 0
  from ladder group by 2
union all
select 'month', mo.month, coalesce(ma.n, 0),
       (select count(*) from person pe where pe.first_start between mo.lo and mo.hi)::int,
       (select count(*) from leaver lv where lv.left_on between mo.lo and mo.hi)::int,
       (select count(*) from leaver lv where lv.left_on between mo.lo and mo.hi and lv.code = '${PAID_WORK}')::int,
       0
  from period_month mo left join month_active ma on ma.month = mo.month`;

interface OutcomeRow {
  kind: 'total' | 'reason' | 'route' | 'background' | 'ladder' | 'month';
  code: string | null;
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
}

/** An outflow reason as the report lists it. */
export interface ReasonRow {
  code: string;
  label: string;
  positive: boolean;
  active: boolean;
}

/** The outflow reasons in list order (positive first within the reasons' sort order). One statement. */
export async function loadReasons(em: EntityManager): Promise<ReasonRow[]> {
  return em.execute<ReasonRow[]>(
    'select code, label, positive, active from outflow_reason order by sort_order, code',
  );
}

/**
 * The exact figures of the places over `from`..`to` (dates, inclusive) in one statement. Reasons are listed
 * when active or counted; routes in all, "not recorded" included; backgrounds all.
 */
export async function countOutcomes(
  em: EntityManager,
  placeIds: readonly string[],
  from: string,
  to: string,
  reasons: readonly ReasonRow[],
): Promise<OutcomeFigures> {
  const rows =
    placeIds.length === 0
      ? []
      : await em.execute<OutcomeRow[]>(OUTCOMES_SQL, [
          from,
          to,
          `{${placeIds.join(',')}}`,
          // A constant month count (not a series over dates) lets the planner estimate the months right, which
          // keeps the plan cheap enough that PostgreSQL does not spend ~150 ms compiling it with JIT.
          monthCount(monthOf(from), monthOf(to)) - 1,
        ]);
  const of = (kind: OutcomeRow['kind']) =>
    new Map(rows.filter((r) => r.kind === kind).map((r) => [r.code, r]));
  const total = rows.find((r) => r.kind === 'total');
  const counted = (kind: OutcomeRow['kind']) => {
    const map = of(kind);
    return (code: string) => Number(map.get(code)?.a ?? 0);
  };
  const reasonCount = counted('reason');
  const knownReasons = new Set(reasons.map((r) => r.code));
  const byOutflowReason: ReasonFigure[] = reasons
    .filter((r) => r.active || reasonCount(r.code) > 0)
    .map((r) => ({ code: r.code, label: r.label, positive: r.positive, count: reasonCount(r.code) }));
  // A leaver whose enrolment has no reason on record counts under UNKNOWN even if the list lacks it.
  for (const row of of('reason').values()) {
    if (!knownReasons.has(row.code!)) {
      byOutflowReason.push({ code: row.code!, label: 'Unknown', positive: false, count: Number(row.a) });
    }
  }
  const group = (kind: OutcomeRow['kind'], labels: Record<string, string>): GroupFigure[] => {
    const count = counted(kind);
    return Object.entries(labels).map(([code, label]) => ({ code, label, count: count(code) }));
  };
  const ladder = counted('ladder');
  const monthRows = of('month');
  const months: MonthFigure[] = monthRange(monthOf(from), monthOf(to)).map((month) => {
    const row = monthRows.get(month);
    return {
      month,
      active: Number(row?.a ?? 0),
      started: Number(row?.b ?? 0),
      left: Number(row?.c ?? 0),
      movedOnToWork: Number(row?.d ?? 0),
    };
  });
  return {
    active: Number(total?.a ?? 0),
    started: Number(total?.b ?? 0),
    left: Number(total?.c ?? 0),
    movedOnToWork: Number(total?.d ?? 0),
    movedOnPositive: Number(total?.e ?? 0),
    byOutflowReason,
    byRouteIn: group('route', ROUTE_LABELS),
    byBackground: group('background', BACKGROUND_LABELS),
    ladder: { up: ladder('UP'), stayed: ladder('STAYED'), down: ladder('DOWN') },
    months,
  };
}

/** Exact counts behind {@link StepsToWork}, in one statement. */
export interface StepsToWorkFigures {
  learnedSkills: number;
  proposed: number;
  interviewed: number;
  placed: number;
  placedInPaidWork: number;
}

/**
 * Distinct persons with skills observed at the places' workshops, and with placements, of people enrolled at the
 * places at some time in the period. One statement, whatever the number of people.
 */
export async function countStepsToWork(
  em: EntityManager,
  placeIds: string[],
  from: string,
  to: string,
): Promise<StepsToWorkFigures> {
  const [row] = await em.execute<Record<keyof StepsToWorkFigures, number>[]>(
    `with places as (select jsonb_array_elements_text(?::jsonb)::uuid as id),
          people as (
            select distinct e.participant_id from enrolment e
             where e.place_id in (select id from places)
               and e.start_date <= ?::date and (e.end_date is null or e.end_date >= ?::date)),
          steps as (
            select pl.participant_id,
                   pl.proposed_on between ?::date and ?::date as proposed,
                   pl.interview_on between ?::date and ?::date as interviewed,
                   pl.stage = 'PLACED' and pl.start_date between ?::date and ?::date as placed,
                   pl.stage = 'PLACED' and pl.paid_work and pl.start_date between ?::date and ?::date as paid
              from placement pl where pl.participant_id in (select participant_id from people))
     select (select count(distinct o.participant_id)::int from skill_observation o
               join workshop w on w.id = o.workshop_id
              where w.place_id in (select id from places)
                and o.observed_on between ?::date and ?::date) as "learnedSkills",
            (select count(distinct participant_id)::int from steps where proposed) as "proposed",
            (select count(distinct participant_id)::int from steps where interviewed) as "interviewed",
            (select count(distinct participant_id)::int from steps where placed) as "placed",
            (select count(distinct participant_id)::int from steps where paid) as "placedInPaidWork"`,
    [JSON.stringify(placeIds), to, from, from, to, from, to, from, to, from, to, from, to],
  );
  return row;
}

/**
 * The main counts per place (a person at two places counts at each), per month too: the same definitions as
 * {@link countOutcomes}, grouped by place. One statement, whatever the number of people or places.
 */
const PLACE_OUTCOMES_SQL = `
with params as (select ?::date as d_from, ?::date as d_to),
scoped as (
  select e.place_id, e.participant_id, e.start_date, e.end_date, e.status, e.outflow_code
    from enrolment e where e.place_id = any(?::uuid[])
),
person as (
  select s.place_id, s.participant_id,
         min(s.start_date) as first_start,
         case when bool_and(s.status = 'ENDED' and s.end_date is not null) then max(s.end_date) end as left_on,
         bool_or(s.start_date <= p.d_to and (s.end_date is null or s.end_date >= p.d_from)) as active
    from scoped s cross join params p
   group by s.place_id, s.participant_id
),
leaver as (
  select distinct on (pe.place_id, pe.participant_id) pe.place_id, pe.participant_id, pe.left_on,
         coalesce(s.outflow_code, 'UNKNOWN') as code, coalesce(r.positive, false) as positive
    from person pe
    cross join params p
    join scoped s on s.place_id = pe.place_id and s.participant_id = pe.participant_id and s.end_date = pe.left_on
    left join outflow_reason r on r.code = s.outflow_code
   where pe.left_on between p.d_from and p.d_to
   order by pe.place_id, pe.participant_id, coalesce(r.positive, false) desc, coalesce(r.sort_order, 32767),
            coalesce(s.outflow_code, 'UNKNOWN')
),
period_month as (
  select to_char(m, 'YYYY-MM') as month, greatest(m::date, d_from) as lo,
         least((m + interval '1 month' - interval '1 day')::date, d_to) as hi
    from (select p.d_from, p.d_to, date_trunc('month', p.d_from) + i * interval '1 month' as m
            from params p, generate_series(0, ?::int) i) months
)
select pe.place_id, null::text as month,
       count(*) filter (where pe.active)::int as a,
       count(*) filter (where pe.first_start between p.d_from and p.d_to)::int as b,
       (select count(*) from leaver lv where lv.place_id = pe.place_id)::int as c,
       (select count(*) from leaver lv where lv.place_id = pe.place_id and lv.code = '${PAID_WORK}')::int as d,
       (select count(*) from leaver lv where lv.place_id = pe.place_id and lv.positive)::int as e
  from person pe cross join params p
 group by pe.place_id
union all
select pl.place_id, mo.month,
       (select count(distinct s.participant_id) from scoped s
         where s.place_id = pl.place_id and s.start_date <= mo.hi and (s.end_date is null or s.end_date >= mo.lo))::int,
       (select count(*) from person pe where pe.place_id = pl.place_id and pe.first_start between mo.lo and mo.hi)::int,
       (select count(*) from leaver lv where lv.place_id = pl.place_id and lv.left_on between mo.lo and mo.hi)::int,
       (select count(*) from leaver lv where lv.place_id = pl.place_id and lv.left_on between mo.lo and mo.hi
           and lv.code = '${PAID_WORK}')::int,
       0
  from (select distinct place_id from scoped) pl cross join period_month mo`;

export async function countPlaceOutcomes(
  em: EntityManager,
  placeIds: readonly string[],
  from: string,
  to: string,
): Promise<PlaceFigure[]> {
  const rows =
    placeIds.length === 0
      ? []
      : await em.execute<(Omit<OutcomeRow, 'kind' | 'code'> & { place_id: string; month: string | null })[]>(
          PLACE_OUTCOMES_SQL,
          [from, to, `{${placeIds.join(',')}}`, monthCount(monthOf(from), monthOf(to)) - 1],
        );
  const months = monthRange(monthOf(from), monthOf(to));
  return placeIds.map((placeId) => {
    const own = rows.filter((row) => row.place_id === placeId);
    const total = own.find((row) => row.month === null);
    const byMonth = new Map(own.filter((row) => row.month !== null).map((row) => [row.month, row]));
    return {
      placeId,
      active: Number(total?.a ?? 0),
      started: Number(total?.b ?? 0),
      left: Number(total?.c ?? 0),
      movedOnToWork: Number(total?.d ?? 0),
      movedOnPositive: Number(total?.e ?? 0),
      months: months.map((month) => {
        const row = byMonth.get(month);
        return {
          month,
          active: Number(row?.a ?? 0),
          started: Number(row?.b ?? 0),
          left: Number(row?.c ?? 0),
          movedOnToWork: Number(row?.d ?? 0),
        };
      }),
    };
  });
}
