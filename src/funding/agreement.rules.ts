/**
 * Rules for the terms of a funding agreement, as pure functions: which terms a basis needs and uses, amounts
 * that may not be negative, periods that may not be inverted or overlap. They return payload errors; the
 * services throw them.
 */
import { ErrorCode, inputField, type UserError } from '../shared/errors';
import { toBasisPoints } from '../shared/money';
import { overlaps } from '../shared/periods';
import { DEFAULT_DAYPARTS_PER_WEEK } from './financing.calc';

/** Re-exported where the agreement rules always offered them. */
export { overlaps, toBasisPoints };
import { FundingBasis } from './funding.enums';

/** The stored terms of an agreement that depend on its basis. */
export interface StoredTerms {
  fundedPlaces: number | null;
  daypartsPerWeek: number | null;
  amountPerPlacePerYearCents: number | null;
  tariffCents: number | null;
  amountPerParticipantMonthCents: number | null;
  totalCents: number | null;
  maxShareBasisPoints: number | null;
  ceilingCents: number | null;
}

type BasisTerm = Exclude<keyof StoredTerms, 'maxShareBasisPoints' | 'ceilingCents'>;

/** Terms each basis needs (VALIDATION when missing) and, with the optional ones, keeps; the rest are cleared. */
const REQUIRED: Record<FundingBasis, BasisTerm[]> = {
  [FundingBasis.PER_PLACE]: ['fundedPlaces', 'amountPerPlacePerYearCents'],
  [FundingBasis.PER_ATTENDED_DAYPART]: ['tariffCents'],
  [FundingBasis.PER_PARTICIPANT_MONTH]: ['amountPerParticipantMonthCents'],
  [FundingBasis.LUMP_SUM]: ['totalCents'],
  [FundingBasis.REVENUE]: [],
};
const OPTIONAL: Partial<Record<FundingBasis, BasisTerm[]>> = {
  [FundingBasis.PER_PLACE]: ['daypartsPerWeek'],
};

const MONEY: (keyof StoredTerms)[] = [
  'amountPerPlacePerYearCents',
  'tariffCents',
  'amountPerParticipantMonthCents',
  'totalCents',
  'ceilingCents',
];

/** Terms as given (create) or as they would be after an update, before checking; maxShare as a fraction. */
export type GivenTerms = Omit<StoredTerms, 'maxShareBasisPoints'> & { maxShareOfCosts: number | null };

/**
 * Checks the terms for a basis and returns what to store: terms the basis does not use are cleared, day parts a
 * week default to 10 for PER_PLACE. Errors: NEGATIVE_AMOUNT, VALIDATION for a missing required term or a share
 * outside 0-1.
 */
export function checkTerms(
  basis: FundingBasis,
  given: GivenTerms,
): { terms: StoredTerms; errors: UserError[] } {
  const errors: UserError[] = [];
  for (const key of MONEY) {
    const value = given[key as keyof GivenTerms];
    if (value != null && value < 0) {
      errors.push({
        code: ErrorCode.NEGATIVE_AMOUNT,
        field: inputField(key),
        message: `${key} must not be negative.`,
      });
    }
  }
  for (const key of REQUIRED[basis]) {
    if (given[key] == null) {
      errors.push({
        code: ErrorCode.VALIDATION,
        field: inputField(key),
        message: `${key} is required for ${basis}.`,
      });
    }
  }
  if (given.maxShareOfCosts != null && !(given.maxShareOfCosts >= 0 && given.maxShareOfCosts <= 1)) {
    errors.push({
      code: ErrorCode.VALIDATION,
      field: inputField('maxShareOfCosts'),
      message: 'maxShareOfCosts must be between 0 and 1 (0% to 100%).',
    });
  }
  const kept = new Set<BasisTerm>([...REQUIRED[basis], ...(OPTIONAL[basis] ?? [])]);
  const pick = (key: BasisTerm) => (kept.has(key) ? (given[key] ?? null) : null);
  const terms: StoredTerms = {
    fundedPlaces: pick('fundedPlaces'),
    daypartsPerWeek:
      basis === FundingBasis.PER_PLACE ? (given.daypartsPerWeek ?? DEFAULT_DAYPARTS_PER_WEEK) : null,
    amountPerPlacePerYearCents: pick('amountPerPlacePerYearCents'),
    tariffCents: pick('tariffCents'),
    amountPerParticipantMonthCents: pick('amountPerParticipantMonthCents'),
    totalCents: pick('totalCents'),
    maxShareBasisPoints: given.maxShareOfCosts == null ? null : toBasisPoints(given.maxShareOfCosts),
    ceilingCents: given.ceilingCents ?? null,
  };
  return { terms, errors };
}

/** INVERTED_PERIOD against `untilField` when `until` comes before `from` (months or dates, same format). */
export function checkPeriod(from: string, until: string | null, untilField = 'until'): UserError[] {
  return until != null && until < from
    ? [
        {
          code: ErrorCode.INVERTED_PERIOD,
          field: inputField(untilField),
          message: `${untilField} is before from.`,
        },
      ]
    : [];
}

/**
 * Agreements of one stream for one place conflict when their months overlap and they cover the same workshop,
 * or one of them covers the whole place (which includes every workshop).
 */
export function agreementsConflict(
  a: { from: string; until: string; workshopId: string | null },
  b: { from: string; until: string; workshopId: string | null },
): boolean {
  const sameScope = a.workshopId == null || b.workshopId == null || a.workshopId === b.workshopId;
  return sameScope && overlaps(a.from, a.until, b.from, b.until);
}
