/**
 * How values are written in a spreadsheet export: pure functions, no I/O. Amounts come as integer euro cents
 * and are written in euros with exactly two decimals by integer arithmetic (never through a float); with the
 * semicolon separator (Dutch Excel) the decimal sign is a comma, as Dutch Excel reads it.
 */

import { euros as formatEuros } from '../shared/euros';

/** The field separator of a file: comma (RFC 4180), or semicolon for spreadsheets set to Dutch. */
export type Separator = ',' | ';';

/** What a column holds, which decides how a value is written. */
export type CellKind = 'text' | 'id' | 'int' | 'cents' | 'ratio' | 'month' | 'date';

/** `1234` → `12.34`, `-5` → `-0.05`; the decimal sign is a comma when the separator is a semicolon. */
export function euros(cents: number, separator: Separator = ','): string {
  return formatEuros(cents, decimalSign(separator));
}

function decimalSign(separator: Separator): '.' | ',' {
  return separator === ';' ? ',' : '.';
}

/**
 * Text that a spreadsheet would run as a formula (it starts with = + - @ or a tab or carriage return) gets a
 * leading apostrophe, so that a name typed into the platform can never become a formula on someone's machine.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One cell: null and undefined are empty; everything else per its column's kind. */
export function cell(value: unknown, kind: CellKind, separator: Separator): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'cents':
      return euros(Number(value), separator);
    case 'ratio':
      return String(Number(value)).replace('.', decimalSign(separator));
    case 'int':
      return String(Number(value));
    case 'text':
      return safeText(String(value));
    case 'id':
    case 'month':
    case 'date':
      return String(value);
  }
}
