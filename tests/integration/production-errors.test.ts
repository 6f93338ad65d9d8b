import { startTestServer, type TestServer } from '../setup/harness';

async function post(server: TestServer, query: string, variables?: object) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
}

const TYPO_FIELD = '{ placez(first: 1) { totalCount } }';
const TYPO_ENUM = 'query($r: Role!) { userAccounts(first: 1, role: $r) { totalCount } }';

/** Production answers without schema hints; development keeps them (they help while building a client). */
describe.each([
  ['production', true],
  ['development', false],
])('errors with NODE_ENV=%s', (nodeEnv, hidden) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: nodeEnv } });
  });
  afterAll(() => server.stop());

  it(hidden ? 'suggest no field or enum names' : 'suggest field and enum names', async () => {
    const field = await post(server, TYPO_FIELD);
    const value = await post(server, TYPO_ENUM, { r: 'ADMINN' });
    const messages = [...(field.errors ?? []), ...(value.errors ?? [])].map((e) => e.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      if (hidden) {
        expect(message).not.toMatch(/Did you mean/);
        expect(message).not.toMatch(/"places"|"ADMIN"/);
      } else expect(message).toMatch(/Did you mean/);
    }
  });
});
