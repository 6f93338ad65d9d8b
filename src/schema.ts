import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth';
import { RESOLVERS } from './modules';
import { withTextPipeline } from './shared/text.schema';

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The executable schema, built once per process from the type-graphql classes. Input validation runs in the
 * mutation runner (so that it can answer with payload errors), not in type-graphql.
 */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(withTextPipeline);
  return cached;
}

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs show real changes only. */
export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
