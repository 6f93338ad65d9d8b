import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { NodeSource } from '../shared/node';
import type { Context } from './context';
import { canManageOrganisation } from './policies';
import type { Viewer } from './viewer';

/**
 * A node source for a type whose rows are found by id and shown when `visible` says the viewer may see that
 * row; anything else (unknown id, another tenant's row) is null, so `node` never reveals that a row exists.
 */
export function guardedNode<T extends object>(
  type: EntityClass<T>,
  visible: (viewer: Viewer | null, row: T, ctx: Context) => boolean | Promise<boolean>,
): NodeSource<Context> {
  return {
    type,
    async load(ctx, id) {
      const row = await ctx.em.findOne(type, { id } as FilterQuery<T>);
      return row && (await visible(ctx.viewer, row, ctx)) ? row : null;
    },
  };
}

/** A node source for public directory and reference data (municipalities, places, rules): anyone may see it. */
export function publicNode<T extends object>(type: EntityClass<T>): NodeSource<Context> {
  return guardedNode(type, () => true);
}

/** A node source that reuses a feature's own `find` function, so `node` and the type's query agree. */
export function foundNode<T extends object>(
  type: EntityClass<T>,
  find: (ctx: Context, id: string) => Promise<T | null>,
): NodeSource<Context> {
  return { type, load: find };
}

/**
 * The visibility of records that are not public directory data (enrolments, bookings, attendance): ADMIN and
 * the staff of the organisation the row belongs to, as their own mutations require.
 */
export function staffOfOwnOrganisation(
  viewer: Viewer | null,
  row: { organisation: { id: string } },
): boolean {
  return viewer != null && canManageOrganisation(viewer, row.organisation.id);
}
