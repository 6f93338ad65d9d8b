import { HeaderMap } from '@apollo/server';
import { ExpectedError } from './errors';

/** One bucket: how many requests may still pass, as of `at` (ms). */
interface Bucket {
  tokens: number;
  at: number;
}

/** A named limit: `perMinute` requests, refilled evenly over the minute; 0 means no limit. */
export interface BucketLimit {
  key: string;
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; key: string };

/**
 * Where the buckets live: {@link RateLimiter} in process memory, or `PostgresRateLimiter` in the database that
 * every replica shares (the default, `RATE_LIMIT_STORE=postgres`).
 */
export interface RateLimitStore {
  /** Takes one token from every limited bucket, or from none when any of them is empty. */
  take(limits: BucketLimit[]): RateDecision | Promise<RateDecision>;
  close?(): Promise<void>;
}

/**
 * Token buckets in process memory: each key starts full with `perMinute` tokens, refills at `perMinute` per
 * minute and every counted request takes one. Only for a single process (`RATE_LIMIT_STORE=memory`): with
 * several, each would allow the full rate on its own.
 */
export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;

  constructor(private readonly now: () => number = Date.now) {
    this.lastSweep = now();
  }

  /**
   * Takes one token from every limited bucket, or from none when any of them is empty; the answer then says
   * how long until that bucket has a token again.
   */
  take(limits: BucketLimit[]): RateDecision {
    const now = this.now();
    this.sweep(now);
    const active = limits.filter((limit) => limit.perMinute > 0);
    const states = active.map((limit) => ({ limit, bucket: this.refill(limit, now) }));
    const empty = states.find(({ bucket }) => bucket.tokens < 1);
    if (empty) {
      const perMs = empty.limit.perMinute / 60_000;
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - empty.bucket.tokens) / perMs / 1000));
      return { allowed: false, retryAfterSeconds, key: empty.limit.key };
    }
    for (const { limit, bucket } of states) {
      bucket.tokens -= 1;
      this.buckets.set(limit.key, bucket);
    }
    return { allowed: true };
  }

  /** Number of buckets held, for tests of the sweep. */
  get size(): number {
    return this.buckets.size;
  }

  private refill(limit: BucketLimit, now: number): Bucket {
    const bucket = this.buckets.get(limit.key);
    if (!bucket) return { tokens: limit.perMinute, at: now };
    const tokens = Math.min(limit.perMinute, bucket.tokens + ((now - bucket.at) * limit.perMinute) / 60_000);
    return { tokens, at: now };
  }

  /** Once a minute drops buckets idle for a minute: they would be full again, as a new bucket is. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at >= 60_000) this.buckets.delete(key);
    }
  }
}

/** Top-level error for a refused request: HTTP 429 with a Retry-After header, decided before execution. */
export function rateLimited(retryAfterSeconds: number): ExpectedError {
  return new ExpectedError(
    'RATE_LIMITED',
    `Too many requests: this token or address sent more mutations or expensive queries than allowed per ` +
      `minute. Try again in ${retryAfterSeconds} s.`,
    {
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  );
}
