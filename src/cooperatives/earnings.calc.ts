import { allocate } from '../shared/money';

/** Pure helpers that turn recorded revenue and costs into each member's net earnings, in integer cents. */

/** A member's share of an enterprise in basis points (10000 = 100%). */
export interface ShareData {
  memberId: string;
  basisPoints: number;
}

/** Net earnings of an enterprise in a month: revenue minus declared costs, never below 0. */
export function netEarnings(revenueCents: number, costsCents: number): number {
  return Math.max(0, revenueCents - costsCents);
}

/** Splits a net result by the shares so that the parts add up to it exactly (largest remainder). */
export function allocateByShares(totalCents: number, shares: ShareData[]): Map<string, number> {
  const parts = allocate(
    totalCents,
    shares.map((share) => share.basisPoints),
  );
  return new Map(shares.map((share, index) => [share.memberId, parts[index]]));
}
