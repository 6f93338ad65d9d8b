import fc from 'fast-check';
import { allocate, mulDiv, spreadEvenly } from '../../src/shared/money';

describe('mulDiv', () => {
  it('rounds half up to whole cents', () => {
    expect(mulDiv(60000, 2500, 10000)).toBe(15000);
    expect(mulDiv(1, 1, 2)).toBe(1);
    expect(mulDiv(-1, 1, 2)).toBe(0);
    expect(mulDiv(3, 1, 3)).toBe(1);
    expect(mulDiv(5, 1, 3)).toBe(2);
    expect(mulDiv(2 ** 52, 3, 2)).toBe(3 * 2 ** 51);
  });
});

describe('allocate', () => {
  it('spreads a lump sum with the odd cents on the earliest parts', () => {
    expect(spreadEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(spreadEvenly(-1000, 3)).toEqual([-334, -333, -333]);
    expect(allocate(100, [1, 1, 2])).toEqual([25, 25, 50]);
    expect(allocate(7, [0, 0])).toEqual([4, 3]);
  });

  it('never creates or loses a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every(Number.isSafeInteger)).toBe(true);
          if (total >= 0) expect(parts.every((p) => p >= 0)).toBe(true);
        },
      ),
    );
  });
});
