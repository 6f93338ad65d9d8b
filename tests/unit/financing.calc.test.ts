import fc from 'fast-check';
import {
  type AgreementFacts,
  type AgreementTerms,
  agreementMonths,
  calculatePlaceFinancing,
  fundedDaypartsInMonth,
  perPlaceMonthCents,
} from '../../src/funding/financing.calc';
import { FundingBasis, FundingLimit } from '../../src/funding/funding.enums';
import { addMonths, monthRange } from '../../src/shared/months';

const YEAR = monthRange('2026-01', '2026-12');
const costs = (cents: number, months = YEAR) => Object.fromEntries(months.map((m) => [m, cents]));

function agreement(
  terms: Partial<AgreementTerms> & Pick<AgreementTerms, 'basis'>,
  months = {},
): AgreementFacts {
  return { terms: { id: terms.basis, from: '2026-01', until: '2026-12', ...terms }, months };
}

describe('financing per basis', () => {
  it('PER_PLACE pays places × yearly amount, a twelfth a month, a full year exactly', () => {
    // 20 places × €7,500.01 = €150,000.20 a year: 20 cents do not divide by 12 and go to the first months.
    const result = calculatePlaceFinancing({
      from: '2026-01',
      to: '2026-12',
      costsByMonth: costs(1_000_000),
      attendedDaypartsByMonth: {},
      agreements: [
        agreement({ basis: FundingBasis.PER_PLACE, fundedPlaces: 20, amountPerPlacePerYearCents: 750_001 }),
      ],
    });
    expect(result.fundingCents).toBe(15_000_020);
    expect(result.months[0].fundingCents).toBe(1_250_002);
    expect(result.months[11].fundingCents).toBe(1_250_001);
    expect(result.contributions[0]).toMatchObject({ units: 240, amountCents: 15_000_020, limitedBy: null });
    expect(perPlaceMonthCents(1, 1200, '2026-07')).toBe(100);
  });

  it('PER_PLACE funds days in the month × places × day parts a week / 7, rounded down', () => {
    expect(fundedDaypartsInMonth(20, 10, '2026-02')).toBe(800); // 28 days
    expect(fundedDaypartsInMonth(20, 10, '2026-01')).toBe(885); // 31 × 200 / 7 = 885.7
    const result = calculatePlaceFinancing({
      from: '2026-01',
      to: '2026-02',
      costsByMonth: costs(10_000, ['2026-01', '2026-02']),
      attendedDaypartsByMonth: { '2026-01': 400, '2026-02': 442 },
      agreements: [
        agreement({
          basis: FundingBasis.PER_PLACE,
          fundedPlaces: 20,
          amountPerPlacePerYearCents: 1200,
          daypartsPerWeek: 10,
        }),
      ],
    });
    expect(result.fundedDayparts).toBe(1685);
    expect(result.attendedDayparts).toBe(842);
    expect(result.occupancy).toBeCloseTo(842 / 1685);
    expect(result.costPerAttendedDaypartCents).toBe(24); // 20,000 / 842 = 23.75 → 24
  });

  it('PER_ATTENDED_DAYPART pays the tariff per attended day part of linked participants', () => {
    const result = calculatePlaceFinancing({
      from: '2026-03',
      to: '2026-04',
      costsByMonth: {},
      attendedDaypartsByMonth: {},
      agreements: [
        agreement(
          { basis: FundingBasis.PER_ATTENDED_DAYPART, tariffCents: 6_000 },
          { '2026-03': { attendedDayparts: 7 }, '2026-04': { attendedDayparts: 2 } },
        ),
      ],
    });
    expect(result.months.map((m) => m.fundingCents)).toEqual([42_000, 12_000]);
    expect(result.contributions[0]).toMatchObject({ units: 9, amountCents: 54_000, shareOfFunding: 1 });
    expect(result.coverage).toBeNull();
  });

  it('PER_PARTICIPANT_MONTH pays per enrolled linked participant', () => {
    const result = calculatePlaceFinancing({
      from: '2026-01',
      to: '2026-01',
      costsByMonth: {},
      attendedDaypartsByMonth: {},
      agreements: [
        agreement(
          { basis: FundingBasis.PER_PARTICIPANT_MONTH, amountPerParticipantMonthCents: 25_000 },
          { '2026-01': { participants: 3 } },
        ),
      ],
    });
    expect(result.fundingCents).toBe(75_000);
  });

  it('LUMP_SUM spreads the total, odd cents to the earliest months', () => {
    const facts = agreement({
      basis: FundingBasis.LUMP_SUM,
      totalCents: 100,
      from: '2026-01',
      until: '2026-03',
    });
    expect(agreementMonths(facts, {}, '2026-12').map((m) => m.amountCents)).toEqual([34, 33, 33]);
  });

  it('REVENUE passes the month’s sales through', () => {
    const result = calculatePlaceFinancing({
      from: '2026-05',
      to: '2026-05',
      costsByMonth: { '2026-05': 500_000 },
      attendedDaypartsByMonth: {},
      agreements: [
        agreement({ basis: FundingBasis.REVENUE }, { '2026-05': { salesCents: 212_345, salesRecords: 2 } }),
      ],
    });
    expect(result.contributions[0]).toMatchObject({ units: 2, amountCents: 212_345 });
    expect(result.balanceCents).toBe(212_345 - 500_000);
  });
});

