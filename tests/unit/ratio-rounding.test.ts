import fc from 'fast-check';
import { roundRatio } from '../../src/shared/ratio-rounding';

describe('roundRatio: the one rounding rule for ratios and shares', () => {
  it('rounds to four decimals, halves away from zero, and keeps null', () => {
    expect(roundRatio(0.7571455612341472)).toBe(0.7571);
    expect(roundRatio(2 / 3)).toBe(0.6667);
    expect(roundRatio(0.00005)).toBe(0.0001);
    expect(roundRatio(-0.00005)).toBe(-0.0001);
    expect(roundRatio(1)).toBe(1);
    expect(roundRatio(null)).toBeNull();
  });

  it('never moves a value by more than half the last decimal, and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (value) => {
        const rounded = roundRatio(value)!;
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.00005 + 1e-9);
        expect(roundRatio(rounded)).toBe(rounded);
      }),
    );
  });
});
