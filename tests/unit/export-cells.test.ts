import fc from 'fast-check';
import { exportLanguage } from '../../src/http/export';
import { cell, euros, safeText } from '../../src/reports';

describe('export cells', () => {
  it('writes cents as euros with two decimals, the decimal sign a comma with the semicolon separator', () => {
    expect(euros(123456)).toBe('1234.56');
    expect(euros(5)).toBe('0.05');
    expect(euros(-5)).toBe('-0.05');
    expect(euros(-100)).toBe('-1.00');
    expect(euros(0, ';')).toBe('0,00');
    expect(euros(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => euros(1.5)).toThrow(RangeError);
  });

  it('reads back to exactly the cents it was written from', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const [whole, decimals] = euros(cents).split('.');
        const sign = whole.startsWith('-') ? -1n : 1n;
        const back = sign * (BigInt(whole.replace('-', '')) * 100n + BigInt(decimals));
        expect(back).toBe(BigInt(cents));
      }),
    );
  });

  it('keeps text that a spreadsheet would run as a formula from being one', () => {
    expect(safeText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(safeText('+31 6')).toBe("'+31 6");
    expect(safeText('@home')).toBe("'@home");
    expect(safeText('De Brug')).toBe('De Brug');
    expect(cell(null, 'cents', ',')).toBe('');
    expect(cell(0.25, 'ratio', ';')).toBe('0,25');
    expect(cell('2026-03', 'month', ';')).toBe('2026-03');
  });

  it('answers in Dutch unless the request prefers English', () => {
    expect(exportLanguage(undefined)).toBe('nl');
    expect(exportLanguage('en')).toBe('en');
    expect(exportLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(exportLanguage('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(exportLanguage('de,en;q=0.5')).toBe('en');
    expect(exportLanguage('fr')).toBe('nl');
    expect(exportLanguage('nl;q=0.2,en;q=0.7')).toBe('en');
  });
});
