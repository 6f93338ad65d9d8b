import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../auth';
import { Node } from '../shared/node';
import { findNode, findNodes } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id (Global Object Identification). Null when no object has this id or when the ' +
      "viewer may not see it: the same rules as the type's own query, and never a hint that it exists.",
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id of any object.' }) id: string) {
    return findNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by id, in the order asked (at most 100); null for each one that `node` would not show.',
  })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Ids of any objects, at most 100.' }) ids: string[],
  ) {
    return findNodes(ctx, ids);
  }
}
