/**
 * Exact non-float fractions over bigint, for amounts that must be rounded once, at the end (the cost-sharers'
 * norm divides by the number of cost-sharers, which no fixed number of decimals represents: 1.3 / 3).
 * A ratio is always reduced, with a positive denominator.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function toBig(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  return BigInt(value);
}

/** `num / den` as a reduced ratio; `den` must not be 0. */
export function ratio(num: number | bigint, den: number | bigint = 1n): Ratio {
  let n = toBig(num);
  let d = toBig(den);
  if (d === 0n) throw new RangeError('denominator must not be 0');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0n) throw new RangeError('division by 0');
  return ratio(a.num * b.den, a.den * b.num);
}

/** −1, 0 or 1 as `a` is smaller than, equal to or larger than `b`. */
export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Ratio, b: Ratio): boolean {
  return a.num === b.num && a.den === b.den;
}

/**
 * Rounds half up (towards +∞ on a tie: 2.5 → 3, −2.5 → −2) to a whole number, the same convention as
 * `mulDiv` in shared/money; returns a safe integer or throws.
 */
export function roundHalfUp(value: Ratio): number {
  const twice = 2n * value.num + value.den;
  const den = 2n * value.den;
  let q = twice / den;
  if (twice % den !== 0n && twice < 0n) q -= 1n;
  const result = Number(q);
  if (!Number.isSafeInteger(result)) throw new RangeError('result is not a safe integer');
  return result;
}
