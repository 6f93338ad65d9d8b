/**
 * Repayment schedules (terugbetaalschema's): pure functions over integer cents and `YYYY-MM-DD` dates.
 *
 * - A hire creates a schedule from the rule in force on the hire's start date: the employer owes
 *   `repaymentShare × paid out`, split into `instalments` equal parts (the cents that do not divide go to the
 *   earliest instalments), the first due `retentionMonths` after the start, the next ones every
 *   `instalmentIntervalMonths`.
 * - An early end of the employment recalculates what is still owed under the schedule's own rule (see
 *   {@link recalculateOnEarlyEnd}). Money already repaid or waived is never taken back or re-labelled.
 */
import { BASIS_POINTS, mulDiv, spreadEvenly } from '../shared/money';
import { addMonthsToDate, wholeMonthsBetween } from './fund-dates';
import type { FundRuleTerms } from './fund-rule.calc';
import { EarlyEndRule, InstalmentStatus } from './training-fund.enums';

export type ScheduleRule = Pick<
  FundRuleTerms,
  'repaymentShareBasisPoints' | 'retentionMonths' | 'instalments' | 'instalmentIntervalMonths' | 'earlyEnd'
>;

export interface PlannedInstalment {
  /** 1-based position in the schedule. */
  sequence: number;
  dueDate: string;
  amountCents: number;
}

export interface PlannedSchedule {
  /** What the employer owes in total, in cents. */
  owedCents: number;
  /** Instalments in due order; instalments of 0 cents are left out. */
  instalments: PlannedInstalment[];
}

/** Months from the hire to the last instalment's due date: the period an employer commits to. */
export function commitmentMonths(rule: ScheduleRule): number {
  return rule.retentionMonths + (rule.instalments - 1) * rule.instalmentIntervalMonths;
}

/** Due date of instalment `sequence` (1-based) for a hire that started on `hireStart`. */
export function dueDateOf(rule: ScheduleRule, hireStart: string, sequence: number): string {
  return addMonthsToDate(hireStart, rule.retentionMonths + (sequence - 1) * rule.instalmentIntervalMonths);
}

/** The schedule a hire on `hireStart` creates, for `paidOutCents` the fund paid for the training. */
export function buildSchedule(rule: ScheduleRule, hireStart: string, paidOutCents: number): PlannedSchedule {
  if (paidOutCents < 0) throw new RangeError('paidOutCents must not be negative');
  if (rule.instalments < 1 || rule.instalmentIntervalMonths < 1 || rule.retentionMonths < 0)
    throw new RangeError('invalid rule');
  const owedCents = mulDiv(paidOutCents, rule.repaymentShareBasisPoints, BASIS_POINTS);
  const instalments = spreadEvenly(owedCents, rule.instalments)
    .map((amountCents, i) => ({ sequence: i + 1, dueDate: dueDateOf(rule, hireStart, i + 1), amountCents }))
    .filter((instalment) => instalment.amountCents > 0);
  return { owedCents, instalments };
}

/** An instalment as it stands: its current amount and what has been settled against it. */
export interface InstalmentPosition {
  dueDate: string;
  /** What is owed for this instalment now (after any recalculation), in cents. */
  amountCents: number;
  /** Repaid so far, in cents. */
  repaidCents: number;
  /** Waived so far, in cents; never counts as repaid. */
  waivedCents: number;
}

/** What is left to pay: amount − repaid − waived, never below 0. */
export function openCents(instalment: Omit<InstalmentPosition, 'dueDate'>): number {
  return Math.max(0, instalment.amountCents - instalment.repaidCents - instalment.waivedCents);
}

/** Where an instalment stands on `today`. */
export function instalmentStatus(
  instalment: InstalmentPosition & { cancelledCents?: number },
  today: string,
): InstalmentStatus {
  if (openCents(instalment) > 0) {
    return instalment.dueDate < today ? InstalmentStatus.OVERDUE : InstalmentStatus.OPEN;
  }
  if (instalment.waivedCents > 0) return InstalmentStatus.WAIVED;
  if (instalment.repaidCents > 0) return InstalmentStatus.PAID;
  return InstalmentStatus.CANCELLED;
}

export interface EarlyEndResult {
  /** New amount per instalment, in the order given. */
  amountsCents: number[];
  /** Per instalment: old amount − new amount (≥ 0). */
  cancelledCents: number[];
  /** Total still owed after the recalculation (repaid and waived parts included). */
  owedCents: number;
}

/**
 * Recalculates a schedule when the employment that started on `hireStart` ends on `endDate`.
 *
 * - NOTHING_OWED: instalments due after `endDate` are cancelled; those due on or before it stay owed.
 * - PRO_RATA: the total owed becomes `total × months worked / commitment months` (whole months, rounded half
 *   up to a cent, never more than the total); what was already settled counts towards it, the rest stays on
 *   the earliest open instalments and the cut falls on the latest.
 *
 * Either way an instalment never drops below what was already repaid or waived against it, so nothing settled
 * is undone; the old total always equals the new total plus what was cancelled.
 */
export function recalculateOnEarlyEnd(
  rule: ScheduleRule,
  hireStart: string,
  endDate: string,
  instalments: readonly InstalmentPosition[],
): EarlyEndResult {
  const settled = instalments.map((i) => Math.min(i.amountCents, i.repaidCents + i.waivedCents));
  let amountsCents: number[];
  if (rule.earlyEnd === EarlyEndRule.NOTHING_OWED) {
    amountsCents = instalments.map((i, n) => (i.dueDate <= endDate ? i.amountCents : settled[n]));
  } else {
    const total = instalments.reduce((sum, i) => sum + i.amountCents, 0);
    const commitment = commitmentMonths(rule);
    const worked = Math.min(wholeMonthsBetween(hireStart, endDate), commitment);
    const target = commitment === 0 ? total : mulDiv(total, worked, commitment);
    // What was settled stays; the rest of the target fills the open parts from the earliest due date on.
    let left = Math.max(0, target - settled.reduce((a, b) => a + b, 0));
    const order = instalments
      .map((i, n) => ({ n, dueDate: i.dueDate }))
      .sort((a, b) => (a.dueDate === b.dueDate ? a.n - b.n : a.dueDate < b.dueDate ? -1 : 1));
    amountsCents = [...settled];
    for (const { n } of order) {
      const extra = Math.min(instalments[n].amountCents - settled[n], left);
      amountsCents[n] += extra;
      left -= extra;
    }
  }
  const cancelledCents = instalments.map((i, n) => i.amountCents - amountsCents[n]);
  return { amountsCents, cancelledCents, owedCents: amountsCents.reduce((a, b) => a + b, 0) };
}
