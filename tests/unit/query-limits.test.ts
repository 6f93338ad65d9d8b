import 'reflect-metadata';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { getSchema } from '../../src/schema';
import { ASSUMED_LIST_SIZE, measureOperation, queryLimitsRule } from '../../src/shared/query-limits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

function measure(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measureOperation(schema, document, operation, variables);
}

const limits = { maxDepth: 6, maxCost: 500, maxAliases: 2, maxRootFields: 3 };
const codes = (query: string) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((error) => error.extensions.code);

describe('query size', () => {
  it('counts depth, root fields and object fields; scalars are free', () => {
    expect(measure('{ municipalities { id name } }')).toEqual({
      depth: 2,
      cost: 1,
      rootFields: 1,
    });
  });

  it('multiplies the selection under a list by first, and unbounded lists by the assumed size', () => {
    const page = measure('{ places(first: 10) { edges { node { id workshops { id } } } } }');
    // places 1 + 10 × (edges 1 + node 1 + workshops 1)
    expect(page.cost).toBe(1 + 10 * 3);
    expect(page.depth).toBe(5);
    const variable = 'query($n: Int!) { places(first: $n) { edges { node { id } } } }';
    expect(measure(variable, { n: 5 }).cost).toBe(1 + 5 * 2);
    // Unknown while validating: the page size cap.
    expect(measure(variable).cost).toBe(1 + 100 * 2);
    expect(measure('{ organisations { municipality { id } } }').cost).toBe(1 + ASSUMED_LIST_SIZE * 1);
  });

  it('follows fragments and inline fragments, and survives a fragment cycle', () => {
    const viaFragment = measure(
      '{ places(first: 2) { ...P } } fragment P on PlaceConnection { edges { ... on PlaceEdge { node { id } } } }',
    );
    expect(viaFragment).toMatchObject({ cost: 1 + 2 * 2, depth: 4 });
    expect(() =>
      measure('{ places(first: 1) { ...A } } fragment A on PlaceConnection { ...A }'),
    ).not.toThrow();
  });

  it('ignores introspection fields', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }').depth).toBe(
      0,
    );
  });
});

describe('queryLimitsRule', () => {
  it('accepts a query within the limits', () => {
    expect(codes('{ places(first: 5) { edges { node { name } } } }')).toEqual([]);
  });

  it('names each exceeded limit', () => {
    expect(
      codes('{ places(first: 5) { edges { node { workshops { place { workshops { place { id } } } } } } } }'),
    ).toContain('QUERY_TOO_DEEP');
    expect(codes('{ places(first: 100) { edges { node { workshops { place { id } } } } } }')).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
    expect(codes('{ a: municipalities { id } b: municipalities { id } c: municipalities { id } }')).toEqual([
      'TOO_MANY_ALIASES',
    ]);
    expect(
      codes(
        '{ municipalities { id } organisations { id } places(first: 1) { totalCount } __typename m: municipalities { id } }',
      ),
    ).toEqual(['TOO_MANY_ROOT_FIELDS']);
    expect(
      codes(
        'query A { municipalities { id } } query B { municipalities { id } } query C { municipalities { id } } query D { municipalities { id } }',
      ),
    ).toEqual(['TOO_MANY_OPERATIONS']);
  });
});
