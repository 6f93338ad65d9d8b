/** The public surface of the organisations feature: the only file other features import. */
export { Organisation, OrganisationKind } from './organisation.entity';
export { OrganisationOwnedEntity, TenantEntity, tenantOf } from './tenant.entity';