describe('limits', () => {
  it('caps a month at its share of that month’s costs', () => {
    const result = calculatePlaceFinancing({
      from: '2026-01',
      to: '2026-02',
      costsByMonth: { '2026-01': 100_001, '2026-02': 300_000 },
      attendedDaypartsByMonth: {},
      agreements: [
        agreement({
          basis: FundingBasis.LUMP_SUM,
          totalCents: 240_000,
          until: '2026-02',
          maxShareBasisPoints: 5_000,
        }),
      ],
    });
    expect(result.months.map((m) => m.contributions[0].amountCents)).toEqual([50_001, 120_000]);
    expect(result.months.map((m) => m.contributions[0].limitedBy)).toEqual([FundingLimit.MAX_SHARE, null]);
    expect(result.contributions[0].limitedBy).toBe(FundingLimit.MAX_SHARE);
  });

  it('uses up the ceiling from the first month, also before the asked period', () => {
    const facts = agreement(
      {
        basis: FundingBasis.PER_ATTENDED_DAYPART,
        tariffCents: 1_000,
        from: '2025-11',
        until: '2026-12',
        ceilingCents: 25_000,
      },
      Object.fromEntries(monthRange('2025-11', '2026-12').map((m) => [m, { attendedDayparts: 10 }])),
    );
    const result = calculatePlaceFinancing({
      from: '2026-01',
      to: '2026-03',
      costsByMonth: {},
      attendedDaypartsByMonth: {},
      agreements: [facts],
    });
    // Nov and Dec 2025 used 20,000; January gets the last 5,000.
    expect(result.months.map((m) => m.fundingCents)).toEqual([5_000, 0, 0]);
    expect(result.months.map((m) => m.contributions[0].limitedBy)).toEqual([
      FundingLimit.CEILING,
      FundingLimit.CEILING,
      FundingLimit.CEILING,
    ]);
  });

  it('applies the share limit before the ceiling', () => {
    const months = agreementMonths(
      agreement({
        basis: FundingBasis.LUMP_SUM,
        totalCents: 300_000,
        from: '2026-01',
        until: '2026-03',
        maxShareBasisPoints: 4_000,
        ceilingCents: 70_000,
      }),
      costs(100_000),
      '2026-03',
    );
    expect(months.map((m) => [m.amountCents, m.limitedBy])).toEqual([
      [40_000, FundingLimit.MAX_SHARE],
      [30_000, FundingLimit.CEILING],
      [0, FundingLimit.CEILING],
    ]);
  });
});

const monthArb = fc
  .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

const termsArb = fc.record({
  basis: fc.constantFrom(...Object.values(FundingBasis)),
  from: monthArb,
  length: fc.integer({ min: 1, max: 30 }),
  fundedPlaces: fc.integer({ min: 0, max: 60 }),
  daypartsPerWeek: fc.integer({ min: 1, max: 14 }),
  amountPerPlacePerYearCents: fc.integer({ min: 0, max: 2_000_000 }),
  tariffCents: fc.integer({ min: 0, max: 20_000 }),
  amountPerParticipantMonthCents: fc.integer({ min: 0, max: 100_000 }),
  totalCents: fc.integer({ min: 0, max: 5_000_000_000 }),
  maxShareBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 })),
  ceilingCents: fc.option(fc.integer({ min: 0, max: 50_000_000 })),
});

