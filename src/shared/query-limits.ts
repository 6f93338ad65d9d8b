import { ExpectedError } from './errors';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';

/** The limits every document must stay within; checked during validation, so a refused query runs nothing. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Most root fields per operation and operations per document. */
  maxRootFields: number;
}

/** The `extensions.code` of each limit; clients see them unmasked. */
export const LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_OPERATIONS',
] as const;

/** Items assumed for a list field that takes no `first` (such as a place's workshops). */
export const ASSUMED_LIST_SIZE = 20;

/** The estimate for one operation. */
export interface OperationSize {
  /** Deepest nesting of fields; `{ places { edges { node { id } } } }` has depth 4. */
  depth: number;
  /**
   * Estimated work: every field that returns an object costs 1, scalars are free, and the selection under a
   * field is counted once per item it can return: `first` times for a field with a `first` argument (a
   * variable counts as its value, or as the page size cap while the value is unknown), {@link
   * ASSUMED_LIST_SIZE} times for other lists. The `edges` of a connection do not multiply again.
   */
  cost: number;
  rootFields: number;
}

function firstArgument(value: ValueNode | undefined, variables: Record<string, unknown> | undefined): number {
  if (!value) return 1;
  let first: unknown = MAX_PAGE_SIZE;
  if (value.kind === Kind.INT) first = Number(value.value);
  else if (value.kind === Kind.VARIABLE && variables && value.name.value in variables) {
    first = variables[value.name.value];
  }
  return typeof first === 'number' && Number.isFinite(first)
    ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE)
    : 1;
}

/** Estimates one operation of a document; `variables` are unknown during validation. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  function walk(
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    depth: number,
    path: Set<string>,
  ): { cost: number; depth: number; fields: number } {
    let cost = 0;
    let deepest = depth;
    let fields = 0;
    const add = (inner: { cost: number; depth: number; fields: number }) => {
      cost += inner.cost;
      deepest = Math.max(deepest, inner.depth);
      fields += inner.fields;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection is off in production; elsewhere its deep type references must keep working.
        if (name.startsWith('__')) continue;
        fields += 1;
        const definition =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const type = definition ? getNamedType(definition.type) : null;
        let multiplier = 1;
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        if (first) multiplier = firstArgument(first.value, variables);
        else if (definition && isListType(getNullableType(definition.type))) {
          multiplier = parent?.name.endsWith('Connection') ? 1 : ASSUMED_LIST_SIZE;
        }
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, type, depth + 1, path)
          : { cost: 0, depth: depth + 1, fields: 0 };
        cost += (type && isCompositeType(type) ? 1 : 0) + multiplier * inner.cost;
        deepest = Math.max(deepest, inner.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(walk(selection.selectionSet, type, depth, path));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle is reported by graphql's own NoFragmentCycles rule; here it just ends the walk.
        if (!fragment || path.has(name)) continue;
        const inner = new Set(path).add(name);
        add(walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, inner));
      }
    }
    return { cost, depth: deepest, fields };
  }

  const root = schema.getRootType(operation.operation);
  const result = walk(operation.selectionSet, root, 0, new Set());
  return { depth: result.depth, cost: result.cost, rootFields: result.fields };
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) visit(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition.selectionSet);
    }
  }
  return aliases;
}

function limitError(code: (typeof LIMIT_CODES)[number], message: string): GraphQLError {
  return new ExpectedError(code, message);
}

/**
 * A graphql validation rule enforcing {@link QueryLimits}. Variables are unknown during validation, so a
 * `first: $n` counts as the page size cap here; rate limiting re-measures with the real values.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context) => ({
    Document(document) {
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operations.length > limits.maxRootFields) {
        context.reportError(
          limitError(
            'TOO_MANY_OPERATIONS',
            `The document has ${operations.length} operations; at most ${limits.maxRootFields} are allowed.`,
          ),
        );
      }
      const aliases = countAliases(document);
      if (aliases > limits.maxAliases) {
        context.reportError(
          limitError(
            'TOO_MANY_ALIASES',
            `The document uses ${aliases} aliases; at most ${limits.maxAliases} are allowed.`,
          ),
        );
      }
      for (const operation of operations) {
        const size = measureOperation(context.getSchema(), document, operation);
        const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
        if (size.depth > limits.maxDepth) {
          context.reportError(
            limitError(
              'QUERY_TOO_DEEP',
              `${name} nests fields ${size.depth} deep; at most ${limits.maxDepth} levels are allowed.`,
            ),
          );
        }
        if (size.rootFields > limits.maxRootFields) {
          context.reportError(
            limitError(
              'TOO_MANY_ROOT_FIELDS',
              `${name} asks for ${size.rootFields} root fields; at most ${limits.maxRootFields} are allowed.`,
            ),
          );
        }
        if (size.cost > limits.maxCost) {
          context.reportError(
            limitError(
              'QUERY_TOO_COSTLY',
              `${name} has an estimated cost of ${size.cost}, above the limit of ${limits.maxCost}; ` +
                'ask for smaller pages (first) or fewer nested lists.',
            ),
          );
        }
      }
      return false;
    },
  });
}
