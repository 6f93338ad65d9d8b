import { ConfigError, loadConfig } from '../../src/config';

const base = { JWT_SECRET: 'x'.repeat(32), NODE_ENV: 'test' };

describe('configuration', () => {
  it('has defaults for a fresh machine', () => {
    const config = loadConfig({ JWT_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      databaseUrl: undefined,
      logLevel: 'info',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'JWT_SECRET'],
    [{ OIDC_ISSUER: 'not a url' }, 'OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'https://login.example.org' }, 'OIDC_AUDIENCE'],
    [{ OIDC_AUDIENCE: 'meedoen' }, 'OIDC_AUDIENCE'],
    [{ NODE_ENV: 'production', OIDC_ISSUER: 'http://login.example.org', OIDC_AUDIENCE: 'm' }, 'OIDC_ISSUER'],
    [
      { OIDC_ISSUER: 'https://login.example.org', OIDC_AUDIENCE: 'm', OIDC_JWKS_URL: 'ftp://x' },
      'OIDC_JWKS_URL',
    ],
    [{ MAX_QUERY_DEPTH: '1' }, 'MAX_QUERY_DEPTH'],
    [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST'],
    [{ MAX_ALIASES: '-1' }, 'MAX_ALIASES'],
    [{ MAX_ROOT_FIELDS: '0' }, 'MAX_ROOT_FIELDS'],
    [{ RATE_LIMIT_PER_MINUTE: '1.5' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ RATE_LIMIT_PER_IP_PER_MINUTE: 'x' }, 'RATE_LIMIT_PER_IP_PER_MINUTE'],
    [{ EXPENSIVE_QUERY_COST: '0' }, 'EXPENSIVE_QUERY_COST'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
  ])('names the variable in one line for %j', (env, variable) => {
    let error: unknown;
    try {
      loadConfig({ ...base, ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('reads an OIDC issuer, limits and rate limits', () => {
    const config = loadConfig({
      ...base,
      OIDC_ISSUER: 'https://login.example.org/realms/meedoen',
      OIDC_AUDIENCE: 'meedoen-api',
      RATE_LIMIT_PER_MINUTE: '30',
      MAX_QUERY_DEPTH: '8',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://login.example.org/realms/meedoen',
      audience: 'meedoen-api',
      jwksUrl: null,
      jwksCacheSeconds: 3600,
      jwksCooldownSeconds: 30,
    });
    expect(config.rateLimit).toMatchObject({ perMinute: 30, perIpPerMinute: 0, trustProxy: false });
    expect(config.queryLimits).toEqual({ maxDepth: 8, maxCost: 10_000, maxAliases: 30, maxRootFields: 20 });
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).rateLimit).toMatchObject({
      perMinute: 120,
      perIpPerMinute: 600,
    });
    expect(loadConfig(base).oidc).toBeNull();
  });

  it('accepts a PostgreSQL URL', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/meedoen';
    expect(loadConfig({ ...base, DATABASE_URL: url }).databaseUrl).toBe(url);
  });
});
