import { Writable } from 'node:stream';
import pino from 'pino';
import { PlacesDocument } from '../generated/graphql';
import { startTestServer, topLevelErrors, type TestServer } from '../setup/harness';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 404 elsewhere, 400 for broken JSON and 413 above the body limit', async () => {
    expect((await fetch(server.url.replace('/graphql', '/nope'))).status).toBe(404);
    expect((await post(server.url, '{"query":')).status).toBe(400);
    const huge = JSON.stringify({ query: `{ municipalities { id } } # ${'x'.repeat(2 * 1024 * 1024)}` });
    expect((await post(server.url, huge)).status).toBe(413);
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ municipalities { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses an expired or foreign token on any operation', async () => {
    const errors = await topLevelErrors(server.client('eyJhbGciOiJub25lIn0.e30.'), PlacesDocument, {
      first: 1,
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
  });
});

describe('health when the database is gone', () => {
  it('answers /healthz with 503', async () => {
    const server = await startTestServer();
    await server.orm.close(true);
    const response = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(503);
    await server.stop();
  });
});

describe('production mode', () => {
  let server: TestServer;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    server = await startTestServer({
      env: { NODE_ENV: 'production' },
      logger: pino({ level: 'info' }, sink),
    });
  });
  afterAll(() => server.stop());

  it('turns off introspection and the landing page', async () => {
    const { status, text } = await post(
      server.url,
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
    );
    expect(status).toBe(400);
    expect(text).toContain('introspection');
    const landing = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('<html');
  });

  it('masks unexpected errors: no SQL or stack for the client, a request id in both answer and log', async () => {
    const em = server.orm.em.getConnection();
    // Make the next places query fail inside PostgreSQL, as an outage or a bug would.
    const original = em.execute.bind(em);
    const spy = jest
      .spyOn(em, 'execute')
      .mockImplementation(async (...args: Parameters<typeof em.execute>) => {
        if (String(args[0]).includes('from "place"'))
          throw new Error('relation "place" does not exist at select * from "place"');
        return original(...args);
      });
    try {
      const { text } = await post(
        server.url,
        JSON.stringify({ query: '{ places(first: 1) { edges { node { id } } } }' }),
        {
          'x-request-id': 'test-request-42',
        },
      );
      const body = JSON.parse(text);
      expect(body.errors[0].extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'test-request-42',
      });
      expect(text).not.toMatch(/select|relation|stack|at \//i);
      const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error');
      expect(logged).toMatchObject({ requestId: 'test-request-42' });
    } finally {
      spy.mockRestore();
    }
  });
});
