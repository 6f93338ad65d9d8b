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
  /**
   * Most selections the limit check visits in a document (fragments once each); past it the document is
   * refused as QUERY_TOO_COMPLEX without measuring further. Defaults to {@link DEFAULT_MAX_SELECTIONS}.
   */
  maxSelections?: number;
}

/** Default of {@link QueryLimits.maxSelections}: far above any screen's query, far below a slow check. */
export const DEFAULT_MAX_SELECTIONS = 500;

/** The `extensions.code` of each limit; clients see them unmasked. */
export const LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_OPERATIONS',
  'QUERY_TOO_COMPLEX',
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

/** Thrown by {@link measureOperation} once it has visited more selections than its budget allows. */
export class QueryTooComplexError extends Error {
  constructor(readonly maxSelections: number) {
    super(`more than ${maxSelections} selections`);
  }
}

/** How far {@link measureOperation} may go, and a counter of what it did (for tests and logs). */
export interface MeasureBudget {
  /** Most selections (fields, fragment spreads, inline fragments) to visit; past it the walk stops. */
  maxSelections?: number;
  /**
   * Counts the selections visited, shared across the calls it is passed to (the cap applies to the total);
   * a fragment is walked once per call however often it is spread.
   */
  visited?: { count: number };
}

interface Size {
  cost: number;
  /** Depth below the selection set, relative to where it starts. */
  depth: number;
  fields: number;
}

/**
 * Estimates one operation of a document; `variables` are unknown during validation. Each fragment is measured
 * once (its size does not depend on where it is spread, since it names its own type) and reused, so the work
 * grows with the length of the document, not with the size of the expanded query. A fragment cycle (refused
 * by graphql's own NoFragmentCycles rule) counts as empty where it closes.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
  budget: MeasureBudget = {},
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Size>();
  const inProgress = new Set<string>();
  const maxSelections = budget.maxSelections ?? Infinity;
  const visited = budget.visited ?? { count: 0 };

  function fragmentSize(name: string): Size {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { cost: 0, depth: 0, fields: 0 };
    inProgress.add(name);
    const size = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    inProgress.delete(name);
    measured.set(name, size);
    return size;
  }

  function walk(selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined): Size {
    let cost = 0;
    let deepest = 0;
    let fields = 0;
    for (const selection of selectionSet.selections) {
      visited.count += 1;
      if (visited.count > maxSelections) throw new QueryTooComplexError(maxSelections);
      let inner: Size;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection is off in production; elsewhere its deep type references must keep working.
        if (name.startsWith('__')) continue;
        const definition =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const type = definition ? getNamedType(definition.type) : null;
        let multiplier = 1;
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        if (first) multiplier = firstArgument(first.value, variables);
        else if (definition && isListType(getNullableType(definition.type))) {
          multiplier = parent?.name.endsWith('Connection') ? 1 : ASSUMED_LIST_SIZE;
        }
        const below = selection.selectionSet
          ? walk(selection.selectionSet, type)
          : { cost: 0, depth: 0, fields: 0 };
        inner = {
          cost: (type && isCompositeType(type) ? 1 : 0) + multiplier * below.cost,
          depth: below.depth + 1,
          fields: 1,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = walk(selection.selectionSet, type);
      } else {
        inner = fragmentSize(selection.name.value);
      }
      cost += inner.cost;
      deepest = Math.max(deepest, inner.depth);
      fields += inner.fields;
    }
    return { cost, depth: deepest, fields };
  }

  const result = walk(operation.selectionSet, schema.getRootType(operation.operation));
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

function tooComplexMessage(maxSelections: number): string {
  return (
    `The document has more than ${maxSelections} selections to check; at most ${maxSelections} are allowed. ` +
    'Split it into smaller queries.'
  );
}

/**
 * Counts the selections written in a document (fields, fragment spreads, inline fragments; a fragment once,
 * not per spread), stopping as soon as the count passes `stopAfter`. Linear in the document's length.
 */
export function countSelections(document: DocumentNode, stopAfter = Infinity): number {
  let count = 0;
  const stack: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      stack.push(definition.selectionSet);
    }
  }
  while (stack.length > 0 && count <= stopAfter) {
    for (const selection of stack.pop()!.selections) {
      count += 1;
      if (count > stopAfter) break;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
        stack.push(selection.selectionSet);
    }
  }
  return count;
}

/** The message of QUERY_TOO_COMPLEX, for a refusal given outside validation. */
export const queryTooComplexMessage = tooComplexMessage;

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
      const maxSelections = limits.maxSelections ?? DEFAULT_MAX_SELECTIONS;
      const budget: MeasureBudget = { maxSelections, visited: { count: 0 } };
      for (const operation of operations) {
        let size: OperationSize;
        try {
          size = measureOperation(context.getSchema(), document, operation, undefined, budget);
        } catch (error) {
          if (!(error instanceof QueryTooComplexError)) throw error;
          context.reportError(limitError('QUERY_TOO_COMPLEX', tooComplexMessage(maxSelections)));
          return false;
        }
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
