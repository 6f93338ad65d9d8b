/**
 * An amount in whole euro cents written in euros with exactly two decimals, by integer arithmetic (never through
 * a float): `1234` → `12.34`, `-5` → `-0.05`; the decimal sign is `.` or, for Dutch readers, `,`.
 */
export function euros(cents: number, decimalSign: '.' | ',' = '.'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('An amount must be a whole number of cents.');
  const whole = BigInt(cents);
  const magnitude = whole < 0n ? -whole : whole;
  const decimals = String(magnitude % 100n).padStart(2, '0');
  return `${whole < 0n ? '-' : ''}${magnitude / 100n}${decimalSign}${decimals}`;
}
