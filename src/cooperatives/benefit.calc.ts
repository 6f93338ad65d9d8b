/**
 * The benefit calculation (bijstand met inkomstenvrijlating) as pure code over plain values: integer cents,
 * `YYYY-MM` months, `YYYY-MM-DD` dates and rules as data. No database, no clock.
 *
 * Conventions:
 * - a rule applies to a month when it is valid on the first day of that month;
 * - ages (member, partner, youngest child) are taken on the first day of the month;
 * - a municipal rule overrides the national rule with the same key (norm: household and age band; disregard:
 *   code; volunteer limit: one per period), and a disregard with `replacesCode` removes that national code;
 * - one disregard applies per person per month: the one with the highest amount that is allowed (ties: a rule
 *   without month limit first, then by code); a month counts as used for a code when that code applied;
 * - amounts round half up to whole cents;
 * - in a shared home the cost-sharers' norm replaces the household's own norm (see household/cost-sharers.calc).
 */
import { AgeBand, DisregardCondition, Household } from './cooperative.enums';
import { mulDiv } from '../shared/money';
import { addMonths, ageOn, firstDay, monthOf, monthRange } from '../shared/months';
import {
  type CostSharerCount,
  type CostSharerRuleData,
  type HouseholdRecordData,
  NoCostSharerRule,
  countCostSharers,
} from './household/cost-sharers.calc';
import { type NormBasisResult, decideNorm, householdChangedWarning } from './household/norm-basis.calc';

/** A month written YYYY-MM. */
type Month = string;

/** Validity of a rule: from `validFrom`, up to and including `validUntil`; municipality null = national. */
export interface RulePeriod {
  validFrom: string;
  validUntil: string | null;
  municipalityId: string | null;
}

export interface NormData extends RulePeriod {
  household: Household;
  ageBand: AgeBand;
  amountCents: number;
  /** Set: a published per-person cost-sharers' norm for this A (the household is then not used). */
  costSharers?: number | null;
}

export interface DisregardRuleData extends RulePeriod {
  code: string;
  /** Share of earnings disregarded, in basis points (2500 = 25%). */
  percentageBasisPoints: number;
  monthlyCapCents: number;
  maxMonths: number | null;
  minAge: number | null;
  condition: DisregardCondition;
  startsAfterCode: string | null;
  replacesCode: string | null;
}

export interface VolunteerLimitData extends RulePeriod {
  monthlyCents: number;
  yearlyCents: number;
  minAge: number | null;
}

export interface RuleSet {
  norms: NormData[];
  disregards: DisregardRuleData[];
  volunteerLimits: VolunteerLimitData[];
  /** The national cost-sharers' rules; none needed while nobody records a housemate. */
  costSharerRules?: CostSharerRuleData[];
}

export interface MemberFacts {
  municipalityId: string;
  household: Household;
  birthDate: string;
  youngestChildBirthDate: string | null;
  medicalLimitation: boolean;
  benefitStart: string;
  partnerBirthDate: string | null;
  /** Who else lives in the home, dated; empty when nothing was recorded. */
  householdRecords?: HouseholdRecordData[];
}

/** What was recorded for one month; months without a record count as all zero. */
export interface MonthIncome {
  /** The member's own net earnings from work (their enterprises and shares). */
  memberEarningsCents: number;
  /** The partner's net earnings from work (couples). */
  partnerEarningsCents: number;
  volunteerAllowanceCents: number;
  /** Whether any earnings were recorded for the member's enterprises in this month. */
  earningsRecorded: boolean;
}

export interface AppliedRuleResult {
  code: string;
  /** The percentage as a fraction (0.25 is 25%). */
  percentage: number;
  capCents: number;
  amountCents: number;
  /** Months this code has applied to this person, this month included. */
  monthsUsed: number;
  /** Months left after this one; null when the rule has no month limit. */
  monthsLeft: number | null;
  /** True when the rule applied to the partner's earnings. */
  partner: boolean;
}

