/**
 * The features of Meedoen, in their one-way order. A feature may import only features listed before it, and
 * only through their `index.ts`:
 *
 *   shared ← auth ← audit ← municipalities ← organisations ← places ← workshops ← participants ← enrolments
 *     ← scheduling ← attendance ← funding ← training-fund ← skills; cooperatives beside them (after organisations);
 *     then outcomes (reports over all of them, and the participation ladder); accounts and privacy at the end;
 *     nodes (`node(id)` over every feature's types), then reports (spreadsheet exports of the queries above)
 *     last of all.
 *
 * (`audit` sits right after `auth` because every feature that changes data writes audit entries.) A field that
 * joins two features is resolved by the later one with a `@Resolver(() => EarlierType)` field resolver, and an
 * earlier feature tells later ones about a change through an event it exports (see `enrolments`).
 *
 * Each feature's `<feature>.module.ts` declares its entities, resolvers, loaders and event subscriptions; this
 * file is the only one that imports module files, and everything the application needs is derived from this list.
 * A new feature: add a folder, its `index.ts` and `<feature>.module.ts`, and one line below, after the features
 * it uses (and to `FEATURES` in `.dependency-cruiser.cjs`).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import { accountsModule } from './accounts/accounts.module';
import { attendanceModule } from './attendance/attendance.module';
import { auditModule } from './audit/audit.module';
import { authModule } from './auth/auth.module';
import type { Loaders } from './auth';
import { cooperativesModule } from './cooperatives/cooperatives.module';
import { enrolmentsModule } from './enrolments/enrolments.module';
import { fundingModule } from './funding/funding.module';
import { nodesModule } from './nodes/nodes.module';
import { municipalitiesModule } from './municipalities/municipalities.module';
import { organisationsModule } from './organisations/organisations.module';
import { outcomesModule } from './outcomes/outcomes.module';
import { participantsModule } from './participants/participants.module';
import { placesModule } from './places/places.module';
import { privacyModule } from './privacy/privacy.module';
import { reportsModule } from './reports/reports.module';
import { schedulingModule } from './scheduling/scheduling.module';
import { trainingFundModule } from './training-fund/training-fund.module';
import { skillsModule } from './skills/skills.module';
import { BaseEntity } from './shared/base.entity';
import { RateLimitBucket } from './shared/rate-limit-bucket.entity';
import { collectErrorCodes } from './shared/errors';
import type { FeatureModule } from './shared/module';
import { registerNodeSources } from './shared/node';
import { workshopsModule } from './workshops/workshops.module';

/** Every feature, in the order above. */
export const MODULES: readonly FeatureModule[] = [
  authModule,
  auditModule,
  municipalitiesModule,
  organisationsModule,
  placesModule,
  workshopsModule,
  participantsModule,
  enrolmentsModule,
  schedulingModule,
  attendanceModule,
  fundingModule,
  trainingFundModule,
  skillsModule,
  cooperativesModule,
  outcomesModule,
  accountsModule,
  privacyModule,
  nodesModule,
  reportsModule,
];

/** Every entity the ORM maps: the features', and the rate limits' buckets (shared by all replicas). */
export const ENTITIES = [BaseEntity, RateLimitBucket, ...MODULES.flatMap((module) => module.entities ?? [])];

/** Every GraphQL resolver. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as NonEmptyArray<Function>;

/** The DataLoaders of one request, all on that request's EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return Object.assign({}, ...MODULES.map((module) => module.loaders?.(em) ?? {})) as Loaders;
}

registerNodeSources(MODULES.flatMap((module) => module.nodes ?? []));

for (const module of MODULES) {
  // One enum of payload error codes, collected from every feature's declaration.
  if (module.errorCodes) collectErrorCodes(module.errorCodes);
  module.subscribe?.();
}
