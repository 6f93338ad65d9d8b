/**
 * The figures of a training fund (fondsoverzicht): a pure calculation over the recorded facts, integer cents.
 *
 * Invariants (checked by property tests):
 * - at every month end, balance = contributions + repayments − payments, all dated on or before that day;
 * - for every schedule, what was owed = repaid + waived + cancelled + receivable, at every month end;
 * - waived amounts never count as repaid, and cancelled amounts (an early end of employment) never as owed.
 *
 * Counts (people trained, completions, hires) are of events dated in the asked months; the two ratios
 * (revolve rate, average cost per hire) are fund-to-date up to the end of the last month, because repayments
 * arrive years after the payments they answer.
 */
import { addDays } from '../shared/dates';
import { mulDiv } from '../shared/money';
import { firstDay, lastDay, monthRange } from '../shared/months';
import { addMonthsToDate } from './fund-dates';
import { TrainingOutcome } from './training-fund.enums';

export interface DatedAmount {
  /** `YYYY-MM-DD`. */
  date: string;
  amountCents: number;
}

export interface GrantPayment extends DatedAmount {
  grantId: string;
}

export interface InstalmentMovement extends DatedAmount {
  instalmentId: string;
}

export interface InstalmentFact {
  id: string;
  grantId: string;
  /** The hire's start date: the schedule counts as a receivable from this day. */
  scheduledOn: string;
  /** Amount when the schedule was made. */
  originalAmountCents: number;
  /** Amount now; differs from the original only after an early end of employment. */
  amountCents: number;
  /** The employment end date from which `amountCents` applies; null when never recalculated. */
  recalculatedOn: string | null;
}

export interface GrantFact {
  id: string;
  participantId: string;
  completion: { date: string; outcome: TrainingOutcome } | null;
  hireStart: string | null;
}

/** Everything recorded for one fund. */
export interface FundFacts {
  contributions: DatedAmount[];
  payments: GrantPayment[];
  repayments: InstalmentMovement[];
  waivers: InstalmentMovement[];
  instalments: InstalmentFact[];
  grants: GrantFact[];
}

export interface FundMonthFigures {
  /** `YYYY-MM`. */
  month: string;
  contributionsCents: number;
  repaymentsCents: number;
  paymentsCents: number;
  /** Balance at the end of the month. */
  balanceCents: number;
  /** Still to be repaid at the end of the month under the schedules of hires started by then (due or not). */
  receivablesCents: number;
  /** Waived in the month. */
  waivedCents: number;
}

export interface FundOverviewFigures {
  from: string;
  to: string;
  /** Balance at the end of the day before the first month. */
  openingBalanceCents: number;
  months: FundMonthFigures[];
  contributionsCents: number;
  repaymentsCents: number;
  paymentsCents: number;
  waivedCents: number;
  /** Balance at the end of the last month. */
  balanceCents: number;
  receivablesCents: number;
  /** Repaid ÷ paid out, for grants with a hire, to date; null when nothing was paid for them. */
  revolveRate: number | null;
  /** Distinct participants whose training was completed in the months. */
  peopleTrained: number;
  /** Completed ÷ (completed + stopped), of trainings ended in the months; null when none ended. */
  completionRate: number | null;
  /** Hires that started in the months. */
  hires: number;
  /** Of those, hires that started at most 12 months after the training was completed. */
  hiresWithin12Months: number;
  /** Everything paid out for training ÷ hires, to date, rounded half up; null without hires. */
  averageCostPerHireCents: number | null;
}

const sumUntil = (items: readonly DatedAmount[], day: string): number =>
  items.reduce((sum, item) => (item.date <= day ? sum + item.amountCents : sum), 0);

const sumBetween = (items: readonly DatedAmount[], start: string, end: string): number =>
  items.reduce((sum, item) => (item.date >= start && item.date <= end ? sum + item.amountCents : sum), 0);

/** Balance at the end of `day`: contributions + repayments − payments dated on or before it. */
export function balanceOn(facts: FundFacts, day: string): number {
  return sumUntil(facts.contributions, day) + sumUntil(facts.repayments, day) - sumUntil(facts.payments, day);
}

