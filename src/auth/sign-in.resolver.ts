import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { demoAccounts } from '../demo/demo-accounts';
import { SignInOptions } from './sign-in.types';

@Resolver()
export class SignInResolver {
  @Query(() => SignInOptions, {
    description:
      'How to sign in: the identity provider, and outside production the demo users with their tokens. Public.',
  })
  async signInOptions(@Ctx() ctx: Context): Promise<SignInOptions> {
    const { config } = ctx;
    const { oidc } = config;
    return {
      demoAccounts: config.isProduction ? [] : await demoAccounts(ctx.em, config.jwtSecret),
      oidc:
        oidc && config.web.oidcClientId
          ? { issuer: oidc.issuer, clientId: config.web.oidcClientId, scope: 'openid profile' }
          : null,
    };
  }
}
