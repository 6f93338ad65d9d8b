/**
 * The benchmark's baseline: a plain Node HTTP server with `pg` and hand-written SQL, one flat statement per list
 * level, that answers Q2 (placeWeek), Q3 (funderOverview, placeFinancing) and Q4 (outcomes) with exactly the JSON the GraphQL
 * API puts under `data`. It measures what the stack (GraphQL, ORM hydration, loaders) costs on top of the
 * database. It only reads: weeks are expected to be written already (the API also runs its "ensure on read"
 * statement, which writes nothing for a generated week). Financing rules are not re-derived: the rows go to the
 * same pure calculation the API uses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import {
  type AgreementFacts,
  type AgreementMonthFacts,
  calculatePlaceFinancing,
  type Contribution,
  earliestMonthNeeded,
  type PlaceFinancingResult,
  summariseFunder,
} from '../src/funding/financing.calc';
import { FundingBasis, FundingKind } from '../src/funding/funding.enums';
import { addDays, weekStartOf } from '../src/shared/dates';
import { firstDay, lastDay, monthRange } from '../src/shared/months';
import { outcomesData } from './outcomes.baseline';

/** The app's pool size (src/mikro-orm.config.ts), so both sides get the same number of connections. */
export const POOL_SIZE = 10;

type Row = Record<string, unknown>;
/** Runs one statement; the runner wraps it to count statements. */
export type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

