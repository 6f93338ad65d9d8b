import fc from 'fast-check';
import { addDays } from '../../src/shared/dates';
import { calculateFundProjection, type ProjectionFacts } from '../../src/training-fund/projection.calc';
import { EarlyEndRule } from '../../src/training-fund/training-fund.enums';

const rule = {
  repaymentShareBasisPoints: 5000,
  retentionMonths: 6,
  instalments: 2,
  instalmentIntervalMonths: 6,
  earlyEnd: EarlyEndRule.PRO_RATA,
  maxPerPersonCents: 500_000,
};

const base: ProjectionFacts = {
  today: '2026-12-01',
  balanceCents: 1_000_000,
  grants: [],
  openInstalments: [],
  rule,
};

describe('fund projection', () => {
  it('puts open instalments in the month they fall due, overdue ones in the first month', () => {
    const result = calculateFundProjection(
      {
        ...base,
        openInstalments: [
          { dueDate: '2026-10-01', openCents: 100 },
          { dueDate: '2026-12-31', openCents: 200 },
          { dueDate: '2027-02-01', openCents: 300 },
          { dueDate: '2028-01-01', openCents: 999 },
        ],
      },
      3,
      0,
    );
    expect(result.months.map((m) => [m.month, m.scheduledRepaymentsCents])).toEqual([
      ['2026-12', 300],
      ['2027-01', 0],
      ['2027-02', 300],
    ]);
    expect(result.months.map((m) => m.balanceCents)).toEqual([1_000_300, 1_000_300, 1_000_600]);
  });

  it('expects repayments from grants without a hire at the assumed hire rate, under today’s rule', () => {
    // Training ends 2027-01-31; 50% hire rate of a €4,000 cost = €2,000 → 50% share = €1,000 in two instalments
    // of €500, 6 and 12 months after the assumed hire.
    const result = calculateFundProjection(
      {
        ...base,
        grants: [
          { costCents: 400_000, paidCents: 100_000, endDate: '2027-01-31', stopped: false, hired: false },
          { costCents: 300_000, paidCents: 300_000, endDate: '2026-06-30', stopped: true, hired: false },
          { costCents: 200_000, paidCents: 200_000, endDate: '2025-06-30', stopped: false, hired: false },
        ],
      },
      24,
      0.5 * 10_000,
    );
    const expected = result.months.filter((m) => m.expectedRepaymentsCents > 0);
    expect(expected.map((m) => [m.month, m.expectedRepaymentsCents])).toEqual([
      ['2027-07', 50_000],
      ['2028-01', 50_000],
    ]);
    expect(result.committedPaymentsCents).toBe(300_000);
    expect(result.endBalanceCents).toBe(1_000_000 - 300_000 + 100_000);
    expect(result.averageTrainingCostCents).toBe(300_000);
    expect(result.affordableTrainings).toBe(2);
  });

  it('uses the rule’s maximum per person as the cost of a training when there are no grants', () => {
    const result = calculateFundProjection(base, 12, 5000);
    expect(result.averageTrainingCostCents).toBe(500_000);
    expect(result.affordableTrainings).toBe(2);
  });

  const factsArb = fc.record({
    today: fc.integer({ min: 0, max: 800 }).map((d) => addDays('2026-01-01', d)),
    balanceCents: fc.integer({ min: -1_000_000, max: 10_000_000 }),
    grants: fc.array(
      fc.record({
        costCents: fc.integer({ min: 0, max: 500_000 }),
        paidCents: fc.integer({ min: 0, max: 500_000 }),
        endDate: fc.integer({ min: 0, max: 1200 }).map((d) => addDays('2025-06-01', d)),
        stopped: fc.boolean(),
        hired: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    openInstalments: fc.array(
      fc.record({
        dueDate: fc.integer({ min: 0, max: 1500 }).map((d) => addDays('2025-06-01', d)),
        openCents: fc.integer({ min: 0, max: 200_000 }),
      }),
      { maxLength: 8 },
    ),
    rule: fc.constant(rule),
  });

  it('the end balance is the start, minus what is committed, plus every repayment in the window', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 10_000 }),
        (facts, n, rate) => {
          const result = calculateFundProjection(facts, n, rate);
          expect(result.months).toHaveLength(n);
          expect(result.endBalanceCents).toBe(
            facts.balanceCents -
              result.committedPaymentsCents +
              result.scheduledRepaymentsCents +
              result.expectedRepaymentsCents,
          );
          expect(result.scheduledRepaymentsCents).toBeLessThanOrEqual(
            facts.openInstalments.reduce((s, i) => s + i.openCents, 0),
          );
          const none = calculateFundProjection(facts, n, 0);
          expect(none.expectedRepaymentsCents).toBe(0);
          expect(result.expectedRepaymentsCents).toBeGreaterThanOrEqual(none.expectedRepaymentsCents);
        },
      ),
    );
  });
});
