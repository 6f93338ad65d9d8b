/**
 * The financing mix of a place: plain values in, plain values out, integer euro cents. No database, no GraphQL.
 *
 * Per agreement and month the amount is found in three steps, in this order:
 * 1. the basis amount (see {@link basisAmount});
 * 2. capped at `maxShareBasisPoints` of that month's costs of the place (limit `MAX_SHARE`);
 * 3. capped at what is left of `ceilingCents`, which is used up in month order from the agreement's first month,
 *    also when the asked period starts later (limit `CEILING`).
 * Period figures are sums of month figures; a stream's `limitedBy` over a period is the limit of the latest
 * month in the period in which one cut the amount.
 */
import { allocate, mulDiv, spreadEvenly, sumCents } from '../shared/money';
import { roundRatio } from '../shared/ratio-rounding';
import { daysInMonth, monthCount, monthParts, monthRange } from '../shared/months';
import { FundingBasis, FundingLimit } from './funding.enums';

/** A place counts as this many available day parts a week unless its agreement says otherwise. */
export const DEFAULT_DAYPARTS_PER_WEEK = 10;

/** Basis points in a whole: a share of 40% is 4000. */
export const BASIS_POINTS = 10_000;

/** The terms of one agreement, as stored. Amounts in cents; months `YYYY-MM`, both inclusive. */
export interface AgreementTerms {
  id: string;
  basis: FundingBasis;
  from: string;
  until: string;
  fundedPlaces?: number | null;
  daypartsPerWeek?: number | null;
  amountPerPlacePerYearCents?: number | null;
  tariffCents?: number | null;
  amountPerParticipantMonthCents?: number | null;
  totalCents?: number | null;
  /** Maximum share of the month's costs, in basis points (4000 = 40%). */
  maxShareBasisPoints?: number | null;
  /** Most the agreement pays over its whole life. */
  ceilingCents?: number | null;
}

/** What happened in one month that an agreement pays for. Missing numbers count as 0. */
export interface AgreementMonthFacts {
  /** Day parts attended (PRESENT) by linked participants, within their link dates. */
  attendedDayparts?: number;
  /** Linked participants with an enrolment at the place (or workshop) in the month. */
  participants?: number;
  /** Sales recorded for the place (or workshop) in the month. */
  salesCents?: number;
  /** Number of sales records (workshop-months) behind `salesCents`. */
  salesRecords?: number;
}

export interface AgreementFacts {
  terms: AgreementTerms;
  /** Facts by month, from the agreement's first month (for its ceiling) to the end of the asked period. */
  months: Record<string, AgreementMonthFacts>;
}

/** Everything the financing of one place over a period depends on. */
export interface PlaceFinancingFacts {
  from: string;
  to: string;
  /** Costs of the place by month; needed from the earliest agreement month when a share limit applies. */
  costsByMonth: Record<string, number>;
  /** Day parts attended at the place by anyone (PRESENT), by month. */
  attendedDaypartsByMonth: Record<string, number>;
  agreements: AgreementFacts[];
}

/** What one agreement paid, in a month or over the period. */
export interface Contribution {
  agreementId: string;
  basis: FundingBasis;
  /** Units the basis counts: place-months, day parts, participant-months, instalments or sales records. */
  units: number;
  amountCents: number;
  /** amount / funding of the same month or period; null when there is no funding. */
  shareOfFunding: number | null;
  limitedBy: FundingLimit | null;
}

export interface MonthResult {
  month: string;
  costsCents: number;
  fundingCents: number;
  balanceCents: number;
  attendedDayparts: number;
  fundedDayparts: number;
  contributions: Contribution[];
}

export interface PlaceFinancingResult {
  costsCents: number;
  fundingCents: number;
  balanceCents: number;
  /** funding / costs; null without costs. */
  coverage: number | null;
  attendedDayparts: number;
  fundedDayparts: number;
  /** attended / funded day parts; null without funded day parts. */
  occupancy: number | null;
  /** costs / attended day parts, rounded half up; null without attendance. */
  costPerAttendedDaypartCents: number | null;
  contributions: Contribution[];
  months: MonthResult[];
}

/** One agreement's figures for one month, before shares are known. */
export interface AgreementMonth {
  month: string;
  units: number;
  /** What the basis gives before limits. */
  basisCents: number;
  amountCents: number;
  limitedBy: FundingLimit | null;
}

const orZero = (value: number | null | undefined): number => value ?? 0;

/**
 * PER_PLACE per month: the year's amount (places × amount per place per year) split over the twelve calendar
 * months with largest remainder, and the share of the month's calendar number taken. Any twelve consecutive
 * months therefore add up to the year's amount exactly.
 */
export function perPlaceMonthCents(fundedPlaces: number, amountPerPlacePerYearCents: number, month: string) {
  const year = fundedPlaces * amountPerPlacePerYearCents;
  return allocate(year, Array(12).fill(1))[monthParts(month).month - 1];
}

/** Day parts a number of funded places make available in a month: days × places × day parts a week / 7, down. */
export function fundedDaypartsInMonth(fundedPlaces: number, daypartsPerWeek: number, month: string): number {
  return Math.floor((daysInMonth(month) * fundedPlaces * daypartsPerWeek) / 7);
}

