import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../auth';
import { SignInOptions } from './sign-in.types';

@Resolver()
export class SignInResolver {
  @Query(() => SignInOptions, {
    description:
      'How to sign in: the identity provider, and outside production the demo users with their tokens. Public.',
  })
  async signInOptions(@Ctx() ctx: Context): Promise<SignInOptions> {
    return { demoAccounts: await ctx.signIn.demoAccounts(ctx.em), oidc: ctx.signIn.oidc };
  }
}
