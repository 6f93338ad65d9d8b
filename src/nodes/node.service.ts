import type { Context } from '../auth';
import { DomainError, badInput, isExpectedError } from '../shared/errors';
import { isId } from '../shared/ids';
import { nodeSources } from '../shared/node';

/** Most ids one `nodes` call may ask for (the page size cap of every list). */
export const MAX_NODE_IDS = 100;

let identifySql: string | undefined;

/**
 * One statement that tells, for a set of UUIDs, which registered table holds each: a primary-key lookup per
 * table joined with UNION ALL (index probes, no scans; ids are random UUIDs, unique across tables).
 */
function identifyStatement(ctx: Context): string {
  if (identifySql) return identifySql;
  const metadata = ctx.em.getMetadata();
  const parts = [...nodeSources().keys()].map((typeName) => {
    const table = metadata.get(typeName).tableName;
    return `select id, '${typeName}' as type from "${table}" where id = any(?::uuid[])`;
  });
  identifySql = parts.join(' union all ');
  return identifySql;
}

/** The GraphQL type name of each id that exists, in any table that `node` serves. */
async function identify(ctx: Context, ids: string[]): Promise<Map<string, string>> {
  const valid = ids.filter(isId).map((id) => id.toLowerCase());
  if (!valid.length) return new Map();
  const statement = identifyStatement(ctx);
  // One array literal per table (knex would spread a JS array into a list); the ids are checked UUIDs.
  const literal = `{${valid.join(',')}}`;
  const bindings = Array.from({ length: nodeSources().size }, () => literal);
  const rows: { id: string; type: string }[] = await ctx.em.getConnection().execute(statement, bindings);
  return new Map(rows.map((row) => [row.id, row.type]));
}

/** Loads one object through its type's own visibility; an object the viewer may not see is null. */
async function loadVisible(ctx: Context, type: string, id: string): Promise<object | null> {
  try {
    return (
      (await nodeSources()
        .get(type)
        ?.load(ctx as never, id)) ?? null
    );
  } catch (error) {
    // A type's own find may refuse with an expected error; for `node` that is the same as "not there".
    if (error instanceof DomainError || isExpectedError(error)) return null;
    throw error;
  }
}

/** `node(id)`: the object with this id if the viewer may see it, else null. */
export async function findNode(ctx: Context, id: string): Promise<object | null> {
  return (await findNodes(ctx, [id]))[0] ?? null;
}

/** `nodes(ids)`: one entry per id, in order; null where there is nothing the viewer may see. */
export async function findNodes(ctx: Context, ids: string[]): Promise<(object | null)[]> {
  if (ids.length > MAX_NODE_IDS) {
    throw badInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}).`, 'ids');
  }
  const types = await identify(ctx, ids);
  return Promise.all(
    ids.map((id) => {
      const type = isId(id) ? types.get(id.toLowerCase()) : undefined;
      return type ? loadVisible(ctx, type, id.toLowerCase()) : null;
    }),
  );
}
