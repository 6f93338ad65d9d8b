import fc from 'fast-check';
import { centsFromDatabase, ImpossibleAmountError, MAX_CENTS, sumCents } from '../../src/shared/money';
import { CentsScalar } from '../../src/shared/scalars';

describe('amount inputs are bounded', () => {
  it('accepts up to MAX_CENTS either way and refuses one cent more as bad input', () => {
    expect(CentsScalar.parseValue(MAX_CENTS)).toBe(MAX_CENTS);
    expect(CentsScalar.parseValue(-MAX_CENTS)).toBe(-MAX_CENTS);
    expect(() => CentsScalar.parseValue(MAX_CENTS + 1)).toThrow(/between/);
    expect(() => CentsScalar.parseValue(Number.MAX_SAFE_INTEGER)).toThrow(/between/);
    expect(() => CentsScalar.parseValue(1.5)).toThrow(/whole number/);
  });

  it('an answer with an inexact amount is an internal error, not the reader’s bad input', () => {
    expect(CentsScalar.serialize(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => CentsScalar.serialize(2 ** 53)).toThrow(ImpossibleAmountError);
    expect(CentsScalar.serialize('123')).toBe(123);
  });
});

describe('sums of cents', () => {
  it('are exact, whatever the order (property)', () => {
    const amount = fc.integer({ min: -MAX_CENTS, max: MAX_CENTS });
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (values) => {
        const exact = values.reduce((a, b) => a + BigInt(b), 0n);
        expect(BigInt(sumCents(values))).toBe(exact);
        expect(sumCents([...values].reverse())).toBe(sumCents(values));
      }),
    );
  });

  it('throw an internal error instead of losing a cent past 2^53 - 1', () => {
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(ImpossibleAmountError);
    expect(sumCents([Number.MAX_SAFE_INTEGER, 1, -1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => centsFromDatabase('9007199254740993')).toThrow(ImpossibleAmountError);
    expect(centsFromDatabase('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(centsFromDatabase(null)).toBe(0);
    expect(() => centsFromDatabase('12.5')).toThrow(ImpossibleAmountError);
  });
});
