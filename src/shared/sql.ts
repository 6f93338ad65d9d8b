/** `?, ?, ?` for a list of bindings in hand-written SQL. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
