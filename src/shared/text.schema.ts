import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { badInput, ErrorCode, type UserError } from './errors';
import { normaliseText } from './text';

type Problem = { path: string[]; reason: string };

/** Normalises every string in `value` in place (objects and lists walked); returns the first refused one. */
function normaliseAll(value: unknown, path: string[]): { value: unknown; problem: Problem | null } {
  if (typeof value === 'string') {
    const result = normaliseText(value);
    return result.ok
      ? { value: result.value, problem: null }
      : { value, problem: { path, reason: result.reason } };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = normaliseAll(value[i], [...path, String(i)]);
      if (item.problem) return item;
      value[i] = item.value;
    }
    return { value, problem: null };
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = normaliseAll(record[key], [...path, key]);
      if (field.problem) return field;
      record[key] = field.value;
    }
  }
  return { value, problem: null };
}

/**
 * The payload a mutation answers with when an argument is refused: `errors` plus null (or an empty list, where the
 * schema promises a list) for every other field; undefined when the payload has no `errors` field or a required
 * field that cannot be left empty.
 */
function emptyPayload(info: GraphQLResolveInfo, errors: UserError[]): Record<string, unknown> | undefined {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) || !('errors' in type.getFields())) return undefined;
  const payload: Record<string, unknown> = { errors };
  for (const field of Object.values(type.getFields())) {
    if (field.name === 'errors') continue;
    if (!isNonNullType(field.type)) payload[field.name] = null;
    else if (isListType(field.type.ofType)) payload[field.name] = [];
    else return undefined;
  }
  return payload;
}

/** Runs the pipeline over one field's arguments: the error to answer with, or null when they are fine now. */
function checkArguments(
  args: Record<string, unknown>,
  info: GraphQLResolveInfo,
): Record<string, unknown> | null {
  const { problem } = normaliseAll(args, []);
  if (!problem) return null;
  const field = problem.path.filter((part) => !/^\d+$/.test(part));
  const message = `${field[field.length - 1] ?? 'text'} ${problem.reason}`;
  const payload =
    info.parentType.name === 'Mutation'
      ? emptyPayload(info, [{ code: ErrorCode.VALIDATION, field: problem.path, message }])
      : undefined;
  if (payload) return payload;
  throw badInput(message, problem.path[0]);
}

/**
 * Puts the text pipeline ({@link normaliseText}) in front of every field that takes arguments: each string
 * argument, also inside input objects and lists, is normalised before the resolver reads it. A refused string is
 * a `VALIDATION` payload error in a mutation (the resolver never runs, so nothing is written) and a
 * `BAD_USER_INPUT` error elsewhere. Fields without arguments are left as they are (no extra promise per field).
 */
export function withTextPipeline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) =>
        checkArguments(args, info) ?? resolve(source, args, context, info);
      GUARDED.add(field.resolve);
    }
  }
  return schema;
}

/** The resolvers {@link withTextPipeline} put in front of a field, so that a test can check none is missing. */
const GUARDED = new WeakSet<object>();

/** Does every argument of this field go through the text pipeline? True for a field without arguments. */
export function isBehindTextPipeline(field: { args: readonly unknown[]; resolve?: object | null }): boolean {
  return field.args.length === 0 || (field.resolve != null && GUARDED.has(field.resolve));
}
