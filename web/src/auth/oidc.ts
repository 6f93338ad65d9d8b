import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** Settings the API publishes in signInOptions.oidc. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

const SETTINGS_KEY = 'meedoen.oidc';

/**
 * Authorization-code flow with PKCE through oidc-client-ts: the browser goes to the issuer and comes back on
 * /inloggen/terug with a code that the library exchanges (with the PKCE verifier) for tokens. Its state lives in
 * session storage, like the app's token.
 */
function manager(settings: OidcSettings): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${location.origin}/inloggen/terug`,
    post_logout_redirect_uri: `${location.origin}/inloggen`,
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: false,
  });
}

export async function startSignIn(settings: OidcSettings): Promise<void> {
  sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  await manager(settings).signinRedirect();
}

/** Finishes the redirect: the access token for the API, or an error when the state does not match. */
export async function finishSignIn(): Promise<string> {
  const raw = sessionStorage.getItem(SETTINGS_KEY);
  if (!raw) throw new Error('No sign-in was started in this tab.');
  const user = await manager(JSON.parse(raw) as OidcSettings).signinRedirectCallback();
  return user.access_token;
}
