import fc from 'fast-check';
import { addDays } from '../../src/shared/dates';
import { addMonths, lastDay, monthRange } from '../../src/shared/months';
import { addMonthsToDate } from '../../src/training-fund/fund-dates';
import {
  balanceOn,
  calculateFundOverview,
  type FundFacts,
  owedOn,
  receivablesOn,
} from '../../src/training-fund/overview.calc';
import { buildSchedule, recalculateOnEarlyEnd } from '../../src/training-fund/schedule.calc';
import { EarlyEndRule, TrainingOutcome } from '../../src/training-fund/training-fund.enums';

const START = '2025-01-01';
const day = (offset: number) => addDays(START, offset);

const ruleArb = fc.record({
  repaymentShareBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  retentionMonths: fc.integer({ min: 0, max: 12 }),
  instalments: fc.integer({ min: 1, max: 6 }),
  instalmentIntervalMonths: fc.integer({ min: 1, max: 6 }),
  earlyEnd: fc.constantFrom(EarlyEndRule.PRO_RATA, EarlyEndRule.NOTHING_OWED),
});

const grantArb = fc.record({
  payments: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 600 }), cents: fc.integer({ min: 1, max: 400_000 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  completion: fc.option(
    fc.record({
      day: fc.integer({ min: 0, max: 700 }),
      outcome: fc.constantFrom(...Object.values(TrainingOutcome)),
    }),
  ),
  hire: fc.option(
    fc.record({
      day: fc.integer({ min: 0, max: 800 }),
      rule: ruleArb,
      repaidPercent: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
      waive: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      laterPercent: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
      endAfterMonths: fc.option(fc.integer({ min: 0, max: 30 })),
    }),
  ),
});

type GrantSpec = typeof grantArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Builds facts the way the services record them: payments, a schedule from the rule at the hire, repayments
 * and waivers never above what is open, an early end recalculating with everything recorded so far, and
 * repayments after it again never above what is open.
 */
function buildFacts(contributions: { day: number; cents: number }[], grants: GrantSpec[]) {
  const facts: FundFacts = {
    contributions: contributions.map((c) => ({ date: day(c.day), amountCents: c.cents })),
    payments: [],
    repayments: [],
    waivers: [],
    instalments: [],
    grants: [],
  };
  grants.forEach((spec, g) => {
    const grantId = `g${g}`;
    const paid = spec.payments.reduce((s, p) => s + p.cents, 0);
    spec.payments.forEach((p) => facts.payments.push({ grantId, date: day(p.day), amountCents: p.cents }));
    const hireStart = spec.hire ? day(spec.hire.day) : null;
    facts.grants.push({
      id: grantId,
      participantId: `p${g % 3}`,
      completion: spec.completion
        ? { date: day(spec.completion.day), outcome: spec.completion.outcome }
        : null,
      hireStart,
    });
    if (!spec.hire || !hireStart) return;
    const hire = spec.hire;
    const schedule = buildSchedule(hire.rule, hireStart, paid);
    const positions = schedule.instalments.map((i, n) => {
      const repaid = Math.floor((i.amountCents * hire.repaidPercent[n]) / 100);
      const waived = hire.waive[n] ? i.amountCents - repaid : 0;
      const id = `${grantId}-${n}`;
      if (repaid > 0) facts.repayments.push({ instalmentId: id, date: i.dueDate, amountCents: repaid });
      if (waived > 0)
        facts.waivers.push({ instalmentId: id, date: addDays(i.dueDate, 1), amountCents: waived });
      return { id, dueDate: i.dueDate, amountCents: i.amountCents, repaidCents: repaid, waivedCents: waived };
    });
    const endDate = hire.endAfterMonths === null ? null : addMonthsToDate(hireStart, hire.endAfterMonths);
    const amounts = endDate
      ? recalculateOnEarlyEnd(hire.rule, hireStart, endDate, positions).amountsCents
      : positions.map((p) => p.amountCents);
    positions.forEach((p, n) => {
      const open = amounts[n] - p.repaidCents - p.waivedCents;
      const later = Math.floor((open * hire.laterPercent[n]) / 100);
      if (later > 0)
        facts.repayments.push({ instalmentId: p.id, date: addDays(p.dueDate, 40), amountCents: later });
      facts.instalments.push({
        id: p.id,
        grantId,
        scheduledOn: hireStart,
        originalAmountCents: p.amountCents,
        amountCents: amounts[n],
        recalculatedOn: endDate,
      });
    });
  });
  return facts;
}

