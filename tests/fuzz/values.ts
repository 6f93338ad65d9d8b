import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

/** Ids that exist in the fuzz database, per table, so that generated input reaches past "not found". */
export type IdPool = Record<string, string[]>;

/** `placeId` → ids of `place`; `agreementId` → ids of `funding_agreement`; otherwise any table's. */
function idsNamed(name: string, pool: IdPool): string[] {
  const base = name
    .replace(/Ids?$/, '')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replace(/^_/, '');
  const tables = Object.keys(pool).filter((table) => table === base || table.endsWith(`_${base}`));
  const ids = (tables.length ? tables : Object.keys(pool)).flatMap((table) => pool[table]);
  return ids;
}

/** Strings a hostile client sends: empty, white space only, very long, NUL, half characters, zero-width. */
const HOSTILE_TEXT = [
  '',
  ' ',
  '\t\u00a0\u2003\u3000',
  '\u200b\u200c\u200d\u2060\ufeff',
  'x'.repeat(10_000),
  'De\u0000Brug',
  '\u0000',
  'half \ud83d character',
  '\ude00',
  'Cafe\u0301',
  'DE\u00a0BRUG',
  "'; drop table place; --",
  '%_\\',
  '<script>alert(1)</script>',
  '😀'.repeat(300),
  '\n\n\n',
];

const PLAIN_TEXT = ['De Brug', 'Eet', 'Noor', 'GM0935', 'Maastricht', 'a', 'Werkplaats 1'];

const DATES = [
  '2026-11-30',
  '2026-12-07',
  '2026-12-14',
  '2026-12-01',
  '2027-01-04',
  '2025-01-01',
  '1900-01-01',
  '2199-12-31',
  '9999-12-31',
  '0100-01-01',
  '1899-12-31',
  '2200-01-01',
  '2026-02-30',
  '2026-13-01',
  '26-1-1',
  'today',
];

const MONTHS = [
  '2026-11',
  '2026-12',
  '2027-01',
  '1900-01',
  '2199-12',
  '9999-12',
  '0001-01',
  '2026-00',
  '2026-13',
  'x',
];

const TIMES = ['09:00', '13:00', '17:00', '00:00', '23:59', '24:00', '9:00', '13:60', 'noon'];

const INTS = [0, 1, 2, -1, 7, 12, 100, 101, 500, 501, 2 ** 31 - 1, -(2 ** 31)];

const CENTS = [0, 1, -1, 1250, 100_000_000_000, 100_000_000_001, -100_000_000_001, 2 ** 53 - 1, 2 ** 53, 1.5];

const FLOATS = [0, 0.5, -1, 1e308, -1e308, 1e-320, 100, 10000];

/** Not ids of anything: a random uuid, a uuid of the wrong shape, garbage, and a cursor-like value. */
const FOREIGN_IDS = [
  '00000000-0000-4000-8000-000000000000',
  '7f0c2a1e-4b5d-4c3e-9a8b-1c2d3e4f5a6b',
  'not-an-id',
  '',
  'WyJEZSBCcnVnIiwiMSJd',
  '\u0000',
];

