import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { IssuerUnavailableError, JwksKeyStore, verifyOidcToken } from '../../src/auth/oidc';
import { InvalidTokenError } from '../../src/auth/tokens';
import type { OidcConfig } from '../../src/config';

const config: OidcConfig = {
  issuer: 'https://login.example.org',
  audience: 'meedoen',
  jwksUrl: null,
  jwksCacheSeconds: 600,
  jwksCooldownSeconds: 30,
};

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = (key: typeof rsa.publicKey, kid: string) => ({ ...key.export({ format: 'jwk' }), kid });

function store(keys: () => object[]) {
  let now = 0;
  const fetched: string[] = [];
  const keyStore = new JwksKeyStore(
    config,
    async (url) => {
      fetched.push(url);
      return url.endsWith('openid-configuration')
        ? { issuer: config.issuer, jwks_uri: `${config.issuer}/jwks` }
        : { keys: keys() };
    },
    () => now,
  );
  return { keyStore, fetched, advance: (ms: number) => (now += ms) };
}

describe('JwksKeyStore', () => {
  it('discovers the JWKS once and caches the keys', async () => {
    const { keyStore, fetched } = store(() => [jwk(rsa.publicKey, 'a')]);
    expect((await keyStore.key('a'))?.algorithm).toBe('RS256');
    expect(await keyStore.key(undefined)).toBeDefined();
    expect(fetched).toEqual([`${config.issuer}/.well-known/openid-configuration`, `${config.issuer}/jwks`]);
  });

  it('refetches for an unknown key id at most once per cool-down, and when the cache is old', async () => {
    const { keyStore, fetched, advance } = store(() => [jwk(rsa.publicKey, 'a')]);
    await keyStore.key('a');
    expect(await keyStore.key('made-up-1')).toBeUndefined();
    expect(await keyStore.key('made-up-2')).toBeUndefined();
    expect(fetched).toHaveLength(3);
    advance(30_000);
    await keyStore.key('made-up-3');
    expect(fetched).toHaveLength(4);
    advance(601_000);
    await keyStore.key('a');
    expect(fetched).toHaveLength(5);
  });

  it('keeps known keys while the issuer is down, and says so when it has none', async () => {
    let up = true;
    const { keyStore, advance } = store(() => {
      if (!up) throw new Error('connection refused');
      return [jwk(rsa.publicKey, 'a')];
    });
    await keyStore.key('a');
    up = false;
    advance(601_000);
    expect(await keyStore.key('a')).toBeDefined();
    const empty = store(() => {
      throw new Error('connection refused');
    });
    await expect(empty.keyStore.key('a')).rejects.toBeInstanceOf(IssuerUnavailableError);
  });

  it('accepts ES256 keys and skips keys for encryption or other curves', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const { keyStore } = store(() => [
      jwk(ec.publicKey, 'ec'),
      { ...jwk(rsa.publicKey, 'enc'), use: 'enc' },
      jwk(other.publicKey, 'p384'),
    ]);
    expect((await keyStore.key('ec'))?.algorithm).toBe('ES256');
    expect(await keyStore.key('enc')).toBeUndefined();
    expect(await keyStore.key('p384')).toBeUndefined();
  });
});

describe('verifyOidcToken', () => {
  const { keyStore } = store(() => [jwk(ec.publicKey, 'ec')]);
  const sign = (options: jwt.SignOptions = {}) =>
    jwt.sign({}, ec.privateKey, {
      algorithm: 'ES256',
      keyid: 'ec',
      subject: 'user-1',
      issuer: config.issuer,
      audience: config.audience,
      expiresIn: 60,
      ...options,
    });

  it('returns the issuer and subject of a valid token', async () => {
    expect(await verifyOidcToken(config, keyStore, sign())).toEqual({
      issuer: config.issuer,
      subject: 'user-1',
    });
  });

  it.each([
    ['another audience', { audience: 'other' }, 'audience'],
    ['expired', { expiresIn: -120 }, 'expired'],
  ])('refuses a token with %s', async (_what, options, reason) => {
    await expect(verifyOidcToken(config, keyStore, sign(options as jwt.SignOptions))).rejects.toThrow(
      new RegExp(reason),
    );
  });

  it('refuses a token without expiry or signed with HS256', async () => {
    const noExpiry = jwt.sign({}, ec.privateKey, {
      algorithm: 'ES256',
      keyid: 'ec',
      subject: 'u',
      issuer: config.issuer,
      audience: config.audience,
    });
    await expect(verifyOidcToken(config, keyStore, noExpiry)).rejects.toBeInstanceOf(InvalidTokenError);
    const hs = jwt.sign({}, 'secret', { subject: 'u', issuer: config.issuer, audience: config.audience });
    await expect(verifyOidcToken(config, keyStore, hs)).rejects.toThrow(/RS256 or ES256/);
  });
});
