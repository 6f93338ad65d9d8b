// The migrations in the order they run. `npm run migration:create` adds new ones here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123151053 } from './Migration20261123151053';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123151053', class: Migration20261123151053 },
];
