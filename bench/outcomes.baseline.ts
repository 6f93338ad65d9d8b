/**
 * Q4's baseline: the `data` of `outcomes(scope: { municipalityId }, from, to)` for an ADMIN (exact counts), written
 * independently of the API: per-person rows and ladder positions are loaded with plain `pg` and counted in
 * JavaScript. Equal answers at scale are therefore also a check of the API's aggregate statement.
 */
import { Background, RouteIn } from '../src/participants/participant.entity';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../src/shared/suppression';
import { monthOf, monthRange, lastDay, firstDay } from '../src/shared/months';

type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

interface Person {
  active: boolean;
  firstStart: string;
  leftOn: string | null;
  reason: string | null;
  routeIn: string;
  backgrounds: string[];
  spans: [string, string | null][];
}

const between = (date: string | null, lo: string, hi: string) => date !== null && date >= lo && date <= hi;

export async function outcomesData(query: Query, municipalityId: string, from: string, to: string) {
  const places = (await query('select id from place where municipality_id = $1', [municipalityId])).map((r) =>
    String(r.id),
  );
  const reasons = await query(
    'select code, label, positive, active, sort_order from outflow_reason order by sort_order, code',
    [],
  );
  const rank = new Map(reasons.map((r) => [String(r.code), [r.positive ? 0 : 1, Number(r.sort_order)]]));
  const rows = await query(
    `select e.participant_id, e.start_date::text as start_date, e.end_date::text as end_date, e.status,
            e.outflow_code, p.route_in, p.backgrounds::text[] as backgrounds
       from enrolment e join participant p on p.id = e.participant_id
      where e.place_id = any($1::uuid[])`,
    [places],
  );
  const byPerson = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.participant_id);
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  }
  const people = new Map<string, Person>();
  for (const [id, own] of byPerson) {
    const ended = own.every((r) => r.status === 'ENDED' && r.end_date !== null);
    const leftOn = ended
      ? own
          .map((r) => String(r.end_date))
          .sort()
          .at(-1)!
      : null;
    const reasonsThatDay = own
      .filter((r) => leftOn !== null && r.end_date === leftOn)
      .map((r) => String(r.outflow_code ?? 'UNKNOWN'))
      .sort((a, b) => {
        const [pa, sa] = rank.get(a) ?? [1, 32767];
        const [pb, sb] = rank.get(b) ?? [1, 32767];
        return pa - pb || sa - sb || a.localeCompare(b);
      });
    people.set(id, {
      active: own.some(
        (r) => String(r.start_date) <= to && (r.end_date === null || String(r.end_date) >= from),
      ),
      firstStart: own.map((r) => String(r.start_date)).sort()[0],
      leftOn,
      reason: reasonsThatDay[0] ?? null,
      routeIn: own[0].route_in ? String(own[0].route_in) : 'NONE',
      backgrounds: (own[0].backgrounds as string[]) ?? [],
      spans: own.map((r) => [String(r.start_date), r.end_date === null ? null : String(r.end_date)]),
    });
  }
  const all = [...people.values()];
  const active = [...people].filter(([, p]) => p.active);
  const leavers = all.filter((p) => between(p.leftOn, from, to));
  const positions = await query(
    `select participant_id, rung from ladder_position
      where participant_id = any($1::uuid[]) and date between $2 and $3
      order by participant_id, date, created_at, id`,
    [active.map(([id]) => id), from, to],
  );
  const rungs = new Map<string, number[]>();
  for (const r of positions) {
    const key = String(r.participant_id);
    rungs.set(key, [...(rungs.get(key) ?? []), Number(r.rung)]);
  }
  const ladder = { up: 0, stayed: 0, down: 0 };
  for (const list of rungs.values()) {
    if (list.length < 2) continue;
    const change = list[list.length - 1] - list[0];
    if (change > 0) ladder.up += 1;
    else if (change < 0) ladder.down += 1;
    else ladder.stayed += 1;
  }
  const leftWith = (code: string) => leavers.filter((p) => p.reason === code).length;
  const shown = (count: number) => ({ count, suppressed: false });
  return {
    outcomes: {
      placeCount: places.length,
      active: active.length,
      started: all.filter((p) => between(p.firstStart, from, to)).length,
      left: leavers.length,
      movedOnToWork: leftWith('PAID_WORK'),
      movedOnPositive: leavers.filter((p) => rank.get(p.reason ?? '')?.[0] === 0).length,
      byOutflowReason: reasons
        .filter((r) => r.active || leftWith(String(r.code)) > 0)
        .map((r) => ({
          code: r.code,
          label: r.label,
          positive: r.positive,
          ...shown(leftWith(String(r.code))),
        })),
      byRouteIn: [...Object.values(RouteIn), 'NONE'].map((code) => ({
        code,
        ...shown(active.filter(([, p]) => p.routeIn === code).length),
      })),
      byBackground: Object.values(Background).map((code) => ({
        code,
        ...shown(active.filter(([, p]) => p.backgrounds.includes(code)).length),
      })),
      ladder,
      months: monthRange(monthOf(from), monthOf(to)).map((month) => {
        const lo = firstDay(month) < from ? from : firstDay(month);
        const hi = lastDay(month) > to ? to : lastDay(month);
        const leftThen = leavers.filter((p) => between(p.leftOn, lo, hi));
        return {
          month,
          active: all.filter((p) => p.spans.some(([s, e]) => s <= hi && (e === null || e >= lo))).length,
          started: all.filter((p) => between(p.firstStart, lo, hi)).length,
          left: leftThen.length,
          movedOnToWork: leftThen.filter((p) => p.reason === 'PAID_WORK').length,
        };
      }),
      suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
    },
  };
}
