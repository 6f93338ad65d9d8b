import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfigOrExit } from '../src/config';
import { migrate, openDatabase } from '../src/db/database';
import { fundingSql, municipalitySql, outcomesSql } from './scale.sql';
import { shapesFor } from './shape';

/** The uuid PostgreSQL's md5(key)::uuid gives, for looking generated rows up from JavaScript. */
export function keyId(key: string): string {
  const h = createHash('md5').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Generates scale data into the database DATABASE_URL names (migrating it first). Idempotent per
 * municipality: one that exists already is skipped, so `--scale 10` after `--scale 1` adds nine.
 */
export async function seedScale(databaseUrl: string, scale: number, log: (line: string) => void = () => {}) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const shape of shapesFor(scale)) {
      const parts: [string, string, string[]][] = [
        [
          'people and sessions',
          `select 1 from municipality where id = '${keyId(`m${shape.m}`)}'`,
          municipalitySql(shape),
        ],
        [
          'funding',
          `select 1 from funding_stream where id = '${keyId(`fs${shape.m}:wmo`)}'`,
          fundingSql(shape),
        ],
        [
          'outcomes',
          `select 1 from ladder_position where id = '${keyId(`lp${keyId(`pa${shape.m}:1`)}:1`)}'`,
          outcomesSql(shape),
        ],
      ];
      for (const [what, existsSql, statements] of parts) {
        if ((await client.query(existsSql)).rowCount) {
          log(`municipality ${shape.m}, ${what}: present, skipped`);
          continue;
        }
        const started = performance.now();
        await client.query('begin');
        // Bulk load: the generated rows are consistent by construction, so foreign-key triggers are skipped for
        // this transaction (needs a superuser, as on development and CI machines).
        await client.query('set local session_replication_role = replica');
        for (const [i, statement] of statements.entries()) {
          const t = performance.now();
          await client.query(statement);
          if (process.env.SEED_SCALE_VERBOSE)
            log(`  statement ${i}: ${Math.round(performance.now() - t)} ms`);
        }
        await client.query('commit');
        log(`municipality ${shape.m}, ${what}: generated in ${Math.round(performance.now() - started)} ms`);
      }
    }
    await client.query('analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  const scale = Number(values.scale);
  const config = loadConfigOrExit();
  if (!config.databaseUrl) {
    console.error(
      'Set DATABASE_URL to the database to fill (the generator never writes to the embedded default).',
    );
    process.exit(2);
  }
  const database = await openDatabase(config);
  await migrate(database.orm);
  await database.close();
  const started = performance.now();
  await seedScale(config.databaseUrl, scale, (line) => console.log(line));
  console.log(`Scale ${scale} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
