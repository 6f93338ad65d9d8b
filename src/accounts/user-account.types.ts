import { connectionTypes } from '../shared/pagination';
import { UserAccount } from './user-account.entity';

const types = connectionTypes(UserAccount, 'UserAccount', 'user account');

export const UserAccountConnection = types.ConnectionType;
export type UserAccountConnection = InstanceType<typeof types.ConnectionType>;
