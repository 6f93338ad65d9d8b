import { createContext, useContext } from 'react';
import type { Role } from '../generated/graphql';

/**
 * The bearer token lives in session storage only: it ends with the browser tab and never travels in a cookie.
 */
const TOKEN_KEY = 'meedoen.token';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked: the token then lives in memory only (see SessionState).
  }
}

/** The roles the API knows; generated from the schema so a new role cannot be forgotten here. */
export type RoleName = Role;

/** Who is signed in, as the API's `me` query answers. */
export interface Me {
  role: RoleName;
  organisationId: string | null;
  memberId: string | null;
  subject: string;
}

export interface SessionState {
  token: string | null;
  me: Me | null;
  signIn(token: string): Promise<void>;
  signOut(): void;
}

export const SessionContext = createContext<SessionState>({
  token: null,
  me: null,
  signIn: async () => undefined,
  signOut: () => undefined,
});

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** Where each role starts after signing in. */
export function homeOf(me: Pick<Me, 'role'> | null): string {
  switch (me?.role) {
    case 'MEMBER':
      return '/mijn-geld';
    case 'ORG_STAFF':
    case 'ADMIN':
      return '/plek';
    case 'FUNDER':
      return '/financiering';
    case 'COOP_STAFF':
      return '/leden';
    case 'EMPLOYER':
      return '/werkgever';
    default:
      return '/inloggen';
  }
}
