import { resolve } from 'node:path';

/** Settings of the web app and the query explorer, read from the environment with the rest of the config. */
export interface WebConfig {
  /** Folder with the built web app (`npm run web:build` writes it); missing means: API only. */
  distDir: string;
  /** Serve GraphiQL at GET /graphql for browsers: on outside production, off in production unless asked. */
  explorer: boolean;
  /**
   * The OpenID Connect client id of the web app at the issuer (a public client using PKCE); by default the
   * API's audience, so that the app's access tokens are accepted by the API.
   */
  oidcClientId: string | null;
}

/** Reads WEB_DIST_DIR, GRAPHQL_EXPLORER and OIDC_WEB_CLIENT_ID; `explorerFlag` is GRAPHQL_EXPLORER parsed. */
export function webConfig(
  env: NodeJS.ProcessEnv,
  isProduction: boolean,
  explorerFlag: boolean | null,
  audience: string | null,
): WebConfig {
  return {
    distDir: resolve(env.WEB_DIST_DIR || 'web/dist'),
    explorer: explorerFlag ?? !isProduction,
    oidcClientId: env.OIDC_WEB_CLIENT_ID?.trim() || audience,
  };
}
