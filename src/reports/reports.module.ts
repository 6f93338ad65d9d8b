import type { FeatureModule } from '../shared/module';

/**
 * Reports: spreadsheet exports of the queries of earlier features. No entities or resolvers of its own; the HTTP
 * route (`src/http/export.ts`) runs an export's queries through the schema with the caller's token.
 */
export const reportsModule: FeatureModule = { name: 'reports' };