/**
 * A warning with its parameters as data, so that clients word it in their own language from the code; the
 * English message is for developers.
 */
export interface WarningResult {
  code: WarningCode;
  message: string;
  /** True when it is about the partner's earnings (couples). */
  partner: boolean;
  /** The disregard it is about (LAST_DISREGARD_MONTH, DISREGARD_USED_UP). */
  ruleCode?: string;
  /** Months the disregard lasts (DISREGARD_USED_UP). */
  maxMonths?: number;
  /** The age below which the rule does not apply (NO_DISREGARD_UNDER_27, VOLUNTEER_ALLOWANCE_ABOVE_LIMIT). */
  minAge?: number;
  /** Counted income (EARNINGS_ABOVE_NORM) or the volunteer allowance (VOLUNTEER_ALLOWANCE_ABOVE_LIMIT), cents. */
  amountCents?: number;
  /** The norm (EARNINGS_ABOVE_NORM) or the volunteer limit that was passed, in cents. */
  limitCents?: number;
  /** Which volunteer limit was passed: a month's or the year's. */
  limitPeriod?: 'MONTH' | 'YEAR';
  /** The month it is about (NO_EARNINGS_RECORDED). */
  month?: Month;
  /** The number of cost-sharers in the month before (HOUSEHOLD_CHANGED). */
  previousCostSharers?: number;
  /** The number of cost-sharers this month (HOUSEHOLD_CHANGED). */
  costSharers?: number;
}

export type WarningCode =
  | 'LAST_DISREGARD_MONTH'
  | 'DISREGARD_USED_UP'
  | 'EARNINGS_ABOVE_NORM'
  | 'NO_DISREGARD_UNDER_27'
  | 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT'
  | 'NO_EARNINGS_RECORDED'
  | 'HOUSEHOLD_CHANGED';

export interface StatementResult {
  month: Month;
  normCents: number;
  /** A: the member, the partner and the housemates who count as cost-sharers. */
  costSharers: number;
  /** Which norm applied and why. */
  normBasis: NormBasisResult;
  memberEarningsCents: number;
  partnerEarningsCents: number;
  earningsCents: number;
  disregardCents: number;
  volunteerAllowanceCents: number;
  volunteerAllowanceCountedCents: number;
  countedIncomeCents: number;
  benefitCents: number;
  holidayAllowanceReservedCents: number;
  paidOutCents: number;
  totalIncomeCents: number;
  earnedShare: number;
  appliedRules: AppliedRuleResult[];
  warnings: WarningResult[];
}

export type CalcErrorCode = 'NO_VALID_RULE' | 'NOT_ELIGIBLE' | 'BEFORE_BENEFIT_START';

