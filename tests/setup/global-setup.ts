import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { databaseUrlFor, startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded';
import { ormOptions } from '../../src/mikro-orm.config';

declare global {
  var __meedoenTest: { embedded: EmbeddedDatabase | null; serverUrl: string; database: string } | undefined;
}

/**
 * One fresh database per test run, migrated once: on the server DATABASE_URL names, or on an embedded
 * PostgreSQL when it is unset. Test files share it and each creates its own rows.
 */
export default async function globalSetup(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: mkdtempSync(join(tmpdir(), 'meedoen-test-pg-')),
      persistent: false,
    });
    serverUrl = embedded.serverUrl;
  }
  const database = `meedoen_test_${randomBytes(4).toString('hex')}`;
  const url = databaseUrlFor(serverUrl, database);
  const orm = await MikroORM.init(ormOptions(url));
  await orm.getMigrator().up();
  await orm.close();
  process.env.DATABASE_URL = url;
  process.env.NODE_ENV = 'test';
  process.env.JWT_SECRET = randomBytes(32).toString('hex');
  globalThis.__meedoenTest = { embedded, serverUrl, database };
}
