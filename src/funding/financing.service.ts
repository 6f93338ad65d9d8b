/**
 * Loads what the financing of places depends on, in a fixed number of SQL statements whatever the number of
 * places or months (aggregates are summed in SQL, never attendance rows loaded as entities), and hands plain
 * values to the pure calculation in financing.calc.ts.
 */
import { centsFromDatabase, sumCents } from '../shared/money';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth';
import { type Context, requireViewer } from '../auth';
import type { Organisation } from '../organisations';
import type { Place } from '../places';
import { badInput, forbidden } from '../shared/errors';
import { isId } from '../shared/ids';
import { groupBy } from '../shared/loaders';
import { firstDay, isMonth, lastDay, monthCount, monthRange } from '../shared/months';
import {
  type AgreementMonthFacts,
  type Contribution,
  calculatePlaceFinancing,
  summariseFunder,
  earliestMonthNeeded,
  type PlaceFinancingResult,
} from './financing.calc';
import {
  FundedPlace,
  FunderMonth,
  FunderOverview,
  FundingKindTotal,
  MonthFinancing,
  PlaceFinancing,
  StreamContribution,
} from './financing.types';
import { FundingAgreement } from './funding-agreement.entity';
import { hasAcceptedAgreement } from './funder-access';
import { FundingAgreementStatus, FundingBasis, FundingKind } from './funding.enums';
import { canReadFunder, canReadPlaceFinancing } from './funding.policy';
import type { FundingStream } from './funding-stream.entity';
import { groupRows } from '../shared/loaders';

/** Longest period one request may ask for, in months. */
export const MAX_PERIOD_MONTHS = 120;

function checkPeriod(from: string, to: string): void {
  if (!isMonth(from)) throw badInput('from must be a month written YYYY-MM.', 'from');
  if (!isMonth(to)) throw badInput('to must be a month written YYYY-MM.', 'to');
  if (to < from) throw badInput('to must not be before from.', 'to');
  if (monthCount(from, to) > MAX_PERIOD_MONTHS) {
    throw badInput(`A period may span at most ${MAX_PERIOD_MONTHS} months.`, 'to');
  }
}

type Row = Record<string, string | number | null>;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Rows by the value of one column, as a lookup that yields [] for a missing key. */
function grouped(rows: Row[], column: string): (key: string) => Row[] {
  const groups = groupRows(rows, (row) => String(row[column]));
  return (key) => groups.get(key) ?? [];
}

const KIND_ORDER = Object.values(FundingKind);

/** Contributions are listed by stream kind (general provision first), then stream name, then first month. */
function byKindAndName(a: FundingAgreement, b: FundingAgreement): number {
  const [sa, sb] = [a.stream.getEntity(), b.stream.getEntity()];
  return (
    KIND_ORDER.indexOf(sa.kind) - KIND_ORDER.indexOf(sb.kind) ||
    sa.name.localeCompare(sb.name) ||
    a.fromMonth.localeCompare(b.fromMonth) ||
    a.id.localeCompare(b.id)
  );
}

/** The financing of each place, with the agreements (stream and funder loaded) its contributions refer to. */
export interface LoadedFinancing {
  result: PlaceFinancingResult;
  agreements: Map<string, FundingAgreement>;
}

/**
 * The financing of several places over `from`..`to` in at most six statements: agreements (with stream and
 * funder joined), costs per month, attendance per month, linked attendance per agreement and month, enrolled
 * linked participants per agreement and month, and sales per workshop and month.
 */