/** A statement that cannot be computed: a missing rule, an ineligible member, a month before the benefit. */
export class CalcError extends Error {
  constructor(
    readonly code: CalcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const NO_INCOME: MonthIncome = {
  memberEarningsCents: 0,
  partnerEarningsCents: 0,
  volunteerAllowanceCents: 0,
  earningsRecorded: false,
};

/** The holiday allowance inside a benefit: 5/105 of it, reserved and paid out once a year. */
export function holidayAllowanceReserved(benefitCents: number): number {
  return mulDiv(benefitCents, 5, 105);
}

function inForce<T extends RulePeriod>(rules: T[], municipalityId: string, day: string): T[] {
  return rules.filter(
    (rule) =>
      rule.validFrom <= day &&
      (rule.validUntil === null || rule.validUntil >= day) &&
      (rule.municipalityId === null || rule.municipalityId === municipalityId),
  );
}

/** Of several rules for the same key, the municipal one wins over the national one, then the latest. */
function mostSpecific<T extends RulePeriod>(rules: T[]): T | undefined {
  return [...rules].sort(
    (a, b) =>
      Number(b.municipalityId !== null) - Number(a.municipalityId !== null) ||
      b.validFrom.localeCompare(a.validFrom),
  )[0];
}

/** The disregards in force for a member's municipality on `day`, by code, overrides applied. */
export function disregardsInForce(
  rules: DisregardRuleData[],
  municipalityId: string,
  day: string,
): Map<string, DisregardRuleData> {
  const valid = inForce(rules, municipalityId, day);
  const byCode = new Map<string, DisregardRuleData>();
  for (const code of new Set(valid.map((rule) => rule.code))) {
    byCode.set(code, mostSpecific(valid.filter((rule) => rule.code === code))!);
  }
  for (const rule of [...byCode.values()]) {
    if (rule.replacesCode && rule.replacesCode !== rule.code) byCode.delete(rule.replacesCode);
  }
  return byCode;
}

function formatEuro(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

interface Person {
  partner: boolean;
  age: number;
  earningsCents: number;
  used: Map<string, number>;
}

interface PersonOutcome {
  applied: AppliedRuleResult | null;
  warnings: WarningResult[];
}

/** Picks and applies the most favourable allowed disregard for one person's earnings in one month. */
function applyDisregard(
  person: Person,
  member: MemberFacts,
  day: string,
  rules: Map<string, DisregardRuleData>,
  month: Month,
): PersonOutcome {
  const warnings: WarningResult[] = [];
  if (person.earningsCents <= 0) return { applied: null, warnings };
  if (rules.size === 0) {
    throw new CalcError('NO_VALID_RULE', `No earnings disregard rule is valid in ${month}.`);
  }
  const say = (text: string) => (person.partner ? `Partner: ${text}` : text[0].toUpperCase() + text.slice(1));
  const used = (code: string) => person.used.get(code) ?? 0;
  const usedUp: DisregardRuleData[] = [];
  const tooYoung: DisregardRuleData[] = [];
  const candidates: { rule: DisregardRuleData; amount: number }[] = [];
  for (const rule of rules.values()) {
    if (!meetsCondition(rule.condition, person, member, day)) continue;
    if (rule.startsAfterCode) {
      const before =
        rules.get(rule.startsAfterCode) ??
        [...rules.values()].find((other) => other.replacesCode === rule.startsAfterCode);
      if (!before || before.maxMonths === null || used(before.code) < before.maxMonths) continue;
    }
    if (rule.minAge !== null && person.age < rule.minAge) {
      tooYoung.push(rule);
      continue;
    }
    if (rule.maxMonths !== null && used(rule.code) >= rule.maxMonths) {
      usedUp.push(rule);
      continue;
    }
    const percentOfEarnings = mulDiv(person.earningsCents, rule.percentageBasisPoints, 10000);
    candidates.push({ rule, amount: Math.min(percentOfEarnings, rule.monthlyCapCents) });
  }
  candidates.sort(
    (a, b) =>
      b.amount - a.amount ||
      Number(a.rule.maxMonths !== null) - Number(b.rule.maxMonths !== null) ||
      a.rule.code.localeCompare(b.rule.code),
  );
  for (const rule of usedUp) {
    warnings.push({
      code: 'DISREGARD_USED_UP',
      message: say(`the ${rule.code} disregard is used up (${rule.maxMonths} of ${rule.maxMonths} months).`),
      partner: person.partner,
      ruleCode: rule.code,
      maxMonths: rule.maxMonths!,
    });
  }
  const best = candidates[0];
  if (!best) {
    const ageLimit = tooYoung.length ? Math.min(...tooYoung.map((rule) => rule.minAge!)) : null;
    if (ageLimit !== null) {
      warnings.push({
        code: 'NO_DISREGARD_UNDER_27',
        message: say(`no earnings disregard below age ${ageLimit}; all earnings count as income.`),
        partner: person.partner,
        minAge: ageLimit,
      });
    }
    return { applied: null, warnings };
  }
  const monthsUsed = used(best.rule.code) + 1;
  person.used.set(best.rule.code, monthsUsed);
  const monthsLeft = best.rule.maxMonths === null ? null : best.rule.maxMonths - monthsUsed;
  if (monthsLeft === 0) {
    warnings.push({
      code: 'LAST_DISREGARD_MONTH',
      message: say(
        `last month of the ${best.rule.code} disregard; from next month more of the earnings count.`,
      ),
      partner: person.partner,
      ruleCode: best.rule.code,
    });
  }
  return {
    applied: {
      code: best.rule.code,
      percentage: best.rule.percentageBasisPoints / 10000,
      capCents: best.rule.monthlyCapCents,
      amountCents: best.amount,
      monthsUsed,
      monthsLeft,
      partner: person.partner,
    },
    warnings,
  };
}

function meetsCondition(condition: DisregardCondition, person: Person, member: MemberFacts, day: string) {
  switch (condition) {
    case DisregardCondition.NONE:
      return true;
    case DisregardCondition.SINGLE_PARENT_CHILD_UNDER_12:
      return (
        !person.partner &&
        member.household === Household.SINGLE_PARENT &&
        member.youngestChildBirthDate !== null &&
        ageOn(member.youngestChildBirthDate, day) < 12
      );
    case DisregardCondition.MEDICAL_LIMITATION:
      return !person.partner && member.medicalLimitation;
  }
}

function normFor(
  member: MemberFacts,
  rules: RuleSet,
  month: Month,
  day: string,
  age: number,
  count: CostSharerCount,
): { normCents: number; basis: NormBasisResult } {
  if (age < 18) throw new CalcError('NOT_ELIGIBLE', `The member is under 18 in ${month}; no norm applies.`);
  let bandAge = age;
  if (member.household === Household.COUPLE && member.partnerBirthDate) {
    bandAge = Math.min(age, ageOn(member.partnerBirthDate, day));
  }
  const ageBand = bandAge < 21 ? AgeBand.AGE_18_20 : AgeBand.AGE_21_TO_PENSION;
  const valid = inForce(rules.norms, member.municipalityId, day).filter((rule) => rule.ageBand === ageBand);
  const amountFor = (household: Household) => {
    const norm = mostSpecific(
      valid.filter((rule) => (rule.costSharers ?? null) === null && rule.household === household),
    );
    if (!norm) {
      throw new CalcError(
        'NO_VALID_RULE',
        `No norm for household ${household}, age band ${ageBand} is valid in ${month}.`,
      );
    }
    return norm.amountCents;
  };
  return decideNorm({
    household: member.household,
    count,
    youthBand: ageBand === AgeBand.AGE_18_20,
    ownNormCents: () => amountFor(member.household),
    coupleNormCents: () => amountFor(Household.COUPLE),
    publishedPerPersonCents: (costSharers) =>
      mostSpecific(valid.filter((rule) => rule.costSharers === costSharers))?.amountCents ?? null,
  });
}

/** A in `month`; a missing cost-sharers' rule is a NO_VALID_RULE like any other missing rule. */
function costSharersIn(member: MemberFacts, rules: RuleSet, month: Month): CostSharerCount {
  try {
    return countCostSharers(
      member.householdRecords ?? [],
      rules.costSharerRules ?? [],
      month,
      member.household === Household.COUPLE,
    );
  } catch (error) {
    if (error instanceof NoCostSharerRule) throw new CalcError('NO_VALID_RULE', error.message);
    throw error;
  }
}

/** How much of the volunteer allowance counts as income: all of it when above a limit or under age. */
function countedVolunteerAllowance(
  member: MemberFacts,
  rules: RuleSet,
  month: Month,
  day: string,
  age: number,
  yearToDateCents: number,
  allowanceCents: number,
): { counted: number; warning: WarningResult | null } {
  if (allowanceCents <= 0) return { counted: 0, warning: null };
  const limit = mostSpecific(inForce(rules.volunteerLimits, member.municipalityId, day));
  if (!limit) throw new CalcError('NO_VALID_RULE', `No volunteer allowance limit is valid in ${month}.`);
  let reason: string | null = null;
  let params: Pick<WarningResult, 'minAge' | 'limitCents' | 'limitPeriod'> = {};
  if (limit.minAge !== null && age < limit.minAge) {
    reason = `the member is under ${limit.minAge}`;
    params = { minAge: limit.minAge };
  } else if (allowanceCents > limit.monthlyCents) {
    reason = `above ${formatEuro(limit.monthlyCents)} a month`;
    params = { limitCents: limit.monthlyCents, limitPeriod: 'MONTH' };
  } else if (yearToDateCents > limit.yearlyCents) {
    reason = `above ${formatEuro(limit.yearlyCents)} this year`;
    params = { limitCents: limit.yearlyCents, limitPeriod: 'YEAR' };
  }
  if (!reason) return { counted: 0, warning: null };
  return {
    counted: allowanceCents,
    warning: {
      code: 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT',
      message: `Volunteer allowance of ${formatEuro(allowanceCents)} counts as income in full: ${reason}.`,
      partner: false,
      amountCents: allowanceCents,
      ...params,
    },
  };
}

/**
 * Statements for `months` of one member. Evaluates every month from the benefit start up to the last month
 * asked for, in order, so that disregard months used earlier (also non-consecutive) are counted; months not
 * asked for only advance that count. Throws {@link CalcError} when a rule a month needs is missing.
 */
export function computeStatements(
  member: MemberFacts,
  rules: RuleSet,
  incomes: ReadonlyMap<Month, MonthIncome>,
  months: Month[],
): StatementResult[] {
  if (months.length === 0) return [];
  const start = monthOf(member.benefitStart);
  const wanted = new Set(months);
  const early = months.find((month) => month < start);
  if (early) {
    throw new CalcError('BEFORE_BENEFIT_START', `${early} is before the benefit started (${start}).`);
  }
  const last = [...months].sort().at(-1)!;
  const usedByMember = new Map<string, number>();
  const usedByPartner = new Map<string, number>();
  const results = new Map<Month, StatementResult>();
  for (const month of monthRange(start, last)) {
    const income = incomes.get(month) ?? NO_INCOME;
    const day = firstDay(month);
    const age = ageOn(member.birthDate, day);
    const disregards = disregardsInForce(rules.disregards, member.municipalityId, day);
    const people: Person[] = [
      { partner: false, age, earningsCents: income.memberEarningsCents, used: usedByMember },
    ];
    if (member.household === Household.COUPLE && member.partnerBirthDate) {
      people.push({
        partner: true,
        age: ageOn(member.partnerBirthDate, day),
        earningsCents: income.partnerEarningsCents,
        used: usedByPartner,
      });
    }
    const outcomes = people.map((person) => applyDisregard(person, member, day, disregards, month));
    if (!wanted.has(month)) continue;
    const count = costSharersIn(member, rules, month);
    const before = addMonths(month, -1);
    const previous = before >= start ? costSharersIn(member, rules, before).costSharers : null;
    results.set(
      month,
      statementFor(member, rules, incomes, income, { month, day, age, count, previous }, outcomes),
    );
  }
  return months.map((month) => results.get(month)!);
}

/** Where a statement stands: the month, its first day, the member's age and A this month and the month before. */
interface MonthFacts {
  month: Month;
  day: string;
  age: number;
  count: CostSharerCount;
  /** A in the month before; null in the first month of the benefit. */
  previous: number | null;
}

function statementFor(
  member: MemberFacts,
  rules: RuleSet,
  incomes: ReadonlyMap<Month, MonthIncome>,
  income: MonthIncome,
  facts: MonthFacts,
  outcomes: PersonOutcome[],
): StatementResult {
  const { month, day, age, count, previous } = facts;
  const { normCents, basis } = normFor(member, rules, month, day, age, count);
  const partnerEarningsCents = member.household === Household.COUPLE ? income.partnerEarningsCents : 0;
  const earningsCents = income.memberEarningsCents + partnerEarningsCents;
  const appliedRules = outcomes.flatMap((outcome) => (outcome.applied ? [outcome.applied] : []));
  const disregardCents = appliedRules.reduce((sum, rule) => sum + rule.amountCents, 0);
  const yearToDate = monthRange(`${month.slice(0, 4)}-01`, month).reduce(
    (sum, m) => sum + (incomes.get(m)?.volunteerAllowanceCents ?? 0),
    0,
  );
  const volunteer = countedVolunteerAllowance(
    member,
    rules,
    month,
    day,
    age,
    yearToDate,
    income.volunteerAllowanceCents,
  );
  const countedIncomeCents = earningsCents - disregardCents + volunteer.counted;
  const benefitCents = Math.max(0, normCents - countedIncomeCents);
  const holidayAllowanceReservedCents = holidayAllowanceReserved(benefitCents);
  const warnings = outcomes.flatMap((outcome) => outcome.warnings);
  if (volunteer.warning) warnings.push(volunteer.warning);
  if (countedIncomeCents >= normCents) {
    warnings.push({
      code: 'EARNINGS_ABOVE_NORM',
      message: `Counted income ${formatEuro(countedIncomeCents)} reaches the norm ${formatEuro(normCents)}; no benefit is paid this month.`,
      partner: false,
      amountCents: countedIncomeCents,
      limitCents: normCents,
    });
  }
  const changed = previous === null ? null : householdChangedWarning(previous, count.costSharers);
  if (changed) warnings.push(changed);
  if (!income.earningsRecorded) {
    warnings.push({
      code: 'NO_EARNINGS_RECORDED',
      message: `No earnings were recorded for ${month}; the statement assumes none.`,
      partner: false,
      month,
    });
  }
  return {
    month,
    normCents,
    costSharers: count.costSharers,
    normBasis: basis,
    memberEarningsCents: income.memberEarningsCents,
    partnerEarningsCents,
    earningsCents,
    disregardCents,
    volunteerAllowanceCents: income.volunteerAllowanceCents,
    volunteerAllowanceCountedCents: volunteer.counted,
    countedIncomeCents,
    benefitCents,
    holidayAllowanceReservedCents,
    paidOutCents: benefitCents - holidayAllowanceReservedCents,
    totalIncomeCents: benefitCents + earningsCents + income.volunteerAllowanceCents,
    earnedShare: earnedShare(normCents, benefitCents),
    appliedRules,
    warnings,
  };
}

/** The part of the norm a member earned themselves, (norm − benefit) / norm, to four decimals. */
export function earnedShare(normCents: number, benefitCents: number): number {
  if (normCents <= 0) return 0;
  return Math.round(((normCents - benefitCents) / normCents) * 10000) / 10000;
}

/** Amount fields that add up over months. */
export const SUMMED_FIELDS = [
  'normCents',
  'earningsCents',
  'disregardCents',
  'volunteerAllowanceCents',
  'countedIncomeCents',
  'benefitCents',
  'holidayAllowanceReservedCents',
  'paidOutCents',
  'totalIncomeCents',
] as const;

export type StatementTotals = Record<(typeof SUMMED_FIELDS)[number], number> & { earnedShare: number };

/** Totals of several statements; the earned share is that of the summed norm and benefit. */
export function totalStatements(statements: StatementResult[]): StatementTotals {
  const totals = Object.fromEntries(
    SUMMED_FIELDS.map((field) => [field, statements.reduce((sum, s) => sum + s[field], 0)]),
  ) as Record<(typeof SUMMED_FIELDS)[number], number>;
  return { ...totals, earnedShare: earnedShare(totals.normCents, totals.benefitCents) };
}
