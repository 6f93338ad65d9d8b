import fc from 'fast-check';
import { addMonthsToDate, wholeMonthsBetween } from '../../src/training-fund/fund-dates';
import { levelEligible, ruleInForce } from '../../src/training-fund/fund-rule.calc';
import {
  buildSchedule,
  instalmentStatus,
  recalculateOnEarlyEnd,
  type ScheduleRule,
} from '../../src/training-fund/schedule.calc';
import { EarlyEndRule, InstalmentStatus } from '../../src/training-fund/training-fund.enums';
import { addDays } from '../../src/shared/dates';

const rule = (overrides: Partial<ScheduleRule> = {}): ScheduleRule => ({
  repaymentShareBasisPoints: 5000,
  retentionMonths: 6,
  instalments: 3,
  instalmentIntervalMonths: 3,
  earlyEnd: EarlyEndRule.PRO_RATA,
  ...overrides,
});

const ruleArb = fc.record({
  repaymentShareBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  retentionMonths: fc.integer({ min: 0, max: 24 }),
  instalments: fc.integer({ min: 1, max: 12 }),
  instalmentIntervalMonths: fc.integer({ min: 1, max: 12 }),
  earlyEnd: fc.constantFrom(EarlyEndRule.PRO_RATA, EarlyEndRule.NOTHING_OWED),
});
const dateArb = fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2024-01-01', d));

describe('fund dates', () => {
  it('adds months on the same day, or the last day of a shorter month', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToDate('2026-03-15', 12)).toBe('2027-03-15');
  });

  it('counts whole months worked', () => {
    expect(wholeMonthsBetween('2026-01-15', '2026-03-14')).toBe(1);
    expect(wholeMonthsBetween('2026-01-15', '2026-03-15')).toBe(2);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeMonthsBetween('2026-05-01', '2026-04-01')).toBe(0);
  });
});

describe('fund rules are dated', () => {
  const rules = [
    { id: 'a', validFrom: '2025-01-01' },
    { id: 'b', validFrom: '2026-07-01' },
  ];

  it('takes the latest rule on or before the date, none before the first', () => {
    expect(ruleInForce(rules, '2024-12-31')).toBeNull();
    expect(ruleInForce(rules, '2026-06-30')?.id).toBe('a');
    expect(ruleInForce(rules, '2026-07-01')?.id).toBe('b');
  });

  it('a rule added later never changes the rule of an earlier hire (no retroactive change)', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 6 }), dateArb, dateArb, (starts, hire, added) => {
        fc.pre(added > hire);
        const before = starts.map((validFrom, i) => ({ id: String(i), validFrom }));
        const after = [...before, { id: 'new', validFrom: added }];
        expect(ruleInForce(after, hire)).toEqual(ruleInForce(before, hire));
      }),
    );
  });

  it('checks levels ignoring case and spaces; no list means any level', () => {
    expect(levelEligible({ eligibleLevels: ['MBO-2', 'mbo 3'] }, 'mbo-3')).toBe(false);
    expect(levelEligible({ eligibleLevels: ['MBO-2', 'mbo 3'] }, 'MBO3')).toBe(true);
    expect(levelEligible({ eligibleLevels: [] }, 'HBO')).toBe(true);
  });
});

describe('repayment schedule', () => {
  it('owes the share of what was paid out, split evenly, first instalment after the retention period', () => {
    // €1,000.01 × 50% = €500.005 → €500.01 (half up), over 3 instalments: 16,667 cents each.
    const schedule = buildSchedule(rule(), '2026-03-31', 100_001);
    expect(schedule.owedCents).toBe(50_001);
    expect(schedule.instalments).toEqual([
      { sequence: 1, dueDate: '2026-09-30', amountCents: 16_667 },
      { sequence: 2, dueDate: '2026-12-31', amountCents: 16_667 },
      { sequence: 3, dueDate: '2027-03-31', amountCents: 16_667 },
    ]);
    expect(
      buildSchedule(rule({ instalments: 4 }), '2026-01-01', 20).instalments.map((i) => i.amountCents),
    ).toEqual([3, 3, 2, 2]);
  });

  it('leaves no 0-cent instalments and owes nothing when the share is 0', () => {
    expect(buildSchedule(rule({ instalments: 5 }), '2026-01-01', 4).instalments).toHaveLength(2);
    expect(buildSchedule(rule({ repaymentShareBasisPoints: 0 }), '2026-01-01', 90_000)).toEqual({
      owedCents: 0,
      instalments: [],
    });
  });

  it('never creates money: instalments add up to the owed amount, at most what was paid out', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: 0, max: 10_000_000 }), (r, hire, paid) => {
        const schedule = buildSchedule(r, hire, paid);
        expect(schedule.instalments.reduce((s, i) => s + i.amountCents, 0)).toBe(schedule.owedCents);
        expect(schedule.owedCents).toBeLessThanOrEqual(paid);
        const dates = schedule.instalments.map((i) => i.dueDate);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((d) => d >= hire)).toBe(true);
      }),
    );
  });
});

