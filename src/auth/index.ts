/** The public surface of the auth feature: the only file other features import. */
export { authChecker } from './auth-checker';
export type { Authentication } from './authenticate';
export { Authenticator, principalOf } from './authenticate';
export type { Context, DemoAccountData, Loaders, SignInSettings } from './context';
export { requireViewer } from './context';
export type { FieldPolicy } from './field-guard';
export { fieldGuard } from './field-guard';
export type { OidcIdentity } from './oidc';
export { IssuerUnavailableError } from './oidc';
export type { ReadScope } from './policies';
export { assertCanManageOrganisation, assertOwnRecord, canManageOrganisation } from './policies';
export { canSeePersonalData, readScope } from './policies';
export { InvalidTokenError, bearerToken, roleNeedsOrganisation, signToken } from './tokens';
export type { Viewer } from './viewer';
export { Role } from './viewer';
export { foundNode, guardedNode, publicNode, staffOfOwnOrganisation } from './node-source';
export { ViewerType } from './viewer.resolver';
export { ABILITY_OPERATIONS, abilitiesOf, rolesWithAbility, ViewerAbilities } from './abilities';