/** The funded day parts of an agreement in a month (only PER_PLACE agreements fund day parts). */
export function agreementFundedDayparts(terms: AgreementTerms, month: string): number {
  if (terms.basis !== FundingBasis.PER_PLACE || month < terms.from || month > terms.until) return 0;
  return fundedDaypartsInMonth(
    orZero(terms.fundedPlaces),
    terms.daypartsPerWeek ?? DEFAULT_DAYPARTS_PER_WEEK,
    month,
  );
}

/** The fixed amounts of an agreement, split once: PER_PLACE by calendar month, LUMP_SUM by agreement month. */
interface Schedule {
  perCalendarMonth: number[];
  perAgreementMonth: number[];
}

function scheduleOf(terms: AgreementTerms): Schedule {
  const year = orZero(terms.fundedPlaces) * orZero(terms.amountPerPlacePerYearCents);
  return {
    perCalendarMonth: terms.basis === FundingBasis.PER_PLACE ? allocate(year, Array(12).fill(1)) : [],
    perAgreementMonth:
      terms.basis === FundingBasis.LUMP_SUM
        ? spreadEvenly(orZero(terms.totalCents), monthCount(terms.from, terms.until))
        : [],
  };
}

/** Units and amount the basis gives for one month inside the agreement, before limits. */
export function basisAmount(
  terms: AgreementTerms,
  month: string,
  facts: AgreementMonthFacts,
  schedule: Schedule = scheduleOf(terms),
): { units: number; amountCents: number } {
  switch (terms.basis) {
    case FundingBasis.PER_PLACE:
      return {
        units: orZero(terms.fundedPlaces),
        amountCents: schedule.perCalendarMonth[monthParts(month).month - 1],
      };
    case FundingBasis.PER_ATTENDED_DAYPART: {
      const units = orZero(facts.attendedDayparts);
      return { units, amountCents: units * orZero(terms.tariffCents) };
    }
    case FundingBasis.PER_PARTICIPANT_MONTH: {
      const units = orZero(facts.participants);
      return { units, amountCents: units * orZero(terms.amountPerParticipantMonthCents) };
    }
    case FundingBasis.LUMP_SUM:
      return { units: 1, amountCents: schedule.perAgreementMonth[monthCount(terms.from, month) - 1] };
    case FundingBasis.REVENUE:
      return { units: orZero(facts.salesRecords), amountCents: orZero(facts.salesCents) };
  }
}

/**
 * One agreement month by month from its first month to `to` (or its last month, if earlier), with the share
 * limit and the ceiling applied in that order. Amounts are never negative and never add up past the ceiling.
 */
export function agreementMonths(
  agreement: AgreementFacts,
  costsByMonth: Record<string, number>,
  to: string,
): AgreementMonth[] {
  const { terms } = agreement;
  const last = terms.until < to ? terms.until : to;
  let ceilingLeft = terms.ceilingCents ?? null;
  const schedule = scheduleOf(terms);
  return monthRange(terms.from, last).map((month) => {
    const facts = agreement.months[month] ?? {};
    const { units, amountCents: basisCents } = basisAmount(terms, month, facts, schedule);
    let amountCents = Math.max(0, basisCents);
    let limitedBy: FundingLimit | null = null;
    if (terms.maxShareBasisPoints != null) {
      const cap = Math.max(0, mulDiv(orZero(costsByMonth[month]), terms.maxShareBasisPoints, BASIS_POINTS));
      if (amountCents > cap) {
        amountCents = cap;
        limitedBy = FundingLimit.MAX_SHARE;
      }
    }
    if (ceilingLeft != null) {
      if (amountCents > ceilingLeft) {
        amountCents = Math.max(0, ceilingLeft);
        limitedBy = FundingLimit.CEILING;
      }
      ceilingLeft -= amountCents;
    }
    return { month, units, basisCents, amountCents, limitedBy };
  });
}

