import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerType, type Context, type Viewer } from '../auth';
import { findMember } from '../cooperatives';
import { UserAccount } from './user-account.entity';

@Resolver(() => ViewerType)
export class ViewerNameResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The name to greet the viewer by: the user account's display name, else a member's own name; null when " +
      'neither is known (a locally signed token without an account).',
  })
  async displayName(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<string | null> {
    const account = await ctx.em.findOne(
      UserAccount,
      { subject: viewer.subject },
      { fields: ['displayName'] },
    );
    if (account?.displayName) return account.displayName;
    return viewer.memberId ? ((await findMember(ctx, viewer.memberId))?.displayName ?? null) : null;
  }
}
