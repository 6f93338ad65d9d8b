import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { Role, type Viewer } from './viewer';

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

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, {
    nullable: true,
    description:
      'The viewer of this request; null without a bearer token. Clients use it to show what they may do.',
  })
  me(@Ctx() ctx: Context): Viewer | null {
    return ctx.viewer;
  }
}