function withShares(contributions: Omit<Contribution, 'shareOfFunding'>[], fundingCents: number) {
  return contributions.map((c) => ({
    ...c,
    shareOfFunding: fundingCents === 0 ? null : roundRatio(c.amountCents / fundingCents),
  }));
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The financing of one place over `from`..`to`: per month and per agreement, and the totals as sums of the
 * months, so that every total equals the sum of its parts to the cent. Agreements appear when they overlap the
 * period, in the order given.
 */
export function calculatePlaceFinancing(facts: PlaceFinancingFacts): PlaceFinancingResult {
  const months = monthRange(facts.from, facts.to);
  const inPeriod = facts.agreements.filter((a) => a.terms.from <= facts.to && a.terms.until >= facts.from);
  const perAgreement = inPeriod.map((agreement) => {
    const byMonth = new Map(
      agreementMonths(agreement, facts.costsByMonth, facts.to).map((m) => [m.month, m] as const),
    );
    return { terms: agreement.terms, byMonth };
  });

  const monthResults: MonthResult[] = months.map((month) => {
    const contributions = perAgreement.flatMap(({ terms, byMonth }) => {
      const m = byMonth.get(month);
      return m
        ? [
            {
              agreementId: terms.id,
              basis: terms.basis,
              units: m.units,
              amountCents: m.amountCents,
              limitedBy: m.limitedBy,
            },
          ]
        : [];
    });
    const costsCents = orZero(facts.costsByMonth[month]);
    const fundingCents = sumCents(contributions.map((c) => c.amountCents));
    return {
      month,
      costsCents,
      fundingCents,
      balanceCents: sumCents([fundingCents, -costsCents]),
      attendedDayparts: orZero(facts.attendedDaypartsByMonth[month]),
      fundedDayparts: sum(perAgreement.map(({ terms }) => agreementFundedDayparts(terms, month))),
      contributions: withShares(contributions, fundingCents),
    };
  });

  const costsCents = sumCents(monthResults.map((m) => m.costsCents));
  const fundingCents = sumCents(monthResults.map((m) => m.fundingCents));
  const attendedDayparts = sum(monthResults.map((m) => m.attendedDayparts));
  const fundedDayparts = sum(monthResults.map((m) => m.fundedDayparts));
  const contributions = perAgreement.map(({ terms }) => {
    const own = monthResults.flatMap((m) => m.contributions.filter((c) => c.agreementId === terms.id));
    const limited = own.filter((c) => c.limitedBy != null);
    return {
      agreementId: terms.id,
      basis: terms.basis,
      units: sum(own.map((c) => c.units)),
      amountCents: sumCents(own.map((c) => c.amountCents)),
      limitedBy: limited.length > 0 ? limited[limited.length - 1].limitedBy : null,
    };
  });
  return {
    costsCents,
    fundingCents,
    balanceCents: sumCents([fundingCents, -costsCents]),
    coverage: costsCents === 0 ? null : roundRatio(fundingCents / costsCents),
    attendedDayparts,
    fundedDayparts,
    occupancy: fundedDayparts === 0 ? null : roundRatio(attendedDayparts / fundedDayparts),
    costPerAttendedDaypartCents: attendedDayparts === 0 ? null : mulDiv(costsCents, 1, attendedDayparts),
    contributions: withShares(contributions, fundingCents),
    months: monthResults,
  };
}

/** The first month the facts of a place must cover: the period's start or an earlier agreement's start. */
export function earliestMonthNeeded(from: string, agreements: Pick<AgreementTerms, 'from'>[]): string {
  return agreements.reduce((earliest, a) => (a.from < earliest ? a.from : earliest), from);
}

/** One place's financing as one funder sees it, with who pays each agreement. */
export interface FunderPlaceFacts<P, K> {
  place: P;
  result: PlaceFinancingResult;
  /** The funder and stream kind of an agreement in `result.contributions`. */
  payerOf(agreementId: string): { funderId: string; kind: K };
}

/**
 * What one funder pays for: per place its amount next to the place's own totals (by name, then id), the
 * funder's total, and its totals per stream kind in `kindOrder`. Every total is the sum of its parts.
 */
export function summariseFunder<P extends { id: string; name: string }, K>(
  funderId: string,
  places: FunderPlaceFacts<P, K>[],
  kindOrder: readonly K[],
  /** The months of the period, in order: every place's result covers exactly these. */
  periodMonths: readonly string[],
) {
  const byKind = new Map<K, number>();
  const funded = places
    .map(({ place, result, payerOf }) => {
      let amountCents = 0;
      for (const c of result.contributions) {
        const payer = payerOf(c.agreementId);
        if (payer.funderId !== funderId) continue;
        amountCents += c.amountCents;
        byKind.set(payer.kind, sumCents([byKind.get(payer.kind) ?? 0, c.amountCents]));
      }
      const months = result.months.map((m) => ({
        month: m.month,
        amountCents: sumCents(
          m.contributions
            .filter((c) => payerOf(c.agreementId).funderId === funderId)
            .map((c) => c.amountCents),
        ),
        attendedDayparts: m.attendedDayparts,
      }));
      return {
        place,
        amountCents,
        months,
        costsCents: result.costsCents,
        fundingCents: result.fundingCents,
        coverage: result.coverage,
        occupancy: result.occupancy,
        attendedDayparts: result.attendedDayparts,
        fundedDayparts: result.fundedDayparts,
      };
    })
    .sort((a, b) => a.place.name.localeCompare(b.place.name) || a.place.id.localeCompare(b.place.id));
  // Every place's result covers the months of the period, so the totals add up month by month.
  const monthTotals = periodMonths.map((month, index) => ({
    month,
    amountCents: sumCents(funded.map((p) => p.months[index].amountCents)),
    attendedDayparts: funded.reduce((total, p) => total + p.months[index].attendedDayparts, 0),
  }));
  return {
    places: funded,
    months: monthTotals,
    totalCents: sumCents(funded.map((p) => p.amountCents)),
    kinds: kindOrder
      .filter((kind) => byKind.has(kind))
      .map((kind) => ({ kind, amountCents: byKind.get(kind)! })),
  };
}