export function poolQuery(pool: Pool): Query {
  return async (sql, params) => (await pool.query(sql, params)).rows as Row[];
}

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function groupRows(rows: Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Q2: the `data` of `placeWeek(placeId, weekStart) { workshops { ... } }` in four statements. */
export async function placeWeekData(query: Query, placeId: string, weekStart: string) {
  const monday = weekStartOf(weekStart);
  const sunday = addDays(monday, 6);
  const [place] = await query('select id from place where id = $1', [placeId]);
  if (!place) throw new Error('No place has this id.');
  const workshops = await query(
    'select id, name, archived from workshop where place_id = $1 order by name, id',
    [placeId],
  );
  const occurrences = await query(
    `select id, workshop_id, date::text as date, start_time, end_time, dayparts, capacity, booked_count, cancelled
       from occurrence where place_id = $1 and date between $2 and $3 order by date, start_time, id`,
    [placeId, monday, sunday],
  );
  const waiting = occurrences.length
    ? await query(
        `select occurrence_id, count(*)::int as n from booking
          where status = 'WAITLISTED' and occurrence_id = any($1::uuid[]) group by occurrence_id`,
        [occurrences.map((o) => o.id)],
      )
    : [];
  const waitlist = new Map(waiting.map((r) => [String(r.occurrence_id), num(r.n)]));
  const byWorkshop = groupRows(occurrences, 'workshop_id');
  return {
    placeWeek: {
      workshops: workshops
        .map((w) => {
          const own = byWorkshop.get(String(w.id)) ?? [];
          const open = own.filter((o) => !o.cancelled);
          const capacity = open.reduce((sum, o) => sum + num(o.capacity), 0);
          const bookedCount = open.reduce((sum, o) => sum + num(o.booked_count), 0);
          return {
            archived: Boolean(w.archived),
            week: {
              workshop: { name: w.name },
              capacity,
              bookedCount,
              freePlaces: capacity - bookedCount,
              occurrences: own.map((o) => ({
                id: o.id,
                date: o.date,
                startTime: o.start_time,
                endTime: o.end_time,
                dayparts: num(o.dayparts),
                capacity: num(o.capacity),
                bookedCount: num(o.booked_count),
                waitlistCount: waitlist.get(String(o.id)) ?? 0,
                freePlaces: o.cancelled ? 0 : Math.max(0, num(o.capacity) - num(o.booked_count)),
                cancelled: Boolean(o.cancelled),
              })),
            },
          };
        })
        .filter(({ archived, week }) => !archived || week.occurrences.length > 0)
        .map(({ week }) => week),
    },
  };
}

const KIND_ORDER: string[] = Object.values(FundingKind);

interface AgreementRow {
  id: string;
  placeId: string;
  workshopId: string | null;
  basis: FundingBasis;
  from: string;
  until: string;
  stream: { id: string; name: string; kind: string };
  funder: { id: string; name: string };
  terms: AgreementFacts['terms'];
}

/** The financing of places over `from`..`to` in at most six statements, like the API's loader. */
async function financingOf(
  query: Query,
  placeIds: string[],
  from: string,
  to: string,
): Promise<Map<string, { result: PlaceFinancingResult; agreements: Map<string, AgreementRow> }>> {
  const result = new Map<string, { result: PlaceFinancingResult; agreements: Map<string, AgreementRow> }>();
  if (placeIds.length === 0) return result;
  const agreements: AgreementRow[] = (
    await query(
      `select g.id, g.place_id, g.workshop_id, g.basis, g.from_month, g.until_month, g.funded_places,
              g.dayparts_per_week, g.amount_per_place_per_year_cents, g.tariff_cents,
              g.amount_per_participant_month_cents, g.total_cents, g.max_share_basis_points, g.ceiling_cents,
              s.id as stream_id, s.name as stream_name, s.kind as stream_kind, f.id as funder_id, f.name as funder_name
         from funding_agreement g
         join funding_stream s on s.id = g.stream_id
         join organisation f on f.id = g.funder_id
        where g.place_id = any($1::uuid[]) and g.status = 'ACCEPTED'
          and g.from_month <= $2 and g.until_month >= $3`,
      [placeIds, to, from],
    )
  )
    .map((r) => ({
      id: String(r.id),
      placeId: String(r.place_id),
      workshopId: r.workshop_id ? String(r.workshop_id) : null,
      basis: r.basis as FundingBasis,
      from: String(r.from_month),
      until: String(r.until_month),
      stream: { id: String(r.stream_id), name: String(r.stream_name), kind: String(r.stream_kind) },
      funder: { id: String(r.funder_id), name: String(r.funder_name) },
      terms: {
        id: String(r.id),
        basis: r.basis as FundingBasis,
        from: String(r.from_month),
        until: String(r.until_month),
        fundedPlaces: numOrNull(r.funded_places),
        daypartsPerWeek: numOrNull(r.dayparts_per_week),
        amountPerPlacePerYearCents: numOrNull(r.amount_per_place_per_year_cents),
        tariffCents: numOrNull(r.tariff_cents),
        amountPerParticipantMonthCents: numOrNull(r.amount_per_participant_month_cents),
        totalCents: numOrNull(r.total_cents),
        maxShareBasisPoints: numOrNull(r.max_share_basis_points),
        ceilingCents: numOrNull(r.ceiling_cents),
      },
    }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.stream.kind) - KIND_ORDER.indexOf(b.stream.kind) ||
        a.stream.name.localeCompare(b.stream.name) ||
        a.from.localeCompare(b.from) ||
        a.id.localeCompare(b.id),
    );
  const start = earliestMonthNeeded(from, agreements);
  const costs = await query(
    `select place_id, month, sum(amount_cents)::text as cents from place_cost
      where place_id = any($1::uuid[]) and month between $2 and $3 group by place_id, month`,
    [placeIds, start, to],
  );
  const attendance = await query(
    `select place_id, to_char(date, 'YYYY-MM') as month, sum(dayparts)::int as dayparts from attendance
      where place_id = any($1::uuid[]) and status = 'PRESENT' and date between $2 and $3 group by 1, 2`,
    [placeIds, firstDay(from), lastDay(to)],
  );
  const ids = (basis: FundingBasis) => agreements.filter((a) => a.basis === basis).map((a) => a.id);
  const perDaypart = ids(FundingBasis.PER_ATTENDED_DAYPART);
  const perParticipant = ids(FundingBasis.PER_PARTICIPANT_MONTH);
  const linked = perDaypart.length
    ? await query(
        `select l.agreement_id, to_char(a.date, 'YYYY-MM') as month, sum(a.dayparts)::int as dayparts
           from participant_funding_link l
           join funding_agreement g on g.id = l.agreement_id
           join attendance a on a.participant_id = l.participant_id and a.place_id = g.place_id
             and (g.workshop_id is null or a.workshop_id = g.workshop_id)
             and a.date >= l.from_date and (l.until_date is null or a.date <= l.until_date)
          where l.agreement_id = any($1::uuid[]) and a.status = 'PRESENT' and a.date between $2 and $3
          group by 1, 2`,
        [perDaypart, firstDay(start), lastDay(to)],
      )
    : [];
  const enrolled = perParticipant.length
    ? await query(
        `select l.agreement_id, to_char(m.d, 'YYYY-MM') as month, count(distinct l.participant_id)::int as participants
           from participant_funding_link l
           join funding_agreement g on g.id = l.agreement_id
           cross join lateral generate_series($1::date, $2::date, interval '1 month') as m(d)
           join enrolment e on e.participant_id = l.participant_id and e.place_id = g.place_id
             and (g.workshop_id is null or e.workshop_id = g.workshop_id)
             and e.start_date <= (m.d + interval '1 month - 1 day')::date
             and (e.end_date is null or e.end_date >= m.d::date)
          where l.agreement_id = any($3::uuid[])
            and l.from_date <= (m.d + interval '1 month - 1 day')::date
            and (l.until_date is null or l.until_date >= m.d::date)
          group by 1, 2`,
        [firstDay(start), firstDay(to), perParticipant],
      )
    : [];
  const sales = agreements.some((a) => a.basis === FundingBasis.REVENUE)
    ? await query(
        `select place_id, workshop_id, month, sum(amount_cents)::text as cents, count(*)::int as records
           from sale where place_id = any($1::uuid[]) and month between $2 and $3 group by 1, 2, 3`,
        [placeIds, start, to],
      )
    : [];

  const [costsOf, attendanceOf, salesOf] = [costs, attendance, sales].map((rows) =>
    groupRows(rows, 'place_id'),
  );
  const [linkedOf, enrolledOf] = [linked, enrolled].map((rows) => groupRows(rows, 'agreement_id'));
  const agreementsOf = groupRows(agreements as unknown as Row[], 'placeId') as unknown as Map<
    string,
    AgreementRow[]
  >;
  for (const placeId of placeIds) {
    const own = agreementsOf.get(placeId) ?? [];
    const costsByMonth: Record<string, number> = {};
    for (const r of costsOf.get(placeId) ?? []) costsByMonth[String(r.month)] = num(r.cents);
    const attendedDaypartsByMonth: Record<string, number> = {};
    for (const r of attendanceOf.get(placeId) ?? [])
      attendedDaypartsByMonth[String(r.month)] = num(r.dayparts);
    const facts = own.map((agreement): AgreementFacts => {
      const months: Record<string, AgreementMonthFacts> = {};
      const month = (m: unknown) => (months[String(m)] ??= {});
      for (const r of linkedOf.get(agreement.id) ?? []) month(r.month).attendedDayparts = num(r.dayparts);
      for (const r of enrolledOf.get(agreement.id) ?? []) month(r.month).participants = num(r.participants);
      if (agreement.basis === FundingBasis.REVENUE) {
        for (const r of salesOf.get(placeId) ?? []) {
          if (agreement.workshopId && r.workshop_id !== agreement.workshopId) continue;
          const m = month(r.month);
          m.salesCents = (m.salesCents ?? 0) + num(r.cents);
          m.salesRecords = (m.salesRecords ?? 0) + num(r.records);
        }
      }
      return { terms: agreement.terms, months };
    });
    result.set(placeId, {
      result: calculatePlaceFinancing({ from, to, costsByMonth, attendedDaypartsByMonth, agreements: facts }),
      agreements: new Map(own.map((a) => [a.id, a])),
    });
  }
  return result;
}

function contribution(c: Contribution, agreements: Map<string, AgreementRow>) {
  const agreement = agreements.get(c.agreementId)!;
  return {
    agreement: { id: agreement.id },
    stream: { id: agreement.stream.id, name: agreement.stream.name },
    kind: agreement.stream.kind,
    funder: agreement.funder,
    basis: c.basis,
    units: c.units,
    amountCents: c.amountCents,
    shareOfFunding: c.shareOfFunding,
    limitedBy: c.limitedBy,
  };
}

/** Q3: the `data` of `placeFinancing(placeId, from, to)` with the fields of bench/queries.ts. */
export async function placeFinancingData(query: Query, placeId: string, from: string, to: string) {
  const [place] = await query('select id, name from place where id = $1', [placeId]);
  if (!place) throw new Error('No place has this id.');
  const { result, agreements } = (await financingOf(query, [placeId], from, to)).get(placeId)!;
  return {
    placeFinancing: {
      place: { id: place.id, name: place.name },
      from,
      to,
      costsCents: result.costsCents,
      fundingCents: result.fundingCents,
      balanceCents: result.balanceCents,
      coverage: result.coverage,
      attendedDayparts: result.attendedDayparts,
      fundedDayparts: result.fundedDayparts,
      occupancy: result.occupancy,
      costPerAttendedDaypartCents: result.costPerAttendedDaypartCents,
      streams: result.contributions.map((c) => contribution(c, agreements)),
      months: result.months.map((m) => ({
        month: m.month,
        costsCents: m.costsCents,
        fundingCents: m.fundingCents,
        balanceCents: m.balanceCents,
        attendedDayparts: m.attendedDayparts,
        fundedDayparts: m.fundedDayparts,
        streams: m.contributions.map((c) => contribution(c, agreements)),
      })),
    },
  };
}

/** Q3: the `data` of `funderOverview(funderId, from, to)` with the fields of bench/queries.ts. */
export async function funderOverviewData(query: Query, funderId: string, from: string, to: string) {
  const [funder] = await query('select id, name from organisation where id = $1', [funderId]);
  if (!funder) throw new Error('No funder has this id.');
  const places = await query(
    `select id, name from place where id in (
       select place_id from funding_agreement
        where funder_id = $1 and status = 'ACCEPTED' and from_month <= $2 and until_month >= $3)
     order by name, id`,
    [funderId, to, from],
  );
  const financing = await financingOf(
    query,
    places.map((p) => String(p.id)),
    from,
    to,
  );
  const summary = summariseFunder(
    funderId,
    places.map((row) => {
      const { result, agreements } = financing.get(String(row.id))!;
      const payerOf = (agreementId: string) => {
        const agreement = agreements.get(agreementId)!;
        return { funderId: agreement.funder.id, kind: agreement.stream.kind };
      };
      return { place: { id: String(row.id), name: String(row.name) }, result, payerOf };
    }),
    KIND_ORDER,
    monthRange(from, to),
  );
  // The benchmark's query asks for no month breakdown, so the answer leaves the months out.
  const fundedPlaces = summary.places.map(({ months: _months, ...place }) => place);
  return {
    funderOverview: {
      funder: { id: funder.id, name: funder.name },
      from,
      to,
      totalCents: summary.totalCents,
      places: fundedPlaces,
      kinds: summary.kinds,
    },
  };
}

/** Routes of the baseline: GET /placeWeek, /funderOverview, /placeFinancing, /outcomes with the arguments as parameters. */
export async function handle(query: Query, path: string, params: URLSearchParams): Promise<unknown> {
  const arg = (name: string) => {
    const value = params.get(name);
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  switch (path) {
    case '/placeWeek':
      return placeWeekData(query, arg('placeId'), arg('weekStart'));
    case '/funderOverview':
      return funderOverviewData(query, arg('funderId'), arg('from'), arg('to'));
    case '/placeFinancing':
      return placeFinancingData(query, arg('placeId'), arg('from'), arg('to'));
    case '/outcomes':
      return outcomesData(query, arg('municipalityId'), arg('from'), arg('to'));
    default:
      return undefined;
  }
}

export interface Baseline {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** Starts the baseline on `port` (0: a free one) against `databaseUrl`. */
export async function startBaseline(databaseUrl: string, port = 0): Promise<Baseline> {
  const pool = new Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  const query = poolQuery(pool);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://baseline');
    handle(query, url.pathname, url.searchParams).then(
      (data) => {
        res.writeHead(data === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data === undefined ? { error: 'not found' } : { data }));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL.');
  const baseline = await startBaseline(databaseUrl, Number(process.env.PORT ?? 0));
  // The runner reads the address from the first line.
  process.stdout.write(`${baseline.url}\n`);
  const stop = () => void baseline.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`baseline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
