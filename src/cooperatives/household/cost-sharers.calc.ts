/**
 * kostendelersnorm (art. 22a Participatiewet) as pure code over plain values: who counts as a cost-sharer in a
 * month, and the norm that follows. No database, no clock.
 *
 * Conventions (the README says the same to users):
 * - the household record and the cost-sharer rule that count for a month are those in force on its first day;
 * - a housemate counts from the month decided by the rule's `ageCountsFrom`: FIRST_DAY_OF_MONTH (the seeded
 *   national value) counts them in a month when they have reached the age limit on its first day, so someone
 *   who turns 27 on 1 May counts in May, someone who turns 27 on 2 May from June; MONTH_AFTER_BIRTHDAY counts
 *   them from the month after the month of the birthday;
 * - A = the member + the partner (couples) + every housemate of the age limit or older who is neither a student
 *   with student finance / BBL pupil nor a commercial lodger or landlord;
 * - norm per person = ((base + A × perSharer) / A) × B, where B is the couple norm of the member's age band;
 *   a couple gets twice that. Computed exactly and rounded half up to the cent once; a published amount for
 *   that A and period wins over the formula.
 */
import { addMonths, ageOn, firstDay, lastDay } from '../../shared/months';
import { type Ratio, mul, ratio, roundHalfUp } from './ratio';

/** Which day's age decides whether a housemate counts in a month. */
export type AgeCountingDay = 'FIRST_DAY_OF_MONTH' | 'MONTH_AFTER_BIRTHDAY';

/** The national cost-sharer rule for a period (no municipal override: it is national law). */
export interface CostSharerRuleData {
  validFrom: string;
  validUntil: string | null;
  /** Age from which a housemate counts: 21 until 2022-12-31, 27 from 2023-01-01. */
  housemateMinAge: number;
  /** The fixed part of the formula in basis points: 40% = 4000. */
  baseBasisPoints: number;
  /** The part per cost-sharer in basis points: 30% = 3000. */
  perSharerBasisPoints: number;
  ageCountsFrom: AgeCountingDay;
}

/** One housemate as recorded: no name, only what the rule needs. */
export interface HousemateData {
  birthDate: string;
  /** Student with student finance, or BBL pupil. */
  student: boolean;
  /** Lodger or landlord on commercial terms (rent or board at a normal price, shown by a contract). */
  commercial: boolean;
}

/** A household composition from `from` on, until the next record. */
export interface HouseholdRecordData {
  from: string;
  housemates: HousemateData[];
}

export interface CostSharerCount {
  /** A: the member, the partner (couples) and the housemates who count. */
  costSharers: number;
  /** Housemates who count (A minus the member and partner). */
  countedHousemates: number;
  /** Housemates under the age limit. */
  tooYoung: number;
  students: number;
  commercial: number;
  /** The rule that decided, or null when there were no housemates to judge. */
  rule: CostSharerRuleData | null;
}

/** Thrown when a month has housemates to judge but no cost-sharer rule is valid. */
export class NoCostSharerRule extends Error {
  constructor(readonly month: string) {
    super(`No cost-sharer rule (kostendelersnorm) is valid in ${month}.`);
  }
}

/** The record in force on `day`: the latest with `from` on or before it. */
export function householdOn(
  records: readonly HouseholdRecordData[],
  day: string,
): HouseholdRecordData | null {
  let found: HouseholdRecordData | null = null;
  for (const record of records) {
    if (record.from <= day && (!found || record.from > found.from)) found = record;
  }
  return found;
}

/** The national rule valid on `day`; the latest start wins if periods overlap. */
export function costSharerRuleOn(
  rules: readonly CostSharerRuleData[],
  day: string,
): CostSharerRuleData | null {
  const valid = rules.filter(
    (rule) => rule.validFrom <= day && (rule.validUntil === null || rule.validUntil >= day),
  );
  return valid.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
}

/** Whether a housemate has reached the rule's age limit for `month`. */
export function oldEnough(birthDate: string, rule: CostSharerRuleData, month: string): boolean {
  const day = rule.ageCountsFrom === 'FIRST_DAY_OF_MONTH' ? firstDay(month) : lastDay(addMonths(month, -1));
  return ageOn(birthDate, day) >= rule.housemateMinAge;
}

