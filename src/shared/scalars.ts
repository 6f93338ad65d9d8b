import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(
      `Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)}).`,
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
  description: 'A calendar date without time or time zone, written YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseCents(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError(`Cents must be a whole number of euro cents (got ${JSON.stringify(value)}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Money: whole euro cents as a JSON integer, safe up to 2^53 (GraphQL Int stops at about €21 million). */
export const CentsScalar = new GraphQLScalarType<number, number>({
  name: 'Cents',
  description: 'An amount of money in whole euro cents (1234 is €12.34), as a JSON integer up to 2^53 - 1.',
  serialize: (value) => parseCents(typeof value === 'string' ? Number(value) : value),
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
