import type { ScaleShape } from './scale.sql';

/** The first Monday of the generated year and how many of its weeks lie in the past (fixed, so runs repeat). */
export const FIRST_MONDAY = '2026-01-05';
export const PAST_WEEKS = 46;

/**
 * Rows per municipality for a scale: 1 is one municipality of 40 places; 10 adds nine more of the same size
 * (other tenants); a scale below 1 shrinks the one municipality (tests use a tiny scale).
 */
export function shapesFor(scale: number): ScaleShape[] {
  if (!(scale > 0) || scale > 100) throw new RangeError('--scale must be above 0 and at most 100');
  const f = Math.min(scale, 1);
  const count = Math.max(1, Math.floor(scale));
  const small = f < 1;
  return Array.from({ length: count }, (_, i) => ({
    m: i + 1,
    places: Math.max(2, Math.round(40 * f)),
    workshopsPerPlace: Math.max(2, Math.round(10 * f)),
    slotsPerWorkshop: 3,
    weeks: small ? 4 : 52,
    pastWeeks: small ? 2 : PAST_WEEKS,
    participants: Math.max(12, Math.round(2000 * f)),
    operators: Math.max(1, Math.round(8 * f)),
    members: Math.max(3, Math.round(300 * f)),
    firstMonday: FIRST_MONDAY,
  }));
}

/** Deterministic ids of generated rows that the benchmark addresses (same md5 keys as the SQL). */
export const scaleKeys = {
  municipality: (m: number) => `m${m}`,
  place: (m: number, p: number) => `p${m}:${p}`,
  funder: (m: number) => `o${m}:gemeente`,
  operator: (m: number, o: number) => `o${m}:${o}`,
  cooperative: (m: number) => `o${m}:coop`,
};
