import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CorrectionWindows, DEFAULT_CORRECTION_WINDOWS } from './shared/corrections';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './shared/suppression';
import { DEFAULT_WRITE_BOUNDS, type WriteBounds } from './shared/write-bounds';
import { type WebConfig, webConfig } from './web/web.config';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated configuration of one process. Built once at start from environment variables. */
export interface Config {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  logLevel: LogLevel;
  /** PostgreSQL connection URL; `undefined` means: run an embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /** Folder for the embedded database and the local token secret (git-ignored). */
  dataDir: string;
  /** Secret that signs and verifies local JWTs (HS256). */
  jwtSecret: string;
  /** Where the API is reachable from outside (PUBLIC_URL): skill credentials name it as issuer. */
  publicUrl: string;
  /** Longest lifetime of an accepted token in seconds (`TOKEN_MAX_LIFETIME_DAYS`, default 31 days). */
  maxTokenLifetime: number;
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number;
  /** An external OpenID Connect issuer whose tokens are accepted next to local ones; null when not configured. */
  oidc: OidcConfig | null;
  /** Limits checked while validating a query, before anything runs. */
  queryLimits: QueryLimitsConfig;
  /** Token buckets for mutations and expensive queries. */
  rateLimit: RateLimitConfig;
  /** The web app and the query explorer. */
  web: WebConfig;
  /** Bounds on the work a request may cause before it is parsed, while parsing and while validating. */
  queryBudget: QueryBudgetConfig;
  /** How long staff may correct an enrolment's end or an attendance registration; ADMIN always may. */
  corrections: CorrectionWindows;
  /**
   * Counts from 1 up to this number minus one are hidden in figures about people that funders see
   * (`SUPPRESSION_THRESHOLD`, default 5), so that no funder can single out a person in a small place.
   */
  suppressionThreshold: number;
  /** How far from today a write may reach and how many rows one request may write. */
  writeBounds: WriteBounds;
}

export interface OidcConfig {
  /** The `iss` claim of its tokens, exactly as the issuer writes it. */
  issuer: string;
  /** The `aud` claim tokens must carry: this API's client id at the issuer. */
  audience: string;
  /** Where the signing keys are; null means: discover it from the issuer's openid-configuration. */
  jwksUrl: string | null;
  /** Keys older than this are fetched again before use, in seconds. */
  jwksCacheSeconds: number;
  /** An unknown key id triggers a refetch at most once per this many seconds. */
  jwksCooldownSeconds: number;
}

export interface QueryLimitsConfig {
  /** Deepest allowed nesting of fields. */
  maxDepth: number;
  /** Highest allowed estimated cost (see shared/query-limits.ts). */
  maxCost: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most root fields in one operation, and operations in one document. */
  maxRootFields: number;
}

export interface RateLimitConfig {
  /** Counted requests per minute per token subject; 0 turns the limit off. */
  perMinute: number;
  /** Counted requests per minute per client IP address; 0 turns the limit off. */
  perIpPerMinute: number;
  /** Queries whose estimated cost exceeds this are counted like mutations. */
  expensiveQueryCost: number;
  /** Take the client address from the last X-Forwarded-For entry (behind one reverse proxy). */
  trustProxy: boolean;
  /**
   * Where the buckets live: `postgres` (default) in the database, shared by every replica; `memory` in this
   * process only (one process, no database round trip per counted request).
   */
  store: 'postgres' | 'memory';
  /** Prefix of every bucket key: servers with different namespaces on one database count apart. */
  namespace: string;
}

export interface QueryBudgetConfig {
  /** Longest query text, in characters; checked before parsing. */
  maxQueryLength: number;
  /** Most tokens the parser reads; past it parsing stops. */
  maxQueryTokens: number;
  /** Most selections the limit check visits (fragments once each); past it QUERY_TOO_COMPLEX. */
  maxSelections: number;
  /** Every GraphQL request per minute per client IP, counted before parsing; 0 turns it off. */
  requestsPerIpPerMinute: number;
}

/** Thrown for an invalid environment variable; its message is the one line the process prints. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`);
  }
}

const NODE_ENVS: NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function integer(env: NodeJS.ProcessEnv, name: string, min: number, max: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// (got "${url.protocol}//")`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'must name a database (postgres://host:5432/meedoen)');
  }
  return raw;
}

function url(env: NodeJS.ProcessEnv, name: string, nodeEnv: NodeEnv): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (got "${raw}")`);
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && (local || nodeEnv !== 'production'))) {
    throw new ConfigError(name, `must be an https:// URL (got "${parsed.protocol}//")`);
  }
  return raw;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  return optionalFlag(env, name) ?? false;
}

function optionalFlag(env: NodeJS.ProcessEnv, name: string): boolean | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (!['true', 'false', '1', '0'].includes(raw)) {
    throw new ConfigError(name, `must be true or false (got "${raw}")`);
  }
  return raw === 'true' || raw === '1';
}

/** The external issuer: OIDC_ISSUER turns it on and then needs OIDC_AUDIENCE. */
function oidc(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv): OidcConfig | null {
  const issuer = url(env, 'OIDC_ISSUER', nodeEnv);
  const jwksUrl = url(env, 'OIDC_JWKS_URL', nodeEnv);
  const audience = env.OIDC_AUDIENCE ?? '';
  if (!issuer) {
    if (jwksUrl) throw new ConfigError('OIDC_JWKS_URL', 'needs OIDC_ISSUER');
    if (audience) throw new ConfigError('OIDC_AUDIENCE', 'needs OIDC_ISSUER');
    return null;
  }
  if (!audience.trim()) throw new ConfigError('OIDC_AUDIENCE', 'is required when OIDC_ISSUER is set');
  return {
    issuer,
    audience,
    jwksUrl,
    jwksCacheSeconds: integer(env, 'OIDC_JWKS_CACHE_SECONDS', 60, 7 * 24 * 3600, 3600),
    jwksCooldownSeconds: integer(env, 'OIDC_JWKS_COOLDOWN_SECONDS', 0, 3600, 30),
  };
}

