import 'reflect-metadata';
import { getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLInputType } from 'graphql';
import { getSchema } from '../../src/schema';
import { isBehindTextPipeline } from '../../src/shared/text.schema';

describe('the text pipeline covers every string input', () => {
  it('sits in front of every field that takes arguments, on every type', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    let guarded = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.length === 0) continue;
        if (isBehindTextPipeline(field)) guarded += 1;
        else missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(guarded).toBeGreaterThan(40);
  });

  it('reaches every string an argument can carry: inputs hold only scalars, enums and other inputs', async () => {
    const schema = await getSchema();
    const scalars = new Set<string>();
    const seen = new Set<string>();
    const walk = (input: GraphQLInputType) => {
      const named = getNamedType(input);
      if (isScalarType(named)) scalars.add(named.name);
      if (!isInputObjectType(named) || seen.has(named.name)) return;
      seen.add(named.name);
      for (const field of Object.values(named.getFields())) walk(field.type);
    };
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields())) field.args.forEach((arg) => walk(arg.type));
    }
    // Every scalar an argument uses arrives as a string, number or boolean, which the pipeline walks; none is an
    // opaque JSON value that could hide a string from it.
    expect([...scalars].filter((name) => /json|any|object/i.test(name))).toEqual([]);
    expect(scalars.has('String')).toBe(true);
  });
});