describe('early end of employment', () => {
  const positions = (amounts: number[], dueDates: string[], repaid: number[] = []) =>
    amounts.map((amountCents, i) => ({
      amountCents,
      dueDate: dueDates[i],
      repaidCents: repaid[i] ?? 0,
      waivedCents: 0,
    }));
  const dues = ['2026-07-01', '2026-10-01', '2027-01-01'];

  it('NOTHING_OWED cancels the instalments due after the end date', () => {
    const result = recalculateOnEarlyEnd(
      rule({ earlyEnd: EarlyEndRule.NOTHING_OWED }),
      '2026-01-01',
      '2026-08-15',
      positions([10_000, 10_000, 10_000], dues),
    );
    expect(result.amountsCents).toEqual([10_000, 0, 0]);
    expect(result.cancelledCents).toEqual([0, 10_000, 10_000]);
    expect(result.owedCents).toBe(10_000);
  });

  it('NOTHING_OWED before the retention period ends: nothing owed at all', () => {
    const result = recalculateOnEarlyEnd(
      rule({ earlyEnd: EarlyEndRule.NOTHING_OWED }),
      '2026-01-01',
      '2026-03-01',
      positions([10_000, 10_000, 10_000], dues),
    );
    expect(result.owedCents).toBe(0);
  });

  it('PRO_RATA owes months worked ÷ commitment months, cutting the latest instalments first', () => {
    // Commitment 6 + 2 × 3 = 12 months; 8 whole months worked → 8/12 of €300 = €200.
    const result = recalculateOnEarlyEnd(
      rule(),
      '2026-01-01',
      '2026-09-20',
      positions([10_000, 10_000, 10_000], dues),
    );
    expect(result.amountsCents).toEqual([10_000, 10_000, 0]);
    expect(result.owedCents).toBe(20_000);
    // 4 months → €100; the second instalment was already repaid in full early: it stays repaid and covers the
    // €100, so the other two are cancelled.
    const early = recalculateOnEarlyEnd(
      rule(),
      '2026-01-01',
      '2026-05-02',
      positions([10_000, 10_000, 10_000], dues, [0, 10_000]),
    );
    expect(early.amountsCents).toEqual([0, 10_000, 0]);
    expect(early.owedCents).toBe(10_000);
    // 2 months → €50: the settled €100 is more than that and is not taken back.
    const over = recalculateOnEarlyEnd(
      rule(),
      '2026-01-01',
      '2026-03-02',
      positions([10_000, 10_000, 10_000], dues, [0, 10_000]),
    );
    expect(over.owedCents).toBe(10_000);
  });

  it('PRO_RATA after the whole commitment period changes nothing', () => {
    const result = recalculateOnEarlyEnd(
      rule(),
      '2026-01-01',
      '2027-06-01',
      positions([10_000, 10_000, 10_000], dues),
    );
    expect(result.cancelledCents).toEqual([0, 0, 0]);
  });

  it('never creates or loses money and never undoes what was repaid or waived', () => {
    fc.assert(
      fc.property(
        ruleArb,
        dateArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), {
          maxLength: 12,
        }),
        (r, hire, paid, monthsWorked, settledParts) => {
          const schedule = buildSchedule(r, hire, paid);
          const instalments = schedule.instalments.map((i, n) => {
            const [repaidPct, waivedPct] = settledParts[n] ?? [0, 0];
            const repaidCents = Math.floor((i.amountCents * repaidPct) / 100);
            const waivedCents = Math.floor(((i.amountCents - repaidCents) * waivedPct) / 100);
            return { dueDate: i.dueDate, amountCents: i.amountCents, repaidCents, waivedCents };
          });
          const end = addMonthsToDate(hire, monthsWorked);
          const result = recalculateOnEarlyEnd(r, hire, end, instalments);
          const total = result.amountsCents.reduce((a, b) => a + b, 0);
          expect(total + result.cancelledCents.reduce((a, b) => a + b, 0)).toBe(schedule.owedCents);
          expect(result.owedCents).toBe(total);
          instalments.forEach((i, n) => {
            expect(result.amountsCents[n]).toBeLessThanOrEqual(i.amountCents);
            expect(result.amountsCents[n]).toBeGreaterThanOrEqual(i.repaidCents + i.waivedCents);
          });
        },
      ),
    );
  });
});

describe('instalment status', () => {
  const base = { dueDate: '2026-06-01', amountCents: 1000, repaidCents: 0, waivedCents: 0 };
  it('open, overdue, paid, waived or cancelled', () => {
    expect(instalmentStatus(base, '2026-06-01')).toBe(InstalmentStatus.OPEN);
    expect(instalmentStatus(base, '2026-06-02')).toBe(InstalmentStatus.OVERDUE);
    expect(instalmentStatus({ ...base, repaidCents: 1000 }, '2026-07-01')).toBe(InstalmentStatus.PAID);
    expect(instalmentStatus({ ...base, repaidCents: 400, waivedCents: 600 }, '2026-07-01')).toBe(
      InstalmentStatus.WAIVED,
    );
    expect(instalmentStatus({ ...base, amountCents: 0 }, '2026-07-01')).toBe(InstalmentStatus.CANCELLED);
  });
});
