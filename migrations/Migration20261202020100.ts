import { Migration } from '@mikro-orm/migrations';

/**
 * The rate limits' token buckets move from process memory to this table, so that every API process on the
 * database counts against the same limits (see src/shared/rate-limit.pg.ts).
 */
export class Migration20261202020100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit_bucket" ("key" text not null, "tokens" double precision not null, "at" timestamptz not null, constraint "rate_limit_bucket_pkey" primary key ("key"));`);
    this.addSql(`create index "rate_limit_bucket_at_index" on "rate_limit_bucket" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);
  }

}
