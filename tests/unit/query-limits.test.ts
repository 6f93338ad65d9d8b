import 'reflect-metadata';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { getSchema } from '../../src/schema';
import {
  ASSUMED_LIST_SIZE,
  countSelections,
  measureOperation,
  queryLimitsRule,
} from '../../src/shared/query-limits';

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

/** `query{...F0}` where each fragment spreads the next twice: 2^levels copies of the last one when expanded. */
function doubling(levels: number, on = 'Query', leaf = 'me { role }'): string {
  let text = on === 'Query' ? 'query { ...F0 }' : '{ place(id: "x") { ...F0 } }';
  for (let k = 0; k < levels; k += 1) text += ` fragment F${k} on ${on} { ...F${k + 1} ...F${k + 1} }`;
  return `${text} fragment F${levels} on ${on} { ${leaf} }`;
}

function visits(query: string, maxSelections?: number) {
  const visited = { count: 0 };
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const size = measureOperation(schema, document, operation, undefined, { visited, maxSelections });
  return { size, visited: visited.count, written: countSelections(document) };
}

describe('queries built to fan out', () => {
  it('walks each fragment once however often it is spread (2^40 copies, 122 selections)', () => {
    const { size, visited, written } = visits(doubling(40));
    expect(visited).toBe(written);
    expect(written).toBe(2 * 40 + 2 + 1);
    // The estimate still counts every copy: 2^40 root fields that each cost 1.
    expect(size.rootFields).toBe(2 ** 40);
    expect(size.cost).toBe(2 ** 40);
    expect(codes(doubling(40))).toEqual(['TOO_MANY_ROOT_FIELDS', 'QUERY_TOO_COSTLY']);
  });

  it('measures the doubling shape the same as its expansion for small sizes', () => {
    const expanded = `query { ${'me { role } '.repeat(8)} }`;
    expect(visits(doubling(3)).size).toEqual(visits(expanded).size);
  });

  it('walks inline fragments that fan out through fragments once each', () => {
    let query = 'query { ...F0 }';
    for (let k = 0; k < 30; k += 1) {
      query += ` fragment F${k} on Query { ... on Query { ...F${k + 1} } ... { ...F${k + 1} } }`;
    }
    query += ' fragment F30 on Query { organisations { id } }';
    const { visited, written, size } = visits(query);
    expect(visited).toBe(written);
    expect(written).toBe(30 * 4 + 1 + 2);
    expect(size).toEqual({ depth: 2, cost: 2 ** 30, rootFields: 2 ** 30 });
  });

  it('handles nested fragment spreads on object types, multiplying by the page size', () => {
    const query = doubling(30, 'Place', 'workshops { id }');
    const { visited, written, size } = visits(query);
    expect(visited).toBe(written);
    // place 1 + 2^30 × workshops 1
    expect(size.cost).toBe(1 + 2 ** 30);
    expect(codes(query)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('stops a document with more selections than the budget, before measuring the rest', () => {
    const flat = `{ ${'me { role } '.repeat(5000)} }`;
    expect(() => visits(flat, 100)).toThrow('more than 100 selections');
    const counted = { count: 0 };
    const document = parse(flat);
    expect(() =>
      measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, undefined, {
        maxSelections: 100,
        visited: counted,
      }),
    ).toThrow();
    expect(counted.count).toBe(101);
    expect(countSelections(document, 100)).toBe(101);
    expect(countSelections(parse('{ me { role } }'), 100)).toBe(2);
    expect(
      validate(schema, document, [queryLimitsRule({ ...limits, maxSelections: 100 })]).map(
        (error) => error.extensions.code,
      ),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('never loops on fragment cycles', () => {
    const cycle = 'query { ...A } fragment A on Query { me { role } ...B } fragment B on Query { ...A ...B }';
    const { visited, size } = visits(cycle);
    expect(visited).toBeLessThanOrEqual(8);
    expect(size.rootFields).toBe(1);
  });
});
