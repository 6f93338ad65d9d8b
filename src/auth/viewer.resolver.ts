import { Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { abilitiesOf, ViewerAbilities } from './abilities';
import type { Context } from './context';
import { Role, type Viewer } from './viewer';

/**
 * Who is asking. The organisation, member and display name are added by the features that own them
 * (organisations, cooperatives, accounts) as field resolvers on this type.
 */
@ObjectType('Viewer', { description: 'Who the bearer token says is asking, and for which tenant.' })
export class ViewerType implements Viewer {
  @Field({ description: "The token's subject." })
  subject!: string;

  @Field(() => Role, { description: 'The role the token grants.' })
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation of an ORG_STAFF, FUNDER or COOP_STAFF viewer; null otherwise.',
  })
  organisationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The member of a MEMBER viewer; null otherwise.' })
  memberId!: string | null;
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, {
    nullable: true,
    description:
      'The viewer of this request; null without a bearer token. Clients use it to show what they may do.',
  })
  me(@Ctx() ctx: Context): Viewer | null {
    return ctx.viewer;
  }

  @FieldResolver(() => ViewerAbilities, {
    description: 'What the viewer may do, so that a client can build its menus.',
  })
  can(@Root() viewer: Viewer): ViewerAbilities {
    return abilitiesOf(viewer.role);
  }
}
