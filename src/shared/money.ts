/** Money helpers over integer euro cents. Never floats for amounts; fractions only as exact ratios. */

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * `amountCents × numerator / denominator`, rounded half up to a whole cent (2.5 → 3, −2.5 → −2), computed
 * exactly in integers. Use it for percentages kept as integer ratios (25% = 2500 / 10000).
 */
export function mulDiv(amountCents: number, numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const twice = 2n * BigInt(amountCents) * BigInt(numerator) + BigInt(denominator);
  return Number(floorDiv(twice, 2n * BigInt(denominator)));
}

/**
 * Splits `totalCents` into parts proportional to `weights` so that the parts add up to the total exactly
 * (largest-remainder method; ties go to the earliest part). Weights are non-negative integers; when all are 0
 * the total is split evenly.
 */
export function allocate(totalCents: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
  if (effective.some((w) => w < 0 || !Number.isSafeInteger(w)))
    throw new RangeError('weights must be non-negative integers');
  const sum = BigInt(effective.reduce((a, b) => a + b, 0));
  const total = BigInt(totalCents);
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const parts = effective.map((w) => (magnitude * BigInt(w)) / sum);
  const remainders = effective.map((w, i) => ({ i, r: (magnitude * BigInt(w)) % sum }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts.map((p) => Number(p * sign));
}

/** Spreads `totalCents` evenly over `count` parts; the cents that do not divide go to the earliest parts. */
export function spreadEvenly(totalCents: number, count: number): number[] {
  return allocate(
    totalCents,
    Array.from({ length: count }, () => 1),
  );
}

/**
 * Largest amount one input may carry, in euro cents: €1,000,000,000.00. Far above any cost, sale or agreement
 * of a place, and small enough that sums over many records stay exact in a JavaScript number.
 */
export const MAX_CENTS = 100_000_000_000;

/**
 * A total that cannot be exact as a JavaScript number. Inputs are bounded by {@link MAX_CENTS}, so reaching it
 * means the data is corrupt or a bug: it is an internal error (logged and masked), never the reader's fault.
 */
export class ImpossibleAmountError extends Error {
  constructor(what: string) {
    super(`${what} exceeds the exact range of an amount in cents.`);
    this.name = 'ImpossibleAmountError';
  }
}

function checked(total: bigint, what: string): number {
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ImpossibleAmountError(what);
  }
  return Number(total);
}

/** The exact sum of amounts in cents, added as bigint; throws {@link ImpossibleAmountError} past 2^53 - 1. */
export function sumCents(values: readonly number[], what = 'A total'): number {
  let total = 0n;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new ImpossibleAmountError(what);
    total += BigInt(value);
  }
  return checked(total, what);
}

/**
 * An amount in cents as PostgreSQL returns a `sum(...)::text` or `bigint` (a string), exactly; throws
 * {@link ImpossibleAmountError} when it does not fit a JavaScript number.
 */
export function centsFromDatabase(
  value: string | number | bigint | null | undefined,
  what = 'A total',
): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return checked(BigInt(value), what);
  if (typeof value === 'string' && !/^-?\d+$/.test(value)) throw new ImpossibleAmountError(what);
  return checked(BigInt(value), what);
}

/** 100% in basis points (1 basis point = 0.01%). */
export const BASIS_POINTS = 10_000;

/** A fraction such as 0.125 as basis points (1250), rounded to the nearest whole basis point. */
export function toBasisPoints(fraction: number): number {
  return Math.round(fraction * BASIS_POINTS);
}

/** Whether a fraction has no more precision than whole basis points (0.1234 yes, 0.12345 no). */
export function isWholeBasisPoints(fraction: number): boolean {
  return Math.abs(fraction * BASIS_POINTS - toBasisPoints(fraction)) <= 1e-6;
}
