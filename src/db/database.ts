import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { ormOptions } from '../mikro-orm.config';
import {
  databaseUrlFor,
  runningEmbeddedServerUrl,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded';

/** The database a process works on: the ORM, and the embedded server when it runs one. */
export interface Database {
  orm: MikroORM;
  url: string;
  /** Set when no DATABASE_URL was given and an embedded PostgreSQL was started for this process. */
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Name of the database on the embedded server. */
const EMBEDDED_DATABASE = 'meedoen';

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL under the data folder, and opens the ORM
 * (creating the database when it does not exist yet). Commands that only read (`shareRunningEmbedded`) use an
 * embedded PostgreSQL that a running server already keeps open, instead of failing on its lock.
 */
export async function openDatabase(
  config: Config,
  { shareRunningEmbedded, ...overrides }: Partial<Options> & { shareRunningEmbedded?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  const running = url || !shareRunningEmbedded ? null : runningEmbeddedServerUrl(join(config.dataDir, 'pg'));
  if (running) url = databaseUrlFor(running, EMBEDDED_DATABASE);
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: join(config.dataDir, 'pg'), persistent: true });
    url = databaseUrlFor(embedded.serverUrl, EMBEDDED_DATABASE);
  }
  try {
    const orm = await MikroORM.init(ormOptions(url, overrides));
    return {
      orm,
      url,
      embedded,
      async close() {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Applies pending migrations; returns the names of those applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/**
 * Runs `work` on a new, empty database next to the one `url` names, dropped afterwards: for migration checks
 * and for generating migrations against exactly what the existing migrations produce.
 */
export async function withScratchDatabase<T>(url: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const name = `meedoen_scratch_${randomBytes(4).toString('hex')}`;
  const orm = await MikroORM.init(ormOptions(databaseUrlFor(url, name)));
  try {
    return await work(orm);
  } finally {
    await orm.schema.dropDatabase(name);
    await orm.close();
  }
}