/** What one instalment is owed at the end of `day` (0 before its schedule exists). */
export function owedOn(instalment: InstalmentFact, day: string): number {
  if (instalment.scheduledOn > day) return 0;
  return instalment.recalculatedOn !== null && instalment.recalculatedOn <= day
    ? instalment.amountCents
    : instalment.originalAmountCents;
}

function byInstalment(movements: readonly InstalmentMovement[]): Map<string, InstalmentMovement[]> {
  const map = new Map<string, InstalmentMovement[]>();
  for (const movement of movements) {
    const list = map.get(movement.instalmentId) ?? [];
    list.push(movement);
    map.set(movement.instalmentId, list);
  }
  return map;
}

/** Receivables at the end of `day`: owed − repaid − waived, over every schedule started by then. */
export function receivablesOn(facts: FundFacts, day: string): number {
  const repaid = byInstalment(facts.repayments);
  const waived = byInstalment(facts.waivers);
  return facts.instalments.reduce(
    (sum, i) =>
      sum + owedOn(i, day) - sumUntil(repaid.get(i.id) ?? [], day) - sumUntil(waived.get(i.id) ?? [], day),
    0,
  );
}

function grantStatistics(facts: FundFacts, start: string, end: string) {
  const completions = facts.grants.filter(
    (g) => g.completion && g.completion.date >= start && g.completion.date <= end,
  );
  const completed = completions.filter((g) => g.completion!.outcome === TrainingOutcome.COMPLETED);
  const hired = facts.grants.filter(
    (g) => g.hireStart !== null && g.hireStart >= start && g.hireStart <= end,
  );
  const within = hired.filter(
    (g) =>
      g.completion?.outcome === TrainingOutcome.COMPLETED &&
      g.hireStart! <= addMonthsToDate(g.completion.date, 12),
  );
  const hiredToDate = new Set(
    facts.grants.filter((g) => g.hireStart !== null && g.hireStart <= end).map((g) => g.id),
  );
  const instalmentGrant = new Map(facts.instalments.map((i) => [i.id, i.grantId]));
  const paidHired = sumUntil(
    facts.payments.filter((p) => hiredToDate.has(p.grantId)),
    end,
  );
  const repaidHired = sumUntil(
    facts.repayments.filter((r) => hiredToDate.has(instalmentGrant.get(r.instalmentId) ?? '')),
    end,
  );
  return {
    revolveRate: paidHired > 0 ? repaidHired / paidHired : null,
    peopleTrained: new Set(completed.map((g) => g.participantId)).size,
    completionRate: completions.length > 0 ? completed.length / completions.length : null,
    hires: hired.length,
    hiresWithin12Months: within.length,
    averageCostPerHireCents:
      hiredToDate.size > 0 ? mulDiv(sumUntil(facts.payments, end), 1, hiredToDate.size) : null,
  };
}

/** The fund's figures for the months `from` to `to` (`YYYY-MM`, both inclusive). */
export function calculateFundOverview(facts: FundFacts, from: string, to: string): FundOverviewFigures {
  const start = firstDay(from);
  const end = lastDay(to);
  const months = monthRange(from, to).map((month): FundMonthFigures => {
    const [a, b] = [firstDay(month), lastDay(month)];
    return {
      month,
      contributionsCents: sumBetween(facts.contributions, a, b),
      repaymentsCents: sumBetween(facts.repayments, a, b),
      paymentsCents: sumBetween(facts.payments, a, b),
      balanceCents: balanceOn(facts, b),
      receivablesCents: receivablesOn(facts, b),
      waivedCents: sumBetween(facts.waivers, a, b),
    };
  });
  const total = (key: 'contributionsCents' | 'repaymentsCents' | 'paymentsCents' | 'waivedCents') =>
    months.reduce((sum, m) => sum + m[key], 0);
  return {
    from,
    to,
    openingBalanceCents: balanceOn(facts, addDays(start, -1)),
    months,
    contributionsCents: total('contributionsCents'),
    repaymentsCents: total('repaymentsCents'),
    paymentsCents: total('paymentsCents'),
    waivedCents: total('waivedCents'),
    balanceCents: balanceOn(facts, end),
    receivablesCents: receivablesOn(facts, end),
    ...grantStatistics(facts, start, end),
  };
}
