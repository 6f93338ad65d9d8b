import { startTestServer, type TestServer } from '../setup/harness';

/** Posts a raw GraphQL request without a token and returns status, headers and the error codes. */
async function post(server: TestServer, query: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return {
    status: response.status,
    headers: response.headers,
    messages: (body.errors ?? []).map((e) => e.message),
    codes: (body.errors ?? []).map((e) => e.extensions.code),
  };
}

/** Each fragment spreads the next one twice: 2^levels copies of the last selection once expanded. */
function doubling(levels: number, on: string, leaf: string, start: string): string {
  let text = start;
  for (let k = 0; k < levels; k += 1) text += ` fragment F${k} on ${on} { ...F${k + 1} ...F${k + 1} }`;
  return `${text} fragment F${levels} on ${on} { ${leaf} }`;
}

describe('documents built to make the limit check slow, sent anonymously', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_QUERY_SELECTIONS: '300', MAX_QUERY_LENGTH: '20000' } });
  });
  afterAll(() => server.stop());

  it.each([
    [
      'fragments doubling on Query (21 levels)',
      doubling(21, 'Query', 'me { role }', 'query { ...F0 }'),
      'QUERY_TOO_COSTLY',
    ],
    [
      'fragments doubling on Query (60 levels)',
      doubling(60, 'Query', 'me { role }', 'query { ...F0 }'),
      'TOO_MANY_ROOT_FIELDS',
    ],
    [
      'fragments doubling on an object type',
      doubling(
        40,
        'Place',
        'workshops { id }',
        '{ place(id: "00000000-0000-4000-8000-000000000000") { ...F0 } }',
      ),
      'QUERY_TOO_COSTLY',
    ],
    [
      'inline fragments fanning out through fragments',
      Array.from(
        { length: 40 },
        (_, k) => `fragment F${k} on Query { ... on Query { ...F${k + 1} } ... { ...F${k + 1} } }`,
      ).join(' ') + ' fragment F40 on Query { organisations { id } } query { ...F0 }',
      'QUERY_TOO_COSTLY',
    ],
    ['a huge flat document', `{ ${'me { role } '.repeat(1000)} }`, 'QUERY_TOO_COMPLEX'],
  ])('refuses %s with its code, before any SQL', async (_shape, query, code) => {
    const { result, statements } = await server.countStatements(() => post(server, query));
    expect(result.status).toBe(400);
    expect(result.codes).toContain(code);
    expect(result.messages.join(' ')).toMatch(/at most|above the limit/);
    expect(statements).toEqual([]);
  });

  it('stops parsing at the token budget and refuses overlong text before parsing', async () => {
    const tokens = await post(server, `{ ${'me { role } '.repeat(1300)} }`);
    expect(tokens).toMatchObject({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(tokens.messages[0]).toMatch(/5000 tokens/);
    const long = await post(server, `{ me { role } }${' '.repeat(20_001)}`);
    expect(long).toMatchObject({ status: 400, codes: ['QUERY_TOO_LARGE'] });
    expect(long.messages[0]).toMatch(/at most 20000/);
  });

  it('still answers an ordinary query', async () => {
    expect(await post(server, '{ me { role } }')).toMatchObject({ status: 200, codes: [] });
  });
});

describe('per-address limit before parsing', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE: '3' } });
  });
  afterAll(() => server.stop());

  it('answers 429 once the address used its requests, even for text that does not parse', async () => {
    for (let i = 0; i < 3; i += 1) expect((await post(server, '{ me { role } }')).status).toBe(200);
    const { result, statements } = await server.countStatements(() => post(server, '{ not graphql'));
    expect(result).toMatchObject({ status: 429, codes: ['RATE_LIMITED'] });
    expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(statements).toEqual([]);
  });
});
