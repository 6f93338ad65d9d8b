import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './modules';

/** ORM settings for one database URL. Migrations are listed in code so that builds and tests find them alike. */
export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      path: 'migrations',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
    },
    pool: { min: 0, max: 10 },
    allowGlobalContext: false,
    ensureDatabase: true,
    debug: false,
    ...overrides,
  });
}