/**
 * A for `month`: the member (and the partner when `couple`) plus the housemates who count. Throws
 * {@link NoCostSharerRule} when there are housemates but no rule.
 */
export function countCostSharers(
  records: readonly HouseholdRecordData[],
  rules: readonly CostSharerRuleData[],
  month: string,
  couple: boolean,
): CostSharerCount {
  const own = couple ? 2 : 1;
  const housemates = householdOn(records, firstDay(month))?.housemates ?? [];
  const count: CostSharerCount = {
    costSharers: own,
    countedHousemates: 0,
    tooYoung: 0,
    students: 0,
    commercial: 0,
    rule: null,
  };
  if (housemates.length === 0) return count;
  const rule = costSharerRuleOn(rules, firstDay(month));
  if (!rule) throw new NoCostSharerRule(month);
  count.rule = rule;
  for (const housemate of housemates) {
    if (housemate.commercial) count.commercial += 1;
    else if (housemate.student) count.students += 1;
    else if (!oldEnough(housemate.birthDate, rule, month)) count.tooYoung += 1;
    else count.countedHousemates += 1;
  }
  count.costSharers = own + count.countedHousemates;
  return count;
}

const BASIS = 10000n;

function assertCostSharers(costSharers: number): void {
  if (!Number.isSafeInteger(costSharers) || costSharers < 1)
    throw new RangeError('costSharers must be a positive integer');
}

/** The share of the couple norm per person, exactly: (base + A × perSharer) / A, as a fraction of 1. */
export function shareOfCoupleNorm(
  costSharers: number,
  rule: Pick<CostSharerRuleData, 'baseBasisPoints' | 'perSharerBasisPoints'>,
): Ratio {
  assertCostSharers(costSharers);
  const a = BigInt(costSharers);
  return ratio(BigInt(rule.baseBasisPoints) + a * BigInt(rule.perSharerBasisPoints), a * BASIS);
}

/** The norm per person before rounding: share × B (B in cents). */
export function perPersonNorm(
  costSharers: number,
  coupleNormCents: number,
  rule: Pick<CostSharerRuleData, 'baseBasisPoints' | 'perSharerBasisPoints'>,
): Ratio {
  return mul(shareOfCoupleNorm(costSharers, rule), ratio(coupleNormCents));
}

/** The whole household's norm before rounding: (base + A × perSharer) × B, in cents. */
export function householdTotal(
  costSharers: number,
  coupleNormCents: number,
  rule: Pick<CostSharerRuleData, 'baseBasisPoints' | 'perSharerBasisPoints'>,
): Ratio {
  return mul(perPersonNorm(costSharers, coupleNormCents, rule), ratio(costSharers));
}

/**
 * The cost-sharers' norm in cents for one person (`persons` 1) or a couple (`persons` 2, the sum of both
 * partners' norms): a published per-person amount for this A wins; otherwise the formula, rounded half up once.
 */
export function costSharerNormCents(input: {
  costSharers: number;
  coupleNormCents: number;
  rule: Pick<CostSharerRuleData, 'baseBasisPoints' | 'perSharerBasisPoints'>;
  persons: 1 | 2;
  publishedPerPersonCents?: number | null;
}): number {
  const { costSharers, coupleNormCents, rule, persons, publishedPerPersonCents } = input;
  assertCostSharers(costSharers);
  if (publishedPerPersonCents != null) return persons * publishedPerPersonCents;
  return roundHalfUp(mul(perPersonNorm(costSharers, coupleNormCents, rule), ratio(persons)));
}

/** The per-person share as a percentage with two decimals, for people (43.33 for A = 3 under 40%/30%). */
export function sharePercent(
  costSharers: number,
  rule: Pick<CostSharerRuleData, 'baseBasisPoints' | 'perSharerBasisPoints'>,
): number {
  return roundHalfUp(mul(shareOfCoupleNorm(costSharers, rule), ratio(10000))) / 100;
}
