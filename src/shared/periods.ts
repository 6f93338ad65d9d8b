/**
 * Whether two inclusive ranges overlap; a null end is open. Works for `YYYY-MM` months and `YYYY-MM-DD` dates
 * alike (both sort as text). The one overlap test of rule versions, agreements and enrolments.
 */
export function overlaps(
  aFrom: string,
  aUntil: string | null | undefined,
  bFrom: string,
  bUntil: string | null | undefined,
): boolean {
  return (aUntil == null || bFrom <= aUntil) && (bUntil == null || aFrom <= bUntil);
}
