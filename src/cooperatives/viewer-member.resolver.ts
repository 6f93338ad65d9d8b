import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerType, type Context, type Viewer } from '../auth';
import { findMember } from './cooperatives.service';
import { Member } from './member.entity';

@Resolver(() => ViewerType)
export class ViewerMemberResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The cooperative member a MEMBER viewer is; null for every other role.',
  })
  member(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<Member | null> | null {
    return viewer.memberId ? findMember(ctx, viewer.memberId) : null;
  }
}
