// The migrations in the order they run. `npm run migration:create` adds new ones here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123151053 } from './Migration20261123151053';
import { Migration20261123151622 } from './Migration20261123151622';
import { Migration20261123151907 } from './Migration20261123151907';
import { Migration20261123151907_cooperative_rules } from './Migration20261123151907_cooperative_rules';
import { Migration20261123152146 } from './Migration20261123152146';
import { Migration20261123152318 } from './Migration20261123152318';
import { Migration20261123152613 } from './Migration20261123152613';
import { Migration20261123154839 } from './Migration20261123154839';
import { Migration20261123161323 } from './Migration20261123161323';
import { Migration20261201200421 } from './Migration20261201200421';
import { Migration20261201203221 } from './Migration20261201203221';
import { Migration20261201203935 } from './Migration20261201203935';
import { Migration20261201205419 } from './Migration20261201205419';
import { Migration20261201211628 } from './Migration20261201211628';
import { Migration20261201212000 } from './Migration20261201212000';
import { Migration20261201212426 } from './Migration20261201212426';
import { Migration20261201212426_cost_sharers } from './Migration20261201212426_cost_sharers';
import { Migration20261202010711 } from './Migration20261202010711';
import { Migration20261202012900 } from './Migration20261202012900';
import { Migration20261202013000 } from './Migration20261202013000';
import { Migration20261202013100 } from './Migration20261202013100';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123151053', class: Migration20261123151053 },
  { name: 'Migration20261123151622', class: Migration20261123151622 },
  { name: 'Migration20261123151907', class: Migration20261123151907 },
  { name: 'Migration20261123151907_cooperative_rules', class: Migration20261123151907_cooperative_rules },
  { name: 'Migration20261123152146', class: Migration20261123152146 },
  { name: 'Migration20261123152318', class: Migration20261123152318 },
  { name: 'Migration20261123152613', class: Migration20261123152613 },
  { name: 'Migration20261123154839', class: Migration20261123154839 },
  { name: 'Migration20261123161323', class: Migration20261123161323 },
  { name: 'Migration20261201200421', class: Migration20261201200421 },
  { name: 'Migration20261201203221', class: Migration20261201203221 },
  { name: 'Migration20261201203935', class: Migration20261201203935 },
  { name: 'Migration20261201205419', class: Migration20261201205419 },
  { name: 'Migration20261201211628', class: Migration20261201211628 },
  { name: 'Migration20261201212000', class: Migration20261201212000 },
  { name: 'Migration20261201212426', class: Migration20261201212426 },
  { name: 'Migration20261201212426_cost_sharers', class: Migration20261201212426_cost_sharers },
  { name: 'Migration20261202010711', class: Migration20261202010711 },
  { name: 'Migration20261202012900', class: Migration20261202012900 },
  { name: 'Migration20261202013000', class: Migration20261202013000 },
  { name: 'Migration20261202013100', class: Migration20261202013100 },
];