const factsArb = fc
  .tuple(
    fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 900 }), cents: fc.integer({ min: 1, max: 5_000_000 }) }),
      {
        maxLength: 5,
      },
    ),
    fc.array(grantArb, { maxLength: 6 }),
  )
  .map(([contributions, grants]) => buildFacts(contributions, grants));
const monthsArb = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 24 })).map(([a, n]) => {
  const from = day(a * 31).slice(0, 7);
  return { from, to: addMonths(from, n) };
});

describe('fund overview: an example', () => {
  const facts: FundFacts = {
    contributions: [
      { date: '2026-01-05', amountCents: 10_000_000 },
      { date: '2026-03-01', amountCents: 2_000_000 },
    ],
    payments: [
      { grantId: 'hired', date: '2026-02-10', amountCents: 300_000 },
      { grantId: 'done', date: '2026-02-20', amountCents: 250_000 },
      { grantId: 'stopped', date: '2026-03-15', amountCents: 100_000 },
    ],
    repayments: [{ instalmentId: 'i1', date: '2026-04-30', amountCents: 50_000 }],
    waivers: [{ instalmentId: 'i3', date: '2026-05-02', amountCents: 50_000 }],
    instalments: ['i1', 'i2', 'i3'].map((id) => ({
      id,
      grantId: 'hired',
      scheduledOn: '2026-04-01',
      originalAmountCents: 50_000,
      amountCents: 50_000,
      recalculatedOn: null,
    })),
    grants: [
      {
        id: 'hired',
        participantId: 'p1',
        completion: { date: '2026-03-20', outcome: TrainingOutcome.COMPLETED },
        hireStart: '2026-04-01',
      },
      {
        id: 'done',
        participantId: 'p2',
        completion: { date: '2026-03-31', outcome: TrainingOutcome.COMPLETED },
        hireStart: null,
      },
      {
        id: 'stopped',
        participantId: 'p3',
        completion: { date: '2026-04-15', outcome: TrainingOutcome.STOPPED },
        hireStart: null,
      },
    ],
  };

  it('gives money in and out, balance and receivables per month', () => {
    const result = calculateFundOverview(facts, '2026-01', '2026-05');
    expect(
      result.months.map((m) => [m.month, m.contributionsCents, m.repaymentsCents, m.paymentsCents]),
    ).toEqual([
      ['2026-01', 10_000_000, 0, 0],
      ['2026-02', 0, 0, 550_000],
      ['2026-03', 2_000_000, 0, 100_000],
      ['2026-04', 0, 50_000, 0],
      ['2026-05', 0, 0, 0],
    ]);
    expect(result.months.map((m) => m.balanceCents)).toEqual([
      10_000_000, 9_450_000, 11_350_000, 11_400_000, 11_400_000,
    ]);
    expect(result.months.map((m) => m.receivablesCents)).toEqual([0, 0, 0, 100_000, 50_000]);
    expect(result.months[4].waivedCents).toBe(50_000);
    expect(result.openingBalanceCents).toBe(0);
  });

  it('gives the revolve rate, people trained, completion rate, hires and cost per hire', () => {
    const result = calculateFundOverview(facts, '2026-01', '2026-05');
    expect(result.revolveRate).toBeCloseTo(50_000 / 300_000);
    expect(result.peopleTrained).toBe(2);
    expect(result.completionRate).toBeCloseTo(2 / 3);
    expect(result.hires).toBe(1);
    expect(result.hiresWithin12Months).toBe(1);
    expect(result.averageCostPerHireCents).toBe(650_000);
    const later = calculateFundOverview(facts, '2026-05', '2026-05');
    expect(later.openingBalanceCents).toBe(11_400_000);
    expect([later.peopleTrained, later.hires, later.completionRate]).toEqual([0, 0, null]);
    expect(later.revolveRate).toBeCloseTo(50_000 / 300_000);
  });
});

