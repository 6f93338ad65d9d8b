// The migrations in the order they run. `npm run migration:create` adds new ones here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123151053 } from './Migration20261123151053';
import { Migration20261123151622 } from './Migration20261123151622';
import { Migration20261123152318 } from './Migration20261123152318';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123151053', class: Migration20261123151053 },
  { name: 'Migration20261123151622', class: Migration20261123151622 },
  { name: 'Migration20261123152318', class: Migration20261123152318 },
];
