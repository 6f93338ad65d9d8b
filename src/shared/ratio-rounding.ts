/** Decimals every ratio and share in the API is rounded to. */
export const RATIO_DECIMALS = 4;

/**
 * The one rounding rule for ratios and shares the API answers (attendance rate, occupancy, coverage, share of
 * funding): four decimals, halves away from zero (0.75714556 → 0.7571, 0.00005 → 0.0001). The figures they are
 * computed from (cents, day parts) stay exact; only the quotient is rounded. Null stays null.
 */
export function roundRatio(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return value;
  const factor = 10 ** RATIO_DECIMALS;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}
