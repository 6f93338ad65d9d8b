import fc from 'fast-check';
import {
  hasVisibleCharacter,
  isSingleLine,
  nameKey,
  normaliseText,
  textProblem,
} from '../../src/shared/text';

const ok = (value: string) => {
  const result = normaliseText(value);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
};

describe('the text pipeline', () => {
  it('refuses NUL and lone surrogates, and accepts a whole surrogate pair', () => {
    expect(normaliseText('De\u0000Brug')).toEqual({ ok: false, reason: expect.stringMatching(/NUL/) });
    expect(normaliseText('De \uD83D Brug').ok).toBe(false);
    expect(normaliseText('De \uDE00 Brug').ok).toBe(false);
    expect(normaliseText('\uDE00\uD83D').ok).toBe(false);
    expect(ok('De Brug \uD83D\uDE00')).toBe('De Brug 😀');
  });

  it('normalises to NFC', () => {
    expect(ok('Cafe\u0301')).toBe('Café');
    expect(ok('Cafe\u0301')).toBe(ok('Caf\u00e9'));
  });

  it('trims and collapses every kind of white space into one space', () => {
    expect(ok('  De\u00a0\u00a0Brug\t ')).toBe('De Brug');
    expect(ok('De\u2003Brug\u3000Maastricht')).toBe('De Brug Maastricht');
    expect(ok('\u00a0\u2009')).toBe('');
  });

  it('keeps one line break where a run of white space held one', () => {
    expect(ok('Regel een \r\n\r\n  regel twee ')).toBe('Regel een\nregel twee');
    expect(isSingleLine(ok('a\u2028b'))).toBe(false);
    expect(isSingleLine(ok('a b'))).toBe(true);
  });

  it('tells visible text from zero-width and format marks', () => {
    expect(hasVisibleCharacter('\u200b\u200c\u200d\u2060\ufeff')).toBe(false);
    expect(hasVisibleCharacter(ok('\u00a0\u200b '))).toBe(false);
    expect(hasVisibleCharacter('\u200bA')).toBe(true);
    expect(hasVisibleCharacter('€')).toBe(true);
    expect(hasVisibleCharacter('7')).toBe(true);
  });

  it('compares names without case and with white space and composition normalised', () => {
    expect(nameKey('De Brug')).toBe(nameKey('de\u00a0BRUG '));
    expect(nameKey('Café')).toBe(nameKey('CAFE\u0301'.toLowerCase()));
  });

  it('is idempotent and never leaves white space at the ends or doubled (property)', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString({ maxLength: 60 }), (raw) => {
        const result = normaliseText(raw);
        if (!result.ok) return;
        expect(normaliseText(result.value)).toEqual(result);
        expect(result.value).not.toMatch(/^\s|\s$/u);
        expect(result.value).not.toMatch(/[ \n]{2}/);
        expect(result.value).toBe(result.value.normalize('NFC'));
      }),
    );
  });

  it('refuses exactly the strings PostgreSQL or UTF-8 cannot carry (property)', () => {
    fc.assert(
      fc.property(fc.string16bits({ maxLength: 30 }), (raw) => {
        const storable = !raw.includes('\u0000') && Buffer.from(raw, 'utf8').toString('utf8') === raw;
        expect(textProblem(raw) === null).toBe(storable);
      }),
      { numRuns: 2000 },
    );
  });
});
