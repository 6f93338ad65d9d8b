import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';

const MAX_DEPTH = 3;

/** Fields anyone can select without arguments: leaves always, objects down to {@link MAX_DEPTH}. */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const child = getNamedType(field.type);
    if (isLeafType(child)) parts.push(field.name);
    else if (depth < MAX_DEPTH) parts.push(`${field.name} ${selectionFor(field.type, depth + 1)}`);
  }
  return `{ __typename ${parts.join(' ')} }`;
}