/**
 * The JWT secret: `JWT_SECRET` when set (required in production, at least 32 characters); otherwise a random
 * secret kept in the data folder, so the server and `npm run token` on one machine agree without set-up.
 */
function jwtSecret(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
    return raw;
  }
  if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates the configuration; throws {@link ConfigError} naming the first wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const dataDir = resolve(env.DATA_DIR || '.data');
  const port = integer(env, 'PORT', 0, 65535, 4000);
  const oidcConfig = oidc(env, nodeEnv);
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    port,
    publicUrl: url(env, 'PUBLIC_URL', nodeEnv) ?? `http://localhost:${port}`,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    databaseUrl: databaseUrl(env),
    dataDir,
    jwtSecret: jwtSecret(env, nodeEnv, dataDir),
    maxTokenLifetime: integer(env, 'TOKEN_MAX_LIFETIME_DAYS', 1, 3650, 31) * 24 * 60 * 60,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1024, 50 * 1024 * 1024, 1024 * 1024),
    oidc: oidcConfig,
    queryLimits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 2, 100, 10),
      maxCost: integer(env, 'MAX_QUERY_COST', 10, 1_000_000, 10_000),
      maxAliases: integer(env, 'MAX_ALIASES', 0, 1000, 30),
      maxRootFields: integer(env, 'MAX_ROOT_FIELDS', 1, 1000, 20),
    },
    rateLimit: {
      // Off under test by default: a suite sends hundreds of requests from one address within a minute.
      perMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 0, 1_000_000, nodeEnv === 'test' ? 0 : 120),
      perIpPerMinute: integer(
        env,
        'RATE_LIMIT_PER_IP_PER_MINUTE',
        0,
        1_000_000,
        nodeEnv === 'test' ? 0 : 600,
      ),
      expensiveQueryCost: integer(env, 'EXPENSIVE_QUERY_COST', 1, 1_000_000, 1000),
      trustProxy: flag(env, 'TRUST_PROXY'),
      store: oneOf(env, 'RATE_LIMIT_STORE', ['postgres', 'memory'], 'postgres'),
      namespace: (env.RATE_LIMIT_NAMESPACE ?? '').slice(0, 100),
    },
    web: webConfig(
      env,
      nodeEnv === 'production',
      optionalFlag(env, 'GRAPHQL_EXPLORER'),
      oidcConfig?.audience ?? null,
    ),
    queryBudget: {
      maxQueryLength: integer(env, 'MAX_QUERY_LENGTH', 100, 10 * 1024 * 1024, 100_000),
      maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 100, 1_000_000, 5000),
      maxSelections: integer(env, 'MAX_QUERY_SELECTIONS', 10, 1_000_000, 500),
      requestsPerIpPerMinute: integer(
        env,
        'RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE',
        0,
        1_000_000,
        nodeEnv === 'test' ? 0 : 1200,
      ),
    },
    corrections: {
      enrolmentEndDays: integer(
        env,
        'ENROLMENT_CORRECTION_DAYS',
        0,
        3650,
        DEFAULT_CORRECTION_WINDOWS.enrolmentEndDays,
      ),
      attendanceDays: integer(
        env,
        'ATTENDANCE_CORRECTION_DAYS',
        0,
        3650,
        DEFAULT_CORRECTION_WINDOWS.attendanceDays,
      ),
    },
    suppressionThreshold: integer(env, 'SUPPRESSION_THRESHOLD', 2, 1000, DEFAULT_SUPPRESSION_THRESHOLD),
    writeBounds: {
      daysBack: integer(env, 'WRITE_DAYS_BACK', 0, 36_500, DEFAULT_WRITE_BOUNDS.daysBack),
      daysAhead: integer(env, 'WRITE_DAYS_AHEAD', 0, 36_500, DEFAULT_WRITE_BOUNDS.daysAhead),
      endDaysAhead: integer(env, 'WRITE_END_DAYS_AHEAD', 0, 36_500, DEFAULT_WRITE_BOUNDS.endDaysAhead),
      maxRowsPerRequest: integer(
        env,
        'MAX_ROWS_PER_REQUEST',
        10,
        1_000_000,
        DEFAULT_WRITE_BOUNDS.maxRowsPerRequest,
      ),
    },
  };
}

/** Loads the configuration or ends the process with the one-line reason. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
