import type { EntityManager } from '@mikro-orm/postgresql';
import type { CorrectionWindows } from '../shared/corrections';
import type { Logger } from '../shared/logger';
import type { WriteBounds } from '../shared/write-bounds';
import { unauthenticated } from '../shared/errors';
import type { Role, Viewer } from './viewer';

/**
 * The per-request DataLoaders. Empty here: each feature adds its own loaders to this interface from its
 * `<feature>.loaders.ts` (`declare module '../auth/context'`), and `src/modules.ts` builds them per request.
 * So the context knows no feature, and features depend on `auth` only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Everything one request needs; created per request and passed first to every service function. */
export interface Context {
  /** A fork of the ORM's EntityManager, private to this request. */
  em: EntityManager;
  /** Who is asking, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Per-request DataLoaders, so a list of N items never costs N queries. */
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** How long after a date staff may still correct what was recorded for it (configuration). */
  corrections: CorrectionWindows;
  /** Counts about people below this are hidden from funders (SUPPRESSION_THRESHOLD, see shared/suppression.ts). */
  suppressionThreshold: number;
  /** How far from today a write may reach and how many rows one request may write (configuration). */
  writeBounds: WriteBounds;
  /** How people can sign in to this server (for the public signInOptions query). */
  signIn: SignInSettings;
}

/** A demo user with a token, outside production only. */
export interface DemoAccountData {
  key: string;
  role: Role;
  organisationName: string | null;
  memberName: string | null;
  token: string;
}

/** Sign-in settings of this process, built once at start from the configuration. */
export interface SignInSettings {
  /** The demo users that exist in the database; always empty in production. */
  demoAccounts(em: EntityManager): Promise<DemoAccountData[]>;
  /** The identity provider for web clients (authorization code with PKCE); null when none is configured. */
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

/** The viewer of a request that `@Authorized` already let through. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
