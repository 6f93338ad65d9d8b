import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ImpossibleAmountError, MAX_CENTS } from './money';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date or month may fall in, both inclusive. Outside them nothing in this domain makes sense, and
 * keeping a margin from year 9999 keeps every date helper's arithmetic inside four-digit years.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** True for a year inside the supported range ({@link MIN_YEAR}-{@link MAX_YEAR}). */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30) in the years 1900-2199. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  if (!isSupportedYear(y)) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(
      `Date must be a calendar date written YYYY-MM-DD, in the years ${MIN_YEAR}-${MAX_YEAR} (got ${JSON.stringify(value)}).`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

/** A calendar date without time or zone, `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD, in the years 1900-2199.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Reads an amount a client sends: whole cents, at most {@link MAX_CENTS} either way. */
function parseCents(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > MAX_CENTS) {
    throw new GraphQLError(
      `Cents must be a whole number of euro cents between -${MAX_CENTS} and ${MAX_CENTS} (got ${JSON.stringify(value)}).`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/**
 * Writes an amount the server computed. Totals may exceed {@link MAX_CENTS} but must be exact: anything else is a
 * bug or corrupt data, so it fails as an internal error (a plain Error), not as the reader's bad input.
 */
function serializeCents(value: unknown): number {
  const number = typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new ImpossibleAmountError('An amount in an answer');
  }
  return number;
}

/**
 * Money: whole euro cents as a JSON integer (GraphQL Int stops at about €21 million). An input is at most
 * €1,000,000,000.00 either way; a computed total is exact up to 2^53 - 1.
 */
export const CentsScalar = new GraphQLScalarType<number, number>({
  name: 'Cents',
  description:
    'An amount of money in whole euro cents (1234 is €12.34), as a JSON integer. Inputs lie between ' +
    '-100000000000 and 100000000000 (€1,000,000,000.00); computed totals are exact up to 2^53 - 1.',
  serialize: serializeCents,
  parseValue: parseCents,
  parseLiteral: (ast: ValueNode) => parseCents(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parseMonth(value: unknown): string {
  if (typeof value !== 'string' || !MONTH.test(value)) {
    throw new GraphQLError(`Month must be written YYYY-MM (got ${JSON.stringify(value)}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar month, `YYYY-MM`. */
export const MonthScalar = new GraphQLScalarType<string, string>({
  name: 'Month',
  description: 'A calendar month, written YYYY-MM (2026-03 is March 2026).',
  serialize: parseMonth,
  parseValue: parseMonth,
  parseLiteral: (ast: ValueNode) => parseMonth(ast.kind === Kind.STRING ? ast.value : undefined),
});
