import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One token bucket of the rate limits, shared by every API process on the database (see `rate-limit.pg.ts`).
 * Infrastructure, not tenant data: the key names a token subject or a client address, never a person's data,
 * and a bucket idle for a minute is deleted (it would be full again).
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  /** `<namespace>/<kind>:<subject or address>`, e.g. `/ip:203.0.113.7`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Tokens left as of `at`. */
  @Property({ type: 'double' })
  tokens!: number;

  /** When `tokens` was last computed (the database's clock, so that every process agrees). */
  @Property({ type: 'timestamptz' })
  @Index()
  at!: Date;
}