const factsArb = fc.record({
  attendedDayparts: fc.integer({ min: 0, max: 2_000 }),
  participants: fc.integer({ min: 0, max: 60 }),
  salesCents: fc.integer({ min: 0, max: 10_000_000 }),
  salesRecords: fc.integer({ min: 0, max: 5 }),
});

const scenarioArb = fc.record({
  from: monthArb,
  length: fc.integer({ min: 1, max: 24 }),
  agreements: fc.array(fc.tuple(termsArb, fc.array(factsArb, { minLength: 80, maxLength: 80 })), {
    maxLength: 6,
  }),
  costs: fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 80, maxLength: 80 }),
});

/** All months the scenario touches start at 2024-01, so facts are indexed from there. */
const BASE = '2024-01';

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const all = monthRange(BASE, addMonths(BASE, 79));
  const agreements: AgreementFacts[] = s.agreements.map(([t, facts], i) => ({
    terms: { ...t, id: `a${i}`, until: addMonths(t.from, t.length - 1) },
    months: Object.fromEntries(all.map((m, j) => [m, facts[j]])),
  }));
  return {
    from: s.from,
    to: addMonths(s.from, s.length - 1),
    costsByMonth: Object.fromEntries(all.map((m, j) => [m, s.costs[j]])),
    attendedDaypartsByMonth: Object.fromEntries(all.map((m, j) => [m, j * 3])),
    agreements,
  };
}

describe('financing properties', () => {
  it('adds up: every total is the sum of its parts, to the cent', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = calculatePlaceFinancing(build(s));
        const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(total(result.months.map((m) => m.fundingCents))).toBe(result.fundingCents);
        expect(total(result.months.map((m) => m.costsCents))).toBe(result.costsCents);
        expect(total(result.contributions.map((c) => c.amountCents))).toBe(result.fundingCents);
        expect(result.balanceCents).toBe(result.fundingCents - result.costsCents);
        for (const month of result.months) {
          expect(total(month.contributions.map((c) => c.amountCents))).toBe(month.fundingCents);
          expect(month.balanceCents).toBe(month.fundingCents - month.costsCents);
        }
        for (const c of result.contributions) {
          const parts = result.months.flatMap((m) =>
            m.contributions.filter((x) => x.agreementId === c.agreementId),
          );
          expect(total(parts.map((p) => p.amountCents))).toBe(c.amountCents);
          expect(Number.isSafeInteger(c.amountCents)).toBe(true);
        }
      }),
    );
  });

  it('never pays a negative amount, more than the share limit or past the ceiling', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const facts = build(s);
        for (const a of facts.agreements) {
          const months = agreementMonths(a, facts.costsByMonth, a.terms.until);
          let paid = 0;
          for (const m of months) {
            expect(m.amountCents).toBeGreaterThanOrEqual(0);
            expect(m.amountCents).toBeLessThanOrEqual(Math.max(0, m.basisCents));
            if (a.terms.maxShareBasisPoints != null) {
              expect(m.amountCents * 10_000).toBeLessThanOrEqual(
                facts.costsByMonth[m.month] * a.terms.maxShareBasisPoints + 5_000,
              );
            }
            paid += m.amountCents;
          }
          if (a.terms.ceilingCents != null) expect(paid).toBeLessThanOrEqual(a.terms.ceilingCents);
        }
      }),
    );
  });

  it('creates and loses no cent: a lump sum or a year of places without limits pays exactly its total', () => {
    fc.assert(
      fc.property(termsArb, (t) => {
        const lump = agreement({
          ...t,
          basis: FundingBasis.LUMP_SUM,
          until: addMonths(t.from, t.length - 1),
        });
        lump.terms.maxShareBasisPoints = null;
        lump.terms.ceilingCents = null;
        const paid = agreementMonths(lump, {}, lump.terms.until).reduce((a, m) => a + m.amountCents, 0);
        expect(paid).toBe(t.totalCents);
        const places = agreement({ ...t, basis: FundingBasis.PER_PLACE, until: addMonths(t.from, 11) });
        places.terms.maxShareBasisPoints = null;
        places.terms.ceilingCents = null;
        const year = agreementMonths(places, {}, places.terms.until).reduce((a, m) => a + m.amountCents, 0);
        expect(year).toBe(t.fundedPlaces * t.amountPerPlacePerYearCents);
      }),
    );
  });
});
