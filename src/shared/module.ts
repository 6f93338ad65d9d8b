import type { EntityManager } from '@mikro-orm/postgresql';
import type { NodeSource } from './node';

/**
 * What a feature contributes to the application, declared in its `<feature>.module.ts` and collected by
 * `src/modules.ts` (the only importer of module files).
 */
export interface FeatureModule {
  /** The feature folder's name. */
  name: string;
  /** Entity classes the ORM maps. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  /** type-graphql resolver classes, field resolvers on earlier features' types included. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** Payload error codes the feature declares (`declareErrorCodes` in `<feature>.errors.ts`). */
  errorCodes?: { descriptions: Record<string, string> };
  /** The feature's per-request DataLoaders, built on the request's EntityManager. */
  loaders?: (em: EntityManager) => object;
  /** The feature's types that `node(id)` can refetch, each with its own visibility (see `shared/node.ts`). */
  nodes?: NodeSource[];
  /** Subscribes the feature's reactions to earlier features' events; called once at start-up. */
  subscribe?: () => void;
}
