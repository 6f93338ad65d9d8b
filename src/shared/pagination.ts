import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { badInput, ExpectedError } from './errors';
import { isId } from './ids';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last one on this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list, with the total computed only when a client asks for it. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: `Opaque position of this ${what}; pass it as \`after\` to continue after it.` })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: `The ${what}s on this page, in order.` })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Position of this page.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: `Number of ${what}s matching the filters, over all pages.` })
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  return { EdgeType, ConnectionType };
}

/** Checks `first` against the page size cap. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${first}).`, 'first');
  }
  return first;
}

const CURSOR_PREFIX = 'c1:';

/**
 * A cursor names the row it stands for by id and nothing else: no sort key, so no name or other personal data
 * travels in URLs, logs or browser history. The list looks the sort key up from the id ({@link cursorRow}).
 */
export function encodeCursor(id: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

/** Top-level error `BAD_CURSOR`: `after` is not a cursor this list handed out (or its row is gone). */
export function badCursor(): ExpectedError {
  return new ExpectedError('BAD_CURSOR', 'after is not a cursor returned by this list.', {
    argument: 'after',
  });
}

/** The id inside a cursor; {@link badCursor} when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!isId(id) || encodeCursor(id) !== cursor) throw badCursor();
  return id;
}

/**
 * The row an `after` cursor stands for, to read its sort key from: null without a cursor, {@link badCursor} when
 * the cursor is malformed or its row does not exist (any more) within `scope` (another tenant's row is no
 * position in this list).
 */
export async function cursorRow<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  cursor: string | null | undefined,
  scope: FilterQuery<T> = {} as FilterQuery<T>,
): Promise<T | null> {
  if (!cursor) return null;
  const row = await em.findOne(entity, { ...(scope as object), id: decodeCursor(cursor) } as FilterQuery<T>);
  if (!row) throw badCursor();
  return row;
}

/**
 * Builds a connection from `rows`, fetched as `first + 1` rows in cursor order; the extra row only tells that
 * a next page exists.
 */
export function toConnection<T, C extends Connection<T>>(
  type: ClassType<C>,
  rows: T[],
  first: number,
  hadCursor: boolean,
  idOf: (row: T) => string,
  count: () => Promise<number>,
): C {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(idOf(node)), node }));
  const connection = new type() as C & { count: () => Promise<number> };
  connection.edges = edges;
  connection.pageInfo = {
    hasNextPage: rows.length > first,
    hasPreviousPage: hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  connection.count = count;
  return connection;
}

/**
 * A page of a list that a service has already narrowed to what the viewer may see, in its final order. The
 * cursor holds only the row's id (no names or other personal data); an id that is not in the list is a client
 * error. Used for lists that stay small per tenant (members, streams, agreements); lists that can be long page
 * in SQL instead (`participants`, `places`).
 */
export function pageOfList<T extends { id: string }, C extends Connection<T>>(
  type: ClassType<C>,
  rows: readonly T[],
  first: number,
  after?: string | null,
): C {
  const size = pageSize(first);
  let start = 0;
  if (after) {
    const id = decodeCursor(after);
    const index = rows.findIndex((row) => row.id === id);
    if (index < 0) throw badCursor();
    start = index + 1;
  }
  const count = rows.length;
  return toConnection(
    type,
    rows.slice(start, start + size + 1),
    size,
    Boolean(after),
    (row) => row.id,
    () => Promise.resolve(count),
  );
}
