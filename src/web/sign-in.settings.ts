import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoAccountData, SignInSettings } from '../auth';
import type { Config } from '../config';

/**
 * What the public signInOptions query tells web clients: the demo users outside production (with tokens signed
 * by this server), and the identity provider with the web app's client id when one is configured.
 */
export function signInSettings(
  config: Config,
  demoAccounts: (em: EntityManager, secret: string) => Promise<DemoAccountData[]>,
): SignInSettings {
  const { oidc } = config;
  return {
    demoAccounts: config.isProduction ? async () => [] : (em) => demoAccounts(em, config.jwtSecret),
    oidc:
      oidc && config.web.oidcClientId
        ? { issuer: oidc.issuer, clientId: config.web.oidcClientId, scope: 'openid profile' }
        : null,
  };
}
