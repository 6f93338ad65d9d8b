/** The public surface of the accounts feature: the only file other features import. */
export { UserAccount } from './user-account.entity';
export { viewerForIdentity } from './user-account.service';
