import { Pool } from 'pg';
import type { BucketLimit, RateDecision, RateLimitStore } from './rate-limit';

/**
 * Takes one token from a bucket when it has one, in one statement: a new key starts full, an existing one is
 * refilled for the time since it was last used (at `perMinute` per minute, up to `perMinute`) and loses a token
 * only when a whole one is there. The row lock of the upsert serialises concurrent takes from any process.
 * Answers a row when the token was taken, none when the bucket is empty.
 */
const TAKE = `
insert into rate_limit_bucket as b (key, tokens, at) values ($1, $2::float8 - 1, clock_timestamp())
on conflict (key) do update
   set tokens = least($2::float8, b.tokens + extract(epoch from clock_timestamp() - b.at) * $2::float8 / 60) - 1,
       at = clock_timestamp()
 where least($2::float8, b.tokens + extract(epoch from clock_timestamp() - b.at) * $2::float8 / 60) >= 1
returning tokens`;

/** The tokens a bucket has now, without taking one. */
const PEEK = `
select least($2::float8, tokens + extract(epoch from clock_timestamp() - at) * $2::float8 / 60) as tokens
  from rate_limit_bucket where key = $1`;

/** Gives back a token taken for a request that another bucket then refused. */
const REFUND = `update rate_limit_bucket set tokens = least($2::float8, tokens + 1) where key = $1`;

/** Buckets idle for a minute are full again, as a missing one is. */
const SWEEP = `delete from rate_limit_bucket where at < clock_timestamp() - interval '1 minute'`;

/**
 * Token buckets in PostgreSQL, so that every API process on one database counts against the same limits (a
 * client switching between replicas gets no extra allowance). A small pool of its own keeps the limits apart
 * from the ORM's connections: a busy pool never delays a refusal, and a refused request ran no query of its own.
 * Keys are prefixed with `namespace`, so that independent servers on one database (tests) do not share buckets.
 */
export class PostgresRateLimiter implements RateLimitStore {
  private readonly pool: Pool;
  private lastSweep = 0;

  constructor(
    url: string,
    private readonly namespace = '',
  ) {
    this.pool = new Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 2000,
      idleTimeoutMillis: 10_000,
    });
    this.pool.on('error', () => undefined);
  }

  /**
   * Takes one token from every limited bucket, or from none when any is empty (tokens already taken are given
   * back). Buckets are taken in key order, so that two requests never wait on each other crosswise.
   */
  async take(limits: BucketLimit[]): Promise<RateDecision> {
    const active = limits.filter((limit) => limit.perMinute > 0).sort((a, b) => a.key.localeCompare(b.key));
    if (active.length === 0) return { allowed: true };
    this.sweep();
    const taken: BucketLimit[] = [];
    for (const limit of active) {
      const key = `${this.namespace}/${limit.key}`;
      const { rowCount } = await this.pool.query(TAKE, [key, limit.perMinute]);
      if (rowCount) {
        taken.push(limit);
        continue;
      }
      for (const earlier of taken) {
        await this.pool.query(REFUND, [`${this.namespace}/${earlier.key}`, earlier.perMinute]);
      }
      const { rows } = await this.pool.query<{ tokens: number }>(PEEK, [key, limit.perMinute]);
      const tokens = Number(rows[0]?.tokens ?? 0);
      const retryAfterSeconds = Math.max(1, Math.ceil(((1 - tokens) * 60) / limit.perMinute));
      return { allowed: false, retryAfterSeconds, key: limit.key };
    }
    return { allowed: true };
  }

  /** Closes the pool (at shutdown). */
  async close(): Promise<void> {
    await this.pool.end();
  }

  /** At most once a minute per process, in the background: drop idle buckets. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    this.pool.query(SWEEP).catch(() => undefined);
  }
}
