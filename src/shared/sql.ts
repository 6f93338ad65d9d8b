/** `?, ?, ?` for a list of bindings in hand-written SQL. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Is `error` PostgreSQL refusing a write because of the named constraint (unique, exclusion, check)? */
export function violatesConstraint(error: unknown, constraint: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { constraint?: unknown }).constraint === constraint &&
    ['23505', '23P01', '23514'].includes(String((error as { code?: unknown }).code))
  );
}
