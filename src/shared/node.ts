import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * The GraphQL Global Object Identification interface: every type with its own identity implements it, so a
 * client can refetch any object with `node(id)`. Ids stay the UUIDs clients already store; the type of an id
 * is found by primary-key lookups (see the nodes feature), so no id changes form.
 */
@InterfaceType('Node', {
  description: 'An object with its own identity, refetchable with `node(id)`.',
  // Only types the schema reaches anyway; the abstract base entity is not a GraphQL type of its own.
  autoRegisterImplementations: false,
  // Values are entity instances: their class is their GraphQL type.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque identifier, the same in every query.' })
  id!: string;
}

/**
 * How a feature makes one of its types refetchable by id: the entity class (its table is read from the ORM's
 * metadata) and a function that loads one object when the viewer may see it, and null otherwise (also for an
 * object the viewer may not know exists). `C` is the request context.
 */
export interface NodeSource<C = never> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  type: Function;
  load(ctx: C, id: string): Promise<object | null>;
}

const SOURCES = new Map<string, NodeSource>();

/** Registers the refetchable types of every feature; called once by `src/modules.ts`. */
export function registerNodeSources(sources: readonly NodeSource[]): void {
  for (const source of sources) {
    if (SOURCES.has(source.type.name)) throw new Error(`Node type ${source.type.name} is registered twice.`);
    SOURCES.set(source.type.name, source);
  }
}

/** The registered node sources by GraphQL type name (which is the entity class name). */
export function nodeSources(): ReadonlyMap<string, NodeSource> {
  return SOURCES;
}
