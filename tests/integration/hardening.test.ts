import { Role, startTestServer, type TestServer } from '../setup/harness';

const ORG = '7f0c2a1e-4b5d-4c3e-9a8b-1c2d3e4f5a6b';

/** Posts a raw GraphQL request and returns status, headers and the parsed body. */
async function post(server: TestServer, query: string, token?: string, variables?: object) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return {
    status: response.status,
    headers: response.headers,
    body,
    codes: (body.errors ?? []).map((e) => e.extensions.code),
  };
}

describe('query limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '1000', MAX_ALIASES: '3', MAX_ROOT_FIELDS: '4' },
    });
  });
  afterAll(() => server.stop());

  it.each([
    [
      'too deep',
      '{ places(first: 1) { edges { node { workshops { place { workshops { place { name } } } } } } } }',
      'QUERY_TOO_DEEP',
    ],
    [
      'too costly',
      '{ places(first: 100) { edges { node { workshops { place { organisation { name } } } } } } }',
      'QUERY_TOO_COSTLY',
    ],
    [
      'too many aliases',
      '{ a: municipalities { id } b: municipalities { id } c: municipalities { id } d: municipalities { id } }',
      'TOO_MANY_ALIASES',
    ],
    [
      'too many root fields',
      '{ municipalities { id } organisations { id } places(first: 1) { totalCount } me { role } m: municipalities { id } }',
      'TOO_MANY_ROOT_FIELDS',
    ],
    [
      'too many operations',
      'query A { me { role } } query B { me { role } } query C { me { role } } query D { me { role } } query E { me { role } }',
      'TOO_MANY_OPERATIONS',
    ],
  ])('refuses a query that is %s with a clear code, before any SQL', async (_what, query, code) => {
    const { result, statements } = await server.countStatements(() =>
      post(server, query, server.token(Role.ADMIN)),
    );
    expect(result.status).toBe(400);
    expect(result.codes).toContain(code);
    expect(result.body.errors![0].message).toMatch(/at most|above the limit/);
    expect(statements).toEqual([]);
  });

  it('counts a page size given as a variable as the cap while validating', async () => {
    // 1 + 100 × (edges + node + workshops + 20 × place) = 2401 with $n unknown, over the limit of 1000.
    const query = 'query($n: Int!) { places(first: $n) { edges { node { workshops { place { name } } } } } }';
    expect((await post(server, query, undefined, { n: 2 })).codes).toEqual(['QUERY_TOO_COSTLY']);
    const small = 'query($n: Int!) { places(first: $n) { edges { node { workshops { name } } } } }';
    expect(await post(server, small, undefined, { n: 2 })).toMatchObject({ status: 200, codes: [] });
  });

  it('keeps the page size cap', async () => {
    const { codes } = await post(server, '{ places(first: 101) { totalCount } }');
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });
});

describe('rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { RATE_LIMIT_PER_MINUTE: '2', RATE_LIMIT_PER_IP_PER_MINUTE: '5', EXPENSIVE_QUERY_COST: '50' },
    });
  });
  afterAll(() => server.stop());

  const mutation = 'mutation { createMunicipality(input: { name: "", code: "x" }) { errors { code } } }';

  it('answers 429 RATE_LIMITED with Retry-After once a token used its mutations, before any SQL', async () => {
    const token = server.token(Role.ADMIN);
    for (let i = 0; i < 2; i += 1) expect((await post(server, mutation, token)).status).toBe(200);
    const { result, statements } = await server.countStatements(() => post(server, mutation, token));
    expect(result.status).toBe(429);
    expect(result.codes).toEqual(['RATE_LIMITED']);
    expect(result.body.errors![0].message).toMatch(/Too many requests.*Try again in \d+ s/);
    expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(statements).toEqual([]);
    // Cheap queries are not counted.
    expect((await post(server, '{ me { role } }', token)).status).toBe(200);
  });

  it('counts expensive queries, and limits an address across tokens', async () => {
    const expensive = '{ places(first: 100) { edges { node { name } } } }';
    const other = server.token(Role.FUNDER, ORG);
    // The address used 3 of its 5 in the test above; this token may do 2.
    expect((await post(server, expensive, other)).status).toBe(200);
    expect((await post(server, expensive, other)).status).toBe(200);
    const staff = server.token(Role.ORG_STAFF, ORG);
    expect((await post(server, expensive, staff)).status).toBe(200);
    // staff has used 1 of its 2, but the address all of its 5.
    const refused = await post(server, expensive, staff);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('12');
  });
});
