import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { databaseUrlFor } from '../../src/db/embedded';
import { seedDemo } from '../../src/demo/seed';
import { ormOptions } from '../../src/mikro-orm.config';

/** Tables that change by design while nothing is written: request counters, not data. */
const VOLATILE = new Set(['mikro_orm_migrations', 'rate_limit_bucket']);

/**
 * A database of the fuzzer's own, migrated and filled with the demo data: other test files write to the shared
 * test database at the same time, which would make table checksums meaningless there.
 */
export async function createFuzzDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `meedoen_fuzz_${randomBytes(4).toString('hex')}`;
  const url = databaseUrlFor(process.env.DATABASE_URL!, name);
  const orm = await MikroORM.init(ormOptions(url));
  await orm.getMigrator().up();
  await seedDemo(orm.em.fork());
  await orm.close();
  return {
    url,
    async drop() {
      const admin = await MikroORM.init(
        ormOptions(databaseUrlFor(url, 'postgres'), { ensureDatabase: false }),
      );
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}

/** Ids of every row of every table with an `id` column: input that reaches past "not found". */
export async function existingIds(orm: MikroORM): Promise<Record<string, string[]>> {
  const connection = orm.em.getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    `select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
  );
  const ids: Record<string, string[]> = {};
  for (const { table_name } of tables) {
    const rows = await connection.execute<{ id: string }[]>(
      `select id::text as id from "${table_name}" order by id limit 6`,
    );
    if (rows.length) ids[table_name] = rows.map((row) => row.id);
  }
  return ids;
}

/** One checksum per table over all its rows: equal before and after means nothing was written. */
export async function tableChecksums(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const tables = (
    await connection.execute<{ tablename: string }[]>(
      `select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )
  )
    .map((row) => row.tablename)
    .filter((table) => !VOLATILE.has(table));
  const select = tables
    .map(
      (table) =>
        `select '${table}' as t, coalesce(md5(string_agg(r::text, '|' order by r::text)), '') as sum from "${table}" r`,
    )
    .join(' union all ');
  const rows = await connection.execute<{ t: string; sum: string }[]>(select);
  return Object.fromEntries(rows.map((row) => [row.t, row.sum]));
}
