import type { MiddlewareFn } from 'type-graphql';
import { forbidden } from '../shared/errors';
import type { Context } from './context';

/** Decides from the row itself (its tenant ids) whether the viewer may read a guarded field. */
export type FieldPolicy<T> = (ctx: Context, root: T) => boolean;

/**
 * A field-level guard: outside the policy the field answers FORBIDDEN with `message`. It decides from the row
 * the field belongs to, so it adds no query; on a non-null field the error nulls the parent object, so nothing
 * guarded leaves the server whatever path reached the row. Features build their guards from it (the personal
 * data of participants and of cooperative members).
 */
export function fieldGuard<T>(policy: FieldPolicy<T>, message: string): MiddlewareFn<Context> {
  return ({ root, context }, next) => {
    if (!policy(context, root as T)) throw forbidden(message);
    return next();
  };
}
