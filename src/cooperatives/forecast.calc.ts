/**
 * A member's forecast: the statement a month would give with other figures, and the limits they would reach
 * next. Pure: it changes a copy of the income history and computes with the same rules as every statement.
 */
import { euros } from '../shared/euros';
import { MAX_CENTS } from '../shared/money';
import {
  computeStatements,
  type MemberFacts,
  type MonthIncome,
  type RuleSet,
  type StatementResult,
} from './benefit.calc';

/** The figures a member tries for a month: their own net earnings and, when given, the volunteer allowance. */
export interface ForecastFigures {
  month: string;
  earningsCents: number;
  volunteerAllowanceCents?: number | null;
}

/** A limit the forecast figures reach next, as data and as a sentence in Dutch and in English. */
export interface ForecastLimitResult {
  code: 'DISREGARD_MONTHS_LEFT' | 'BENEFIT_ZERO_FROM';
  textNl: string;
  textEn: string;
  ruleCode: string | null;
  monthsLeft: number | null;
  maxMonths: number | null;
  amountCents: number | null;
}

/**
 * The income history with the month replaced by the forecast figures: the earnings count as recorded, the
 * volunteer allowance is the given one or else the recorded one, the partner's earnings stay as recorded.
 */
export function withForecast<T extends MonthIncome>(
  incomes: ReadonlyMap<string, T>,
  figures: ForecastFigures,
  blank: (income: MonthIncome) => T,
): Map<string, T> {
  const changed = new Map(incomes);
  const recorded = incomes.get(figures.month);
  changed.set(
    figures.month,
    blank({
      memberEarningsCents: figures.earningsCents,
      partnerEarningsCents: recorded?.partnerEarningsCents ?? 0,
      volunteerAllowanceCents: figures.volunteerAllowanceCents ?? recorded?.volunteerAllowanceCents ?? 0,
      earningsRecorded: true,
    }),
  );
  return changed;
}

function statementWith(
  facts: MemberFacts,
  rules: RuleSet,
  incomes: ReadonlyMap<string, MonthIncome>,
  figures: ForecastFigures,
): StatementResult {
  const changed = withForecast(incomes, figures, (income) => income);
  return computeStatements(facts, rules, changed, [figures.month])[0];
}

/**
 * The smallest own net earnings in the month at which the benefit is 0, the other figures as forecast; null when
 * no amount up to the largest one accepted does that. Benefit falls as earnings rise, so a binary search finds it.
 */
export function earningsForZeroBenefit(
  facts: MemberFacts,
  rules: RuleSet,
  incomes: ReadonlyMap<string, MonthIncome>,
  figures: ForecastFigures,
): number | null {
  const benefitAt = (earningsCents: number) =>
    statementWith(facts, rules, incomes, { ...figures, earningsCents }).benefitCents;
  if (benefitAt(0) <= 0) return 0;
  let high = 100_000;
  while (benefitAt(high) > 0) {
    if (high >= MAX_CENTS) return null;
    high = Math.min(high * 4, MAX_CENTS);
  }
  let low = 0;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (benefitAt(middle) > 0) low = middle;
    else high = middle;
  }
  return high;
}

/** `140150` → `1.401,50`: euros as Dutch readers write them, thousands grouped by dots. */
function dutchEuros(cents: number): string {
  const [whole, decimals] = euros(cents, ',').split(',');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${decimals}`;
}

/** `140150` → `1,401.50`. */
function englishEuros(cents: number): string {
  const [whole, decimals] = euros(cents, '.').split('.');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${decimals}`;
}

const RULE_NAMES: Record<string, { nl: string; en: string }> = {
  GENERAL: { nl: 'de algemene vrijlating', en: 'the general disregard' },
};

/** The limits the forecast reaches next: disregards with months left, and the earnings that end the benefit. */
export function forecastLimits(
  statement: StatementResult,
  zeroFromCents: number | null,
): ForecastLimitResult[] {
  const limits: ForecastLimitResult[] = [];
  for (const rule of statement.appliedRules) {
    if (rule.partner || rule.monthsLeft === null) continue;
    const name = RULE_NAMES[rule.code] ?? {
      nl: `de vrijlating ${rule.code}`,
      en: `the ${rule.code} disregard`,
    };
    const maxMonths = rule.monthsUsed + rule.monthsLeft;
    limits.push({
      code: 'DISREGARD_MONTHS_LEFT',
      textNl: `Na deze maand heeft ${name.nl} nog ${rule.monthsLeft} van de ${maxMonths} maanden over.`,
      textEn: `After this month ${name.en} has ${rule.monthsLeft} of ${maxMonths} months left.`,
      ruleCode: rule.code,
      monthsLeft: rule.monthsLeft,
      maxMonths,
      amountCents: null,
    });
  }
  if (zeroFromCents !== null) {
    limits.push({
      code: 'BENEFIT_ZERO_FROM',
      textNl: `Vanaf € ${dutchEuros(zeroFromCents)} netto verdiend is je uitkering voor ${statement.month} € 0.`,
      textEn: `From €${englishEuros(zeroFromCents)} earned (net), your benefit for ${statement.month} is €0.`,
      ruleCode: null,
      monthsLeft: null,
      maxMonths: null,
      amountCents: zeroFromCents,
    });
  }
  return limits;
}
