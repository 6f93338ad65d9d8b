/**
 * The fund's projection (prognose): what comes back month by month and how many trainings the fund can then
 * afford. Pure; integer cents; `assumedHireRateBasisPoints` is the share of trainings without a hire yet that is
 * expected to lead to one (5000 = 50%).
 *
 * - Scheduled: the open part of every instalment, in the month it falls due; what is overdue today counts in
 *   the first month.
 * - Expected: for each approved grant that is not stopped and has no hire yet (and whose training ended less
 *   than 12 months ago, or has not ended), the repayment the rule in force today would ask for its cost, times
 *   the hire rate, as if the hire starts on the later of the training's end and today.
 * - Committed: what approved grants may still be paid (cost − paid), taken off the balance at the start.
 * - Affordable trainings: the balance at the end of the projection ÷ the average cost of the fund's approved
 *   grants (or the rule's maximum per person when there are none), rounded down, never below 0.
 */
import { BASIS_POINTS, mulDiv } from '../shared/money';
import { addMonths, monthOf } from '../shared/months';
import { addMonthsToDate } from './fund-dates';
import { buildSchedule, type ScheduleRule } from './schedule.calc';

export interface ProjectionGrant {
  costCents: number;
  paidCents: number;
  /** Planned end of the training, or the completion date when completed. */
  endDate: string;
  stopped: boolean;
  hired: boolean;
}

export interface ProjectionFacts {
  /** `YYYY-MM-DD`; the projection starts in this month. */
  today: string;
  balanceCents: number;
  /** Approved grants only. */
  grants: ProjectionGrant[];
  /** Open instalments: what is left to pay and when it is due. */
  openInstalments: { dueDate: string; openCents: number }[];
  /** The rule in force today; without one nothing is expected from grants without a hire. */
  rule: (ScheduleRule & { maxPerPersonCents: number }) | null;
}

export interface ProjectionMonth {
  month: string;
  scheduledRepaymentsCents: number;
  expectedRepaymentsCents: number;
  /** Balance at the month end: start balance − committed + all repayments so far. */
  balanceCents: number;
}

export interface FundProjectionFigures {
  startBalanceCents: number;
  committedPaymentsCents: number;
  months: ProjectionMonth[];
  scheduledRepaymentsCents: number;
  expectedRepaymentsCents: number;
  endBalanceCents: number;
  /** Cost of one training used for `affordableTrainings`; null when neither grants nor a rule say. */
  averageTrainingCostCents: number | null;
  affordableTrainings: number;
}

/** Projects `count` months from the month of `facts.today`. */
export function calculateFundProjection(
  facts: ProjectionFacts,
  count: number,
  assumedHireRateBasisPoints: number,
): FundProjectionFigures {
  const first = monthOf(facts.today);
  const months = Array.from({ length: count }, (_, i) => addMonths(first, i));
  const scheduled = new Map<string, number>(months.map((m) => [m, 0]));
  const expected = new Map<string, number>(months.map((m) => [m, 0]));
  const add = (map: Map<string, number>, month: string, cents: number) => {
    const key = month < first ? first : month;
    if (map.has(key)) map.set(key, map.get(key)! + cents);
  };
  for (const instalment of facts.openInstalments)
    add(scheduled, monthOf(instalment.dueDate), instalment.openCents);
  if (facts.rule) {
    for (const grant of facts.grants) {
      if (grant.stopped || grant.hired) continue;
      if (addMonthsToDate(grant.endDate, 12) < facts.today) continue;
      const hireStart = grant.endDate > facts.today ? grant.endDate : facts.today;
      const base = mulDiv(
        Math.max(grant.costCents, grant.paidCents),
        assumedHireRateBasisPoints,
        BASIS_POINTS,
      );
      for (const instalment of buildSchedule(facts.rule, hireStart, base).instalments)
        add(expected, monthOf(instalment.dueDate), instalment.amountCents);
    }
  }
  const committedPaymentsCents = facts.grants
    .filter((g) => !g.stopped)
    .reduce((sum, g) => sum + Math.max(0, g.costCents - g.paidCents), 0);
  let balance = facts.balanceCents - committedPaymentsCents;
  const projected = months.map((month): ProjectionMonth => {
    const scheduledRepaymentsCents = scheduled.get(month)!;
    const expectedRepaymentsCents = expected.get(month)!;
    balance += scheduledRepaymentsCents + expectedRepaymentsCents;
    return { month, scheduledRepaymentsCents, expectedRepaymentsCents, balanceCents: balance };
  });
  const averageTrainingCostCents =
    facts.grants.length > 0
      ? mulDiv(
          facts.grants.reduce((sum, g) => sum + g.costCents, 0),
          1,
          facts.grants.length,
        )
      : (facts.rule?.maxPerPersonCents ?? null);
  return {
    startBalanceCents: facts.balanceCents,
    committedPaymentsCents,
    months: projected,
    scheduledRepaymentsCents: projected.reduce((sum, m) => sum + m.scheduledRepaymentsCents, 0),
    expectedRepaymentsCents: projected.reduce((sum, m) => sum + m.expectedRepaymentsCents, 0),
    endBalanceCents: balance,
    averageTrainingCostCents,
    affordableTrainings:
      averageTrainingCostCents && averageTrainingCostCents > 0 && balance > 0
        ? Math.floor(balance / averageTrainingCostCents)
        : 0,
  };
}
