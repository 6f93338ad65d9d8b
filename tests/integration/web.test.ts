import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../setup/harness';

/** A stand-in for the built web app, so that these tests do not need a Vite build. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meedoen-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>app</title><script src="/assets/app-abc123.js"></script>',
  );
  writeFileSync(join(dir, 'explorer.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  return dir;
}

const SIGN_IN =
  '{ signInOptions { demoAccounts { key role organisationName memberName token } oidc { issuer } } }';

interface SignInOptions {
  signInOptions: {
    demoAccounts: {
      key: string;
      role: string;
      organisationName: string | null;
      memberName: string | null;
      token: string;
    }[];
    oidc: { issuer: string } | null;
  };
}

describe('web app and explorer outside production', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { WEB_DIST_DIR: fakeBuild() } });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server.stop());

  it('serves the app at / and at its routes, revalidated; hashed assets cached for a year, gzipped', async () => {
    for (const path of ['/', '/mijn-geld', '/plek']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain('<title>app</title>');
    }
    const asset = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const etag = asset.headers.get('etag')!;
    const again = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('sends gzip to clients that take it', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(gunzipSync(body.bytes).toString()).toContain('console.log');
  });

  it('answers an unknown page with 404: the app for a browser, JSON otherwise', async () => {
    const page = await fetch(`${base}/nope`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<title>app</title>');
    const api = await fetch(`${base}/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('answers 404 for missing files and never serves files outside the build folder', async () => {
    expect((await fetch(`${base}/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2f..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('opens the explorer for a browser at GET /graphql and leaves API requests to Apollo', async () => {
    const explorer = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('<title>explorer</title>');
    const query = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lists the demo users with working tokens (the administrator always; the rest with the demo data)', async () => {
    // The full list (staff, funder, cooperative staff, two members) is used by the browser tests, which run on a
    // database with the demo data; this suite's database is shared by many files and holds none.
    const { signInOptions } = await server.client().request<SignInOptions>(SIGN_IN);
    expect(signInOptions.oidc).toBeNull();
    const admin = signInOptions.demoAccounts.find((account) => account.key === 'admin');
    expect(admin).toMatchObject({ role: 'ADMIN', organisationName: null, memberName: null });
    const { me } = await server
      .client(admin!.token)
      .request<{ me: { role: string; subject: string } }>('{ me { role subject } }');
    expect(me).toEqual({ role: 'ADMIN', subject: 'demo-admin' });
  });
});

describe('web app and explorer in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production', WEB_DIST_DIR: fakeBuild() } });
  });
  afterAll(() => server.stop());

  it('still serves the app, but neither the explorer nor demo users', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>app</title>');
    const explorer = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).not.toContain('<title>explorer</title>');
    const { signInOptions } = await server.client().request<SignInOptions>(SIGN_IN);
    expect(signInOptions.demoAccounts).toEqual([]);
  });
});

describe('the explorer in production when asked for', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { NODE_ENV: 'production', GRAPHQL_EXPLORER: 'true', WEB_DIST_DIR: fakeBuild() },
    });
  });
  afterAll(() => server.stop());

  it('serves GraphiQL with GRAPHQL_EXPLORER=true', async () => {
    const explorer = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('<title>explorer</title>');
  });
});
