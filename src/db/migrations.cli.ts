import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfigOrExit } from '../config';
import { migrate, openDatabase, withScratchDatabase } from './database';

/**
 * Migration tasks:
 * - `up`: apply pending migrations to the configured database;
 * - `create`: write a migration for the difference between the entities and what the existing migrations build
 *   (on a scratch database), and list it in migrations/index.ts;
 * - `check`: fail when the entities and the migrations differ;
 * - `index`: rewrite migrations/index.ts from the migration files (after merging branches that added some).
 */
const MIGRATIONS_DIR = resolve(__dirname, '../../../migrations');

function writeIndex(): void {
  const names = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// The migrations in the order they run. `npm run migration:create` adds new ones here.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}';`),
    '',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(join(MIGRATIONS_DIR, 'index.ts'), lines.join('\n'));
}

async function main(): Promise<void> {
  const task = process.argv[2];
  if (task === 'index') {
    writeIndex();
    console.log('Rewrote migrations/index.ts');
    return;
  }
  const config = loadConfigOrExit();
  // `up` runs the compiled migrations list, as `npm start` does; only writing a new migration needs the folder of
  // TypeScript files (loading those in Node would fail).
  const database = await openDatabase(
    config,
    task === 'create' ? { migrations: { path: MIGRATIONS_DIR, snapshot: false, emit: 'ts' } } : {},
  );
  try {
    if (task === 'up') {
      const applied = await migrate(database.orm);
      console.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations.');
    } else if (task === 'create') {
      const result = await withScratchDatabase(database.url, async (orm) => {
        await migrate(orm);
        return orm.getMigrator().createMigration(MIGRATIONS_DIR);
      });
      if (!result.fileName) {
        console.log('Entities and migrations agree; no migration written.');
      } else {
        writeIndex();
        console.log(`Wrote migrations/${result.fileName}; run npm run build before npm run migrate.`);
      }
    } else if (task === 'check') {
      const pending = await withScratchDatabase(database.url, async (orm) => {
        await migrate(orm);
        return orm.schema.getUpdateSchemaSQL({ wrap: false });
      });
      if (pending.trim()) {
        console.error(`Entities and migrations differ; run npm run migration:create. Missing:\n${pending}`);
        process.exitCode = 1;
      } else {
        console.log('Migrations match the entities.');
      }
    } else {
      console.error('Usage: migrations.cli (up | create | check | index)');
      process.exitCode = 2;
    }
  } finally {
    await database.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