describe('fund overview: properties', () => {
  it('balance = contributions + repayments − payments at every month end', () => {
    fc.assert(
      fc.property(factsArb, monthsArb, (facts, { from, to }) => {
        const result = calculateFundOverview(facts, from, to);
        let running = result.openingBalanceCents;
        for (const m of result.months) {
          running += m.contributionsCents + m.repaymentsCents - m.paymentsCents;
          expect(m.balanceCents).toBe(running);
          const end = lastDay(m.month);
          const sum = (xs: { date: string; amountCents: number }[]) =>
            xs.filter((x) => x.date <= end).reduce((s, x) => s + x.amountCents, 0);
          expect(m.balanceCents).toBe(sum(facts.contributions) + sum(facts.repayments) - sum(facts.payments));
        }
        expect(result.balanceCents).toBe(running);
      }),
    );
  });

  it('money is never created or lost: owed = repaid + waived + cancelled + receivable, receivables never negative', () => {
    fc.assert(
      fc.property(factsArb, monthsArb, (facts, { from, to }) => {
        for (const month of monthRange(from, to)) {
          const end = lastDay(month);
          const scheduled = facts.instalments.filter((i) => i.scheduledOn <= end);
          const original = scheduled.reduce((s, i) => s + i.originalAmountCents, 0);
          const cancelled = scheduled.reduce(
            (s, i) =>
              s +
              (i.recalculatedOn !== null && i.recalculatedOn <= end
                ? i.originalAmountCents - i.amountCents
                : 0),
            0,
          );
          const settled = (xs: { date: string; amountCents: number }[]) =>
            xs.filter((x) => x.date <= end).reduce((s, x) => s + x.amountCents, 0);
          const receivable = receivablesOn(facts, end);
          expect(original).toBe(settled(facts.repayments) + settled(facts.waivers) + cancelled + receivable);
          for (const i of facts.instalments) {
            const own = (xs: typeof facts.repayments) => settled(xs.filter((x) => x.instalmentId === i.id));
            expect(owedOn(i, end) - own(facts.repayments) - own(facts.waivers)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });

  it('waived amounts never count as repaid', () => {
    fc.assert(
      fc.property(factsArb, monthsArb, (facts, { from, to }) => {
        const withWaivers = calculateFundOverview(facts, from, to);
        const without = calculateFundOverview({ ...facts, waivers: [] }, from, to);
        expect(withWaivers.repaymentsCents).toBe(without.repaymentsCents);
        expect(withWaivers.revolveRate).toBe(without.revolveRate);
        withWaivers.months.forEach((m, n) => {
          expect(m.balanceCents).toBe(without.months[n].balanceCents);
          const waivedByEnd = facts.waivers
            .filter((w) => w.date <= lastDay(m.month))
            .reduce((s, w) => s + w.amountCents, 0);
          expect(without.months[n].receivablesCents - m.receivablesCents).toBe(waivedByEnd);
        });
      }),
    );
  });

  it('the balance on any day does not depend on how the months are cut', () => {
    fc.assert(
      fc.property(factsArb, monthsArb, (facts, { from, to }) => {
        const whole = calculateFundOverview(facts, from, to);
        const last = calculateFundOverview(facts, to, to);
        expect(last.balanceCents).toBe(whole.balanceCents);
        expect(last.openingBalanceCents).toBe(balanceOn(facts, addDays(`${to}-01`, -1)));
      }),
    );
  });
});