export async function loadFinancing(
  em: EntityManager,
  placeIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, LoadedFinancing>> {
  if (placeIds.length === 0) return new Map();
  const agreements = (
    await em.find(
      FundingAgreement,
      {
        place: { $in: [...placeIds] },
        status: FundingAgreementStatus.ACCEPTED,
        fromMonth: { $lte: to },
        untilMonth: { $gte: from },
      },
      { populate: ['stream', 'funder'] },
    )
  ).sort(byKindAndName);
  // Ceilings and share limits are used up from each agreement's first month, also before the period.
  const start = earliestMonthNeeded(
    from,
    agreements.map((a) => ({ from: a.fromMonth })),
  );
  const connection = em.getConnection();
  const places = placeholders(placeIds);

  const costRows = await connection.execute<Row[]>(
    `select place_id, month, sum(amount_cents)::text as cents from place_cost
     where place_id in (${places}) and month between ? and ? group by place_id, month`,
    [...placeIds, start, to],
  );
  const attendanceRows = await connection.execute<Row[]>(
    `select place_id, to_char(date, 'YYYY-MM') as month, sum(dayparts)::int as dayparts from attendance
     where place_id in (${places}) and status = 'PRESENT' and date between ? and ? group by 1, 2`,
    [...placeIds, firstDay(from), lastDay(to)],
  );

  const ids = (basis: FundingBasis) => agreements.filter((a) => a.basis === basis).map((a) => a.id);
  const perDaypart = ids(FundingBasis.PER_ATTENDED_DAYPART);
  const perParticipant = ids(FundingBasis.PER_PARTICIPANT_MONTH);
  const linkedAttendance = perDaypart.length
    ? await connection.execute<Row[]>(
        `select l.agreement_id, to_char(a.date, 'YYYY-MM') as month, sum(a.dayparts)::int as dayparts
         from participant_funding_link l
         join funding_agreement g on g.id = l.agreement_id
         join attendance a on a.participant_id = l.participant_id and a.place_id = g.place_id
           and (g.workshop_id is null or a.workshop_id = g.workshop_id)
           and a.date >= l.from_date and (l.until_date is null or a.date <= l.until_date)
         where l.agreement_id in (${placeholders(perDaypart)}) and a.status = 'PRESENT'
           and a.date between ? and ?
         group by 1, 2`,
        [...perDaypart, firstDay(start), lastDay(to)],
      )
    : [];
  const enrolled = perParticipant.length
    ? await connection.execute<Row[]>(
        `select l.agreement_id, to_char(m.d, 'YYYY-MM') as month, count(distinct l.participant_id)::int as participants
         from participant_funding_link l
         join funding_agreement g on g.id = l.agreement_id
         cross join lateral generate_series(?::date, ?::date, interval '1 month') as m(d)
         join enrolment e on e.participant_id = l.participant_id and e.place_id = g.place_id
           and (g.workshop_id is null or e.workshop_id = g.workshop_id)
           and e.start_date <= (m.d + interval '1 month - 1 day')::date
           and (e.end_date is null or e.end_date >= m.d::date)
         where l.agreement_id in (${placeholders(perParticipant)})
           and l.from_date <= (m.d + interval '1 month - 1 day')::date
           and (l.until_date is null or l.until_date >= m.d::date)
         group by 1, 2`,
        [firstDay(start), firstDay(to), ...perParticipant],
      )
    : [];
  const salesRows = agreements.some((a) => a.basis === FundingBasis.REVENUE)
    ? await connection.execute<Row[]>(
        `select place_id, workshop_id, month, sum(amount_cents)::text as cents, count(*)::int as records
         from sale where place_id in (${places}) and month between ? and ? group by 1, 2, 3`,
        [...placeIds, start, to],
      )
    : [];

  const byPlace = (rows: Row[]) => grouped(rows, 'place_id');
  const [costsOf, attendanceOf, salesOf] = [byPlace(costRows), byPlace(attendanceRows), byPlace(salesRows)];
  const [linkedOf, enrolledOf] = [
    grouped(linkedAttendance, 'agreement_id'),
    grouped(enrolled, 'agreement_id'),
  ];
  const agreementsOf = groupBy(placeIds, agreements, (a) => a.place.id);

  const result = new Map<string, LoadedFinancing>();
  for (const [index, placeId] of placeIds.entries()) {
    const own = agreementsOf[index];
    const costsByMonth: Record<string, number> = {};
    for (const r of costsOf(placeId))
      costsByMonth[String(r.month)] = centsFromDatabase(r.cents as string, 'Costs of a month');
    const attendedDaypartsByMonth: Record<string, number> = {};
    for (const r of attendanceOf(placeId)) attendedDaypartsByMonth[String(r.month)] = Number(r.dayparts);
    const facts = own.map((agreement) => {
      const months: Record<string, AgreementMonthFacts> = {};
      const month = (m: unknown) => (months[String(m)] ??= {});
      for (const r of linkedOf(agreement.id)) month(r.month).attendedDayparts = Number(r.dayparts);
      for (const r of enrolledOf(agreement.id)) month(r.month).participants = Number(r.participants);
      if (agreement.basis === FundingBasis.REVENUE) {
        const workshopId = agreement.workshop?.id ?? null;
        for (const r of salesOf(placeId).filter((r) => !workshopId || r.workshop_id === workshopId)) {
          const m = month(r.month);
          m.salesCents = sumCents([
            m.salesCents ?? 0,
            centsFromDatabase(r.cents as string, 'Sales of a month'),
          ]);
          m.salesRecords = (m.salesRecords ?? 0) + Number(r.records);
        }
      }
      return {
        terms: {
          id: agreement.id,
          basis: agreement.basis,
          from: agreement.fromMonth,
          until: agreement.untilMonth,
          fundedPlaces: agreement.fundedPlaces,
          daypartsPerWeek: agreement.daypartsPerWeek,
          amountPerPlacePerYearCents: agreement.amountPerPlacePerYearCents,
          tariffCents: agreement.tariffCents,
          amountPerParticipantMonthCents: agreement.amountPerParticipantMonthCents,
          totalCents: agreement.totalCents,
          maxShareBasisPoints: agreement.maxShareBasisPoints,
          ceilingCents: agreement.ceilingCents,
        },
        months,
      };
    });
    result.set(placeId, {
      result: calculatePlaceFinancing({ from, to, costsByMonth, attendedDaypartsByMonth, agreements: facts }),
      agreements: new Map(own.map((a) => [a.id, a])),
    });
  }
  return result;
}

function toStreamContribution(
  c: Contribution,
  agreements: Map<string, FundingAgreement>,
): StreamContribution {
  const agreement = agreements.get(c.agreementId)!;
  const stream: FundingStream = agreement.stream.getEntity();
  const funder: Organisation = agreement.funder.getEntity();
  return Object.assign(new StreamContribution(), {
    agreement,
    stream,
    kind: stream.kind,
    funder,
    basis: c.basis,
    units: c.units,
    amountCents: c.amountCents,
    shareOfFunding: c.shareOfFunding,
    limitedBy: c.limitedBy,
  });
}

function toPlaceFinancing(place: Place, from: string, to: string, loaded: LoadedFinancing): PlaceFinancing {
  const { result, agreements } = loaded;
  return Object.assign(new PlaceFinancing(), {
    place,
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
    streams: result.contributions.map((c) => toStreamContribution(c, agreements)),
    months: result.months.map((m) =>
      Object.assign(new MonthFinancing(), {
        month: m.month,
        costsCents: m.costsCents,
        fundingCents: m.fundingCents,
        balanceCents: m.balanceCents,
        attendedDayparts: m.attendedDayparts,
        fundedDayparts: m.fundedDayparts,
        streams: m.contributions.map((c) => toStreamContribution(c, agreements)),
      }),
    ),
  });
}

const NO_PLACE = 'No place with this id is visible to you.';

/**
 * How a place is paid for over `from`..`to` (accepted agreements only). Readable by ADMIN, staff of the place's
 * organisation and funders with an accepted agreement on the place; for anyone else, and for an unknown place,
 * the same FORBIDDEN error (the result is non-null, and an error that differs would tell which places exist).
 */
export async function placeFinancing(ctx: Context, placeId: string, from: string, to: string) {
  const viewer = requireViewer(ctx);
  checkPeriod(from, to);
  const place = isId(placeId) ? await ctx.loaders.placeById.load(placeId) : null;
  if (!place) throw forbidden(NO_PLACE);
  const funders =
    viewer.role === Role.FUNDER &&
    viewer.organisationId &&
    (await hasAcceptedAgreement(ctx.em, viewer.organisationId, place.id))
      ? [viewer.organisationId]
      : [];
  if (!canReadPlaceFinancing(viewer, place.organisation.id, funders)) throw forbidden(NO_PLACE);
  const loaded = await loadFinancing(ctx.em, [place.id], from, to);
  return toPlaceFinancing(place, from, to, loaded.get(place.id)!);
}

/**
 * What a funder pays: each place with an accepted agreement of this funder overlapping the period, its amount
 * from this funder, and the place's own coverage and occupancy (all accepted funders together); totals per
 * stream kind. ADMIN or the FUNDER itself; anyone else, or an unknown funder, gets FORBIDDEN. A fixed number of statements for any
 * number of places.
 */
export async function funderOverview(
  ctx: Context,
  funderId: string,
  from: string,
  to: string,
): Promise<FunderOverview> {
  const viewer = requireViewer(ctx);
  checkPeriod(from, to);
  const NO_FUNDER = 'No funder with this id is visible to you.';
  if (!isId(funderId) || !canReadFunder(viewer, funderId)) throw forbidden(NO_FUNDER);
  const funder = await ctx.loaders.organisationById.load(funderId);
  if (!funder) throw forbidden(NO_FUNDER);
  const placeRows = await ctx.em.getConnection().execute<Row[]>(
    `select distinct place_id from funding_agreement
        where funder_id = ? and status = ? and from_month <= ? and until_month >= ?`,
    [funderId, FundingAgreementStatus.ACCEPTED, to, from],
  );
  const placeIds = placeRows.map((r) => String(r.place_id));
  const [loaded, places] = await Promise.all([
    loadFinancing(ctx.em, placeIds, from, to),
    Promise.all(placeIds.map((id) => ctx.loaders.placeById.load(id))),
  ]);
  const summary = summariseFunder(
    funderId,
    places
      .filter((place): place is Place => place != null)
      .map((place) => {
        const { result, agreements } = loaded.get(place.id)!;
        const payerOf = (agreementId: string) => {
          const agreement = agreements.get(agreementId)!;
          return { funderId: agreement.funder.id, kind: agreement.stream.getEntity().kind };
        };
        return { place, result, payerOf };
      }),
    KIND_ORDER,
    monthRange(from, to),
  );
  return Object.assign(new FunderOverview(), {
    funder,
    from,
    to,
    totalCents: summary.totalCents,
    places: summary.places.map((p) =>
      Object.assign(new FundedPlace(), {
        ...p,
        months: p.months.map((m) => Object.assign(new FunderMonth(), m)),
      }),
    ),
    months: summary.months.map((m) => Object.assign(new FunderMonth(), m)),
    kinds: summary.kinds.map((k) => Object.assign(new FundingKindTotal(), k)),
  });
}
