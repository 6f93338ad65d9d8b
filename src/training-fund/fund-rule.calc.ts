/**
 * The rules of a fund are dated data: each rule holds from its `validFrom` until the next rule of the same fund
 * starts. A hire is governed by the rule in force on its start date, and keeps that rule for good: a later rule
 * never changes a schedule that already exists (no retroactive change).
 */
import { EarlyEndRule } from './training-fund.enums';
import { BASIS_POINTS, toBasisPoints } from '../shared/money';

/** Basis points in a whole: a repayment share of 50% is 5000. */
export { BASIS_POINTS } from '../shared/money';

/** One dated rule of a fund, as stored. */
export interface FundRuleTerms {
  /** First day (`YYYY-MM-DD`) the rule applies to hires and applications. */
  validFrom: string;
  /** Most the fund pays for one person's training, in cents. */
  maxPerPersonCents: number;
  /** Share of the paid-out training cost the employer repays after a hire, in basis points (5000 = 50%). */
  repaymentShareBasisPoints: number;
  /** Months of employment before the first instalment is due. */
  retentionMonths: number;
  /** Number of instalments (at least 1). */
  instalments: number;
  /** Months between two instalments (at least 1). */
  instalmentIntervalMonths: number;
  earlyEnd: EarlyEndRule;
  /** Training levels the fund pays for (e.g. MBO-1 … MBO-4); empty means any level. */
  eligibleLevels?: string[];
}

/** The rule in force on `date`: the one with the latest `validFrom` on or before it, or null. */
export function ruleInForce<T extends { validFrom: string }>(rules: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const rule of rules) {
    if (rule.validFrom <= date && (found === null || rule.validFrom > found.validFrom)) found = rule;
  }
  return found;
}

/** True when the rule pays for a training at `level` (case and spaces ignored). */
export function levelEligible(rule: Pick<FundRuleTerms, 'eligibleLevels'>, level: string): boolean {
  const levels = rule.eligibleLevels ?? [];
  if (levels.length === 0) return true;
  const norm = (value: string) => value.replace(/\s+/g, '').toUpperCase();
  return levels.some((allowed) => norm(allowed) === norm(level));
}

/** Repayment share as a fraction (0.5) from basis points (5000), and back, rounding to a whole basis point. */
export const shareToBasisPoints = toBasisPoints;
export const basisPointsToShare = (basisPoints: number): number => basisPoints / BASIS_POINTS;