/** Cursors a client might make up: base64 of a sort key, of a bad id, of garbage, and plain garbage. */
const CURSORS = [
  Buffer.from(JSON.stringify(['Noor', 'not-an-id'])).toString('base64url'),
  Buffer.from(JSON.stringify(['Noor', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
  Buffer.from('c1:00000000-0000-4000-8000-000000000000').toString('base64url'),
  Buffer.from('{"a":').toString('base64url'),
  '!!!',
  '',
  'x'.repeat(5000),
];

/** The name of a String argument says what kind of text it carries. */
function stringFor(name: string, ids: IdPool, bad: number): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  const hostile = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.fullUnicodeString({ maxLength: 40 }));
  if (lower === 'after' || lower.endsWith('cursor')) return fc.constantFrom(...CURSORS);
  if (/month$|^(from|to|until|since)$/.test(lower))
    return mix(fc.constantFrom(...MONTHS.slice(0, 3)), fc.constantFrom(...MONTHS, ...HOSTILE_TEXT), bad);
  if (/time$/.test(lower)) return mix(fc.constantFrom(...TIMES.slice(0, 3)), fc.constantFrom(...TIMES), bad);
  if (/id$|ids$/.test(lower)) return idFor(name, ids, bad);
  const plain = fc
    .constantFrom(...PLAIN_TEXT)
    .chain((text) => fc.hexaString({ minLength: 4, maxLength: 4 }).map((tag) => `${text} ${tag}`));
  return mix(plain, hostile, bad);
}

function idFor(name: string, pool: IdPool, bad: number): fc.Arbitrary<string> {
  const ids = idsNamed(name, pool);
  return ids.length
    ? mix(fc.constantFrom(...ids), fc.constantFrom(...FOREIGN_IDS), bad)
    : fc.constantFrom(...FOREIGN_IDS);
}

/** An arbitrary for one value of `type`, named `name` (the name hints at months, times, ids and cursors). */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  ids: IdPool,
  bad: number,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, name, ids, bad, depth);
  if (isListType(type)) {
    return fc.array(valueFor(type.ofType, name, ids, bad, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  }
  if (isEnumType(type)) {
    return mix(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'), bad);
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const field of fields) {
      record[field.name] = fieldValue(field.type, field.name, ids, bad, depth + 1);
      if (isNonNullType(field.type)) required.push(field.name);
    }
    return fc.record(record, { requiredKeys: required });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return idFor(name, ids, bad);
      case 'String':
        return stringFor(name, ids, bad);
      case 'Int':
        return mix(fc.integer({ min: 1, max: 30 }), fc.constantFrom(...INTS), bad);
      case 'Float':
        return mix(fc.constantFrom(0.25, 0.5, 1), fc.constantFrom(...FLOATS), bad);
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return mix(fc.constantFrom(...DATES.slice(0, 5)), fc.constantFrom(...DATES), bad);
      case 'Cents':
        return mix(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...CENTS), bad);
      default:
        return fc.oneof(fc.constantFrom(...DATES), fc.constantFrom(...HOSTILE_TEXT), fc.integer());
    }
  }
  return fc.constant(null);
}

/** A nullable value is sometimes null (or left out), a required one never. */
function fieldValue(
  type: GraphQLInputType,
  name: string,
  ids: IdPool,
  bad: number,
  depth: number,
): fc.Arbitrary<unknown> {
  const value = valueFor(type, name, ids, bad, depth);
  return isNonNullType(type)
    ? value
    : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** Variables for every argument of one field: required ones always, optional ones often. */
export function argumentsFor(
  args: readonly GraphQLArgument[],
  ids: IdPool,
): fc.Arbitrary<Record<string, unknown>> {
  // Mostly plausible input with now and then one hostile value, so that cases get past the first check and
  // reach the services and the database; sometimes hostile all over.
  const withBad = (bad: number) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const arg of args) {
      record[arg.name] = fieldValue(arg.type, arg.name, ids, bad, 0);
      if (isNonNullType(arg.type)) required.push(arg.name);
    }
    return fc.record(record, { requiredKeys: required });
  };
  return fc.oneof({ weight: 3, arbitrary: withBad(1) }, { weight: 1, arbitrary: withBad(8) });
}

/** Mostly `good`, with weight `bad` out of 16 something hostile. */
function mix<T>(good: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>, bad: number): fc.Arbitrary<T> {
  return fc.oneof({ weight: 16 - bad, arbitrary: good }, { weight: bad, arbitrary: hostile });
}

/** The type of an argument as written in a variable definition (`[String!]!`). */
export function typeName(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeName(type.ofType)}!`;
  if (isListType(type)) return `[${typeName(type.ofType)}]`;
  return getNamedType(type).name;
}
