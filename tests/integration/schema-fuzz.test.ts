import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, isNonNullType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { createFuzzDatabase, existingIds, tableChecksums } from '../fuzz/database';
import { selectionFor } from '../fuzz/selection';
import { argumentsFor, typeName } from '../fuzz/values';
import { Role, startTestServer, type TestServer } from '../setup/harness';

/**
 * The fuzzer: for every query and mutation of the committed schema, generated arguments (empty, white space,
 * very long, NUL, half characters, zero-width, extreme numbers, bad dates and months, other tenants' ids, bad
 * cursors) as several roles. Never a 500 or an internal error; always a typed error or an answer; and a
 * mutation that answers with an error has written nothing (a checksum of every table before and after).
 *
 * `FUZZ_RUNS` sets the cases per operation (default 4), `FUZZ_SEED` the seed (fixed by default, so that CI is
 * repeatable; `FUZZ_SEED=random` for a new one); a failure names both.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.FUZZ_SEED ?? 20261201);

const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const operations = (['Query', 'Mutation'] as const).flatMap((kind) => {
  const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values((type as GraphQLObjectType).getFields()).map((field) => ({
    kind,
    field: field as GraphQLField<unknown, unknown>,
  }));
});

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: unknown } }[];
  };
}

describe('schema fuzzer', () => {
  let server: TestServer;
  let ids: Record<string, string[]>;
  let viewers: (string | undefined)[];
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await createFuzzDatabase();
    dropDatabase = database.drop;
    server = await startTestServer({
      env: {
        DATABASE_URL: database.url,
        MAX_QUERY_COST: '1000000',
        MAX_QUERY_DEPTH: '20',
        MAX_QUERY_SELECTIONS: '100000',
        MAX_QUERY_TOKENS: '100000',
      },
    });
    ids = await existingIds(server.orm);
    const connection = server.orm.em.getConnection();
    const organisations = await connection.execute<{ id: string }[]>(
      'select id::text as id from organisation order by name limit 3',
    );
    const members = await connection
      .execute<{ id: string; org: string }[]>(
        'select id::text as id, enterprise_id::text as org from member order by id limit 1',
      )
      .catch(() => []);
    const admin = server.token(Role.ADMIN);
    viewers = [
      ...Array.from({ length: 6 }, () => admin),
      undefined,
      ...organisations.flatMap(({ id }) => [
        server.token(Role.ORG_STAFF, id),
        server.token(Role.FUNDER, id),
        server.token(Role.COOP_STAFF, id),
      ]),
      ...members.map(({ id }) => server.token(Role.MEMBER, null, id)),
    ];
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await dropDatabase?.();
  });

  async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  it.each(operations.map((op, index) => [`${op.kind}.${op.field.name}`, op, index] as const))(
    '%s: a typed error or an answer, and nothing written on error',
    async (label, { kind, field }, index) => {
      const selection = selectionFor(field.type);
      const document = (variables: Record<string, unknown>) => {
        const used = field.args.filter((arg) => arg.name in variables);
        const definitions = used.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
        const passed = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        return `${kind === 'Query' ? 'query' : 'mutation'} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
      };
      const property = fc.asyncProperty(
        argumentsFor(field.args, ids),
        fc.constantFrom(...viewers),
        async (variables, token) => {
          const before = kind === 'Mutation' ? await tableChecksums(server.orm) : null;
          const { status, body } = await post(document(variables), variables, token);
          const errors = body.errors ?? [];
          const codes = errors.map((error) => error.extensions?.code);
          if (
            status >= 500 ||
            codes.includes('INTERNAL_SERVER_ERROR') ||
            codes.some((c) => typeof c !== 'string')
          ) {
            throw new Error(`HTTP ${status}, errors ${JSON.stringify(errors)}`);
          }
          if (errors.length === 0) expect(body.data?.[field.name] !== undefined).toBe(true);
          if (before) {
            const payload = body.data?.[field.name] as { errors?: unknown[] } | null | undefined;
            const failed = errors.length > 0 || (payload?.errors?.length ?? 0) > 0;
            if (failed) expect(await tableChecksums(server.orm)).toEqual(before);
          }
        },
      );
      try {
        await fc.assert(property, { numRuns: RUNS, seed: SEED + index, endOnFailure: true });
      } catch (error) {
        throw new Error(
          `${label} failed; reproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} and -t '${label}'.\n${(error as Error).message}`,
        );
      }
    },
    60_000,
  );

  it('covers every operation of the schema', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(
      operations.filter((op) => op.field.args.some((arg) => isNonNullType(arg.type))).length,
    ).toBeGreaterThan(0);
  });
});
